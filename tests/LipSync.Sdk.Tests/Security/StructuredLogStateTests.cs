using LipSync.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace LipSync.Sdk.Tests.Security;

/// <summary>
/// Issue 10 #2: log sinks that keep structured state (JSON, OpenTelemetry) record what the formatted line hides.
/// IHttpClientFactory's default loggers redacted header values in the text only; their state kept them raw, so a
/// server echoing the key in a response header put it in the logs. Captured here with <c>FakeLogger</c> at Trace.
/// </summary>
public sealed class StructuredLogStateTests
{
    private const string Key = "sk-live-STRUCTURED-91c0e4d2a7";

    [Fact]
    public async Task A_key_echoed_in_response_headers_is_in_no_log_record_formatted_or_structured()
    {
        await using var emulator = await SyncEmulator.StartAsync(new SyncEmulatorOptions { ApiKey = Key });
        var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddFakeLogging())
            .AddSingleton<TimeProvider>(new ManualTimeProvider(autoAdvance: true) { AutoAdvanceMaxDueTime = TimeSpan.FromSeconds(61) })
            .AddLipSyncClient(o => o.AddProvider("sync", p =>
            {
                p.ApiKey = Key;
                p.BaseAddress = emulator.BaseAddress;
            })).Services;
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<ILipSyncClient>();
        var echo = new Dictionary<string, string> { ["X-Echo-Api-Key"] = Key, ["x-request-id"] = "req-" + Key };
        var job = await client.SubmitAsync(SyncHarness.Request());
        var sentBefore = emulator.Requests.Count;
        emulator.Faults.Enqueue("GET", "/v2/generate/", Fault.Respond(503, """{"statusCode":503,"message":"busy"}""", headers: echo));
        emulator.Faults.Enqueue("GET", "/v2/generate/", Fault.Respond(404, """{"statusCode":404,"message":"no such generation"}""", headers: echo));
        var act = () => client.GetJobAsync(job.Id);
        var failure = (await act.Should().ThrowAsync<LipSyncException>()).Which;

        var records = provider.GetFakeLogCollector().GetSnapshot();
        emulator.Requests.Count.Should().Be(sentBefore + 2, "the 503 retried, then the 404");
        records.Where(r => r.Category?.StartsWith("LipSync.Sdk.Http.", StringComparison.Ordinal) == true)
            .Should().HaveCount(emulator.Requests.Count, "one Debug line per request on the wire");
        records.Should().NotContain(r => r.Category!.StartsWith("System.Net.Http.HttpClient.", StringComparison.Ordinal));
        var texts = records.SelectMany(r => new[] { r.Message, r.Exception?.ToString() ?? string.Empty }
            .Concat(r.StructuredState?.Select(p => $"{p.Key}={p.Value}") ?? []));
        texts.Should().NotContain(t => t.Contains(Key, StringComparison.Ordinal));
        failure.ToString().Should().NotContain(Key);
    }

    [Fact]
    public async Task Status_polls_write_nothing_at_information_level()
    {
        await using var emulator = await SyncEmulator.StartAsync(new SyncEmulatorOptions { ApiKey = Key });
        var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Information).AddFakeLogging())
            .AddLipSyncClient(o => o.AddProvider("sync", p =>
            {
                p.ApiKey = Key;
                p.BaseAddress = emulator.BaseAddress;
            })).Services;
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<ILipSyncClient>();

        var job = await client.SubmitAsync(SyncHarness.Request());
        for (var i = 0; i < 3; i++)
        {
            await client.GetJobAsync(job.Id);
        }

        emulator.Requests.Should().HaveCountGreaterThanOrEqualTo(4);
        provider.GetFakeLogCollector().GetSnapshot().Should().BeEmpty("issue 11 #13: a default host logged four Information lines per poll");
    }
}
