using LipSync.Sdk.Providers.AudioSpliter;
using LipSync.Sdk.Providers.HeyGen;
using LipSync.Sdk.ScaleOut;
using LipSync.Sdk.Testing;
using LipSync.Sdk.Tests.Envelope;
using LipSync.Sdk.Tests.HeyGen;
using LipSync.Sdk.Tests.ScaleOut;

namespace LipSync.Sdk.Tests.Webhooks;

/// <summary>
/// The HeyGen and AudioSpliter emulators send signed job-end webhooks as the Sync emulator does (one shared sender):
/// a real endpoint verifies each delivery with the SDK's verifier, publishes the job's end once and drops the
/// duplicate redelivery by its event id.
/// </summary>
public sealed class EmulatorWebhookDeliveryTests
{
    private const string Secret = "whsec_emulator_delivery_tests";
    private static readonly TimeSpan HangGuard = ObservedClock.HangGuard;

    [Fact]
    public async Task HeyGen_sends_a_signed_job_end_webhook_that_the_sdk_verifies_and_publishes_once()
    {
        await using var receiver = await WebhookReceiverHost.StartAsync(new InMemoryJobUpdateBus(), JobWebhookReader.HeyGen(new HeyGenWebhookVerifier(Secret)));
        await using var h = await HeyGenHarness.StartAsync(emulator: o =>
        {
            o.Webhooks.Url = receiver.Url;
            o.Webhooks.Secret = Secret;
            o.Webhooks.Fault = WebhookFault.Duplicate;
        });
        var ended = new TaskCompletionSource<JobUpdate>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var subscription = await receiver.Bus.SubscribeAsync(update =>
        {
            if (update.Status.IsTerminal())
            {
                ended.TrySetResult(update);
            }
        });

        var job = await h.Client.SubmitAsync(HeyGenHarness.Request());
        var done = await h.Client.WaitForCompletionAsync(job.Id);
        var update = await ended.Task.WaitAsync(HangGuard);
        await receiver.Bus.FirstDuplicate.Task.WaitAsync(HangGuard);
        await Eventually.HoldsAsync(() => h.Emulator.WebhookDeliveries.Count == 2, "the emulator recording the redelivery's answer");

        update.Provider.Should().Be("heygen");
        update.JobId.Should().Be(done.Id);
        update.Status.Should().Be(JobStatus.Completed);
        update.OutputUrl.Should().NotBeNull();
        receiver.Bus.Published.Should().Be(1);
        receiver.Bus.Duplicates.Should().Be(1, "the redelivery carries the same Heygen-Event-Id");
        h.Emulator.WebhookDeliveries.Should().HaveCount(2).And.OnlyContain(d => d.JobId == done.Id && d.StatusCode == 200);
    }

    [Fact]
    public async Task AudioSpliter_sends_a_signed_job_end_webhook_that_the_sdk_verifies_and_publishes_once()
    {
        await using var receiver = await WebhookReceiverHost.StartAsync(new InMemoryJobUpdateBus(), JobWebhookReader.AudioSpliter(new AudioSpliterWebhookVerifier(Secret)));
        await using var h = await EnvelopeHarness.AudioSpliterAsync(o =>
        {
            o.Webhooks.Url = receiver.Url;
            o.Webhooks.Secret = Secret;
            o.Webhooks.Fault = WebhookFault.Duplicate;
        });
        var ended = new TaskCompletionSource<JobUpdate>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var subscription = await receiver.Bus.SubscribeAsync(update =>
        {
            if (update.Status.IsTerminal())
            {
                ended.TrySetResult(update);
            }
        });

        var split = await h.Native().CreateSplitAsync(new CreateSplitRequest { SourceUrl = "https://media.example.com/talk.mp3", SegmentDuration = 60 });
        var done = await h.Client.WaitForCompletionAsync(split.Id);
        var update = await ended.Task.WaitAsync(HangGuard);
        await receiver.Bus.FirstDuplicate.Task.WaitAsync(HangGuard);
        await Eventually.HoldsAsync(() => h.Emulator.WebhookDeliveries.Count == 2, "the emulator recording the redelivery's answer");

        update.Provider.Should().Be("audiospliter");
        update.JobId.Should().Be(done.Id);
        update.Status.Should().Be(JobStatus.Completed);
        receiver.Bus.Published.Should().Be(1);
        receiver.Bus.Duplicates.Should().Be(1, "the redelivery carries the same X-AudioSpliter-Delivery id");
        h.Emulator.WebhookDeliveries.Should().HaveCount(2).And.OnlyContain(d => d.JobId == done.Id && d.StatusCode == 200);
    }

    [Fact]
    public async Task A_delivery_signed_with_another_secret_is_refused_and_publishes_nothing()
    {
        await using var receiver = await WebhookReceiverHost.StartAsync(new InMemoryJobUpdateBus(), JobWebhookReader.HeyGen(new HeyGenWebhookVerifier(Secret)));
        await using var h = await HeyGenHarness.StartAsync(emulator: o =>
        {
            o.Webhooks.Url = receiver.Url;
            o.Webhooks.Secret = "whsec_someone_else";
        });

        var job = await h.Client.SubmitAsync(HeyGenHarness.Request());
        await h.Client.WaitForCompletionAsync(job.Id);
        await Eventually.HoldsAsync(() => h.Emulator.WebhookDeliveries.Count == 1, "the emulator's one delivery");

        h.Emulator.WebhookDeliveries.Single().StatusCode.Should().Be(400);
        receiver.Bus.Published.Should().Be(0);
    }
}
