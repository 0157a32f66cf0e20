using LipSync.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LipSync.Sdk.Tests.FirstHour;

/// <summary>
/// Issue 11 defect 9: after <c>ServiceProvider.DisposeAsync()</c> a wait kept polling (13 s); after
/// <see cref="LipSyncClientFactory.Dispose"/> a raw <see cref="ObjectDisposedException"/> from HttpClient escaped.
/// Both now end a wait or watch in flight at once with one documented exception: <see cref="ObjectDisposedException"/>
/// naming <see cref="LipSyncClientFactory"/>. The clock never moves in these tests: the wait is parked on its poll
/// delay (a timer on a manual clock that is never advanced), so only disposal can end it.
/// </summary>
public sealed class DisposalDuringWaitTests
{
    private static readonly TimeSpan Hang = TimeSpan.FromMinutes(2); // a broken build fails instead of hanging the run

    [Fact]
    public async Task Disposing_the_factory_ends_a_wait_in_flight()
    {
        await using var emulator = await StartEmulatorAsync();
        var factory = ProviderHarness.NewFactory("sync", SyncHarness.ApiKey, emulator.BaseAddress, new ManualTimeProvider(), configure: null);
        var client = factory.GetClient("sync");
        var job = await client.SubmitAsync(SyncHarness.Request());
        var polled = new FirstReport();

        var wait = client.WaitForCompletionAsync(job.Id, Options(polled));
        await polled.Task.WaitAsync(Hang);
        factory.Dispose();

        var error = (await wait.Awaiting(w => w.WaitAsync(Hang)).Should().ThrowAsync<ObjectDisposedException>()).Which;
        error.ObjectName.Should().Be(nameof(LipSyncClientFactory));
        error.Message.Should().Contain(job.Id);
    }

    [Fact]
    public async Task Disposing_the_service_provider_ends_a_wait_in_flight_the_same_way()
    {
        await using var emulator = await StartEmulatorAsync();
        var services = new ServiceCollection().AddSingleton<TimeProvider>(new ManualTimeProvider());
        services.AddLipSyncClient(o => o.AddProvider("sync", p =>
        {
            p.ApiKey = SyncHarness.ApiKey;
            p.BaseAddress = emulator.BaseAddress;
        }));
        var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<ILipSyncClient>();
        var job = await client.SubmitAsync(SyncHarness.Request());
        var polled = new FirstReport();

        var wait = client.WaitForCompletionAsync(job.Id, Options(polled));
        await polled.Task.WaitAsync(Hang);
        await provider.DisposeAsync();

        (await wait.Awaiting(w => w.WaitAsync(Hang)).Should().ThrowAsync<ObjectDisposedException>())
            .Which.ObjectName.Should().Be(nameof(LipSyncClientFactory));
    }

    [Fact]
    public async Task Disposing_the_factory_ends_a_watch_in_flight()
    {
        await using var emulator = await StartEmulatorAsync();
        var factory = ProviderHarness.NewFactory("sync", SyncHarness.ApiKey, emulator.BaseAddress, new ManualTimeProvider(), configure: null);
        var client = factory.GetClient("sync");
        var job = await client.SubmitAsync(SyncHarness.Request());

        var watch = client.WatchAsync(job.Id, Options(progress: null)).GetAsyncEnumerator();
        (await watch.MoveNextAsync()).Should().BeTrue();
        var next = watch.MoveNextAsync().AsTask();
        factory.Dispose();

        (await next.Awaiting(n => n.WaitAsync(Hang)).Should().ThrowAsync<ObjectDisposedException>())
            .Which.ObjectName.Should().Be(nameof(LipSyncClientFactory));
        await watch.DisposeAsync();
    }

    [Fact]
    public async Task A_call_after_disposal_gets_the_same_exception_and_sends_nothing()
    {
        await using var emulator = await StartEmulatorAsync();
        var factory = ProviderHarness.NewFactory("sync", SyncHarness.ApiKey, emulator.BaseAddress, new ManualTimeProvider(), configure: null);
        var client = factory.GetClient("sync");
        factory.Dispose();

        await client.Awaiting(c => c.GetJobAsync("job-1")).Should().ThrowAsync<ObjectDisposedException>();
        await client.Awaiting(c => c.WaitForCompletionAsync("job-1")).Should().ThrowAsync<ObjectDisposedException>();
        emulator.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task The_callers_own_cancellation_is_still_operation_canceled()
    {
        await using var emulator = await StartEmulatorAsync();
        using var factory = ProviderHarness.NewFactory("sync", SyncHarness.ApiKey, emulator.BaseAddress, new ManualTimeProvider(), configure: null);
        var client = factory.GetClient("sync");
        var job = await client.SubmitAsync(SyncHarness.Request());
        var polled = new FirstReport();
        using var cancel = new CancellationTokenSource();

        var wait = client.WaitForCompletionAsync(job.Id, Options(polled), cancel.Token);
        await polled.Task.WaitAsync(Hang);
        await cancel.CancelAsync();

        await wait.Awaiting(w => w.WaitAsync(Hang)).Should().ThrowAsync<OperationCanceledException>();
    }

    // Short polls only, so the wait parks on the manual clock between polls rather than in a held request.
    private static JobWaitOptions Options(IProgress<LipSyncJob>? progress) => new() { UseLongPolling = false, Progress = progress };

    private static Task<SyncEmulator> StartEmulatorAsync() =>
        SyncEmulator.StartAsync(new SyncEmulatorOptions { ApiKey = SyncHarness.ApiKey, PollsUntilProcessing = 1, PollsUntilCompleted = int.MaxValue });

    // Completes on the wait's first status report: the wait is then between polls, on the never-advanced clock.
    private sealed class FirstReport : IProgress<LipSyncJob>
    {
        private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Task => _first.Task;

        public void Report(LipSyncJob value) => _first.TrySetResult();
    }
}
