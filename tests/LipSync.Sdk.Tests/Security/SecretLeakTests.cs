using LipSync.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LipSync.Sdk.Tests.Security;

/// <summary>The API key never appears in logs (any level), exception messages or ToString().</summary>
public sealed class SecretLeakTests
{
    private const string Key = "sk-live-SECRET-7f3a9c1e55d04b2a";

    [Fact]
    public async Task Key_never_appears_in_trace_logs_or_exceptions()
    {
        await using var emulator = await SyncEmulator.StartAsync(new SyncEmulatorOptions { ApiKey = Key });
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs))
            .AddLipSyncClient(o =>
            {
                o.DefaultProvider = "sync";
                o.Retry.BaseDelay = TimeSpan.FromMilliseconds(1);
                o.AddProvider("sync", p =>
                {
                    p.ApiKey = Key;
                    p.BaseAddress = emulator.BaseAddress;
                });
            }).Services;
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<ILipSyncClient>();

        // A server that echoes the key back in its error message (some do).
        emulator.Faults.Enqueue("POST", "/v2/generate", Fault.Respond(429, $$"""{"statusCode":429,"message":"Key {{Key}} is rate limited","errorCode":"rate_limit_exceeded"}"""));
        emulator.Faults.Enqueue("GET", "/v2/generate/", Fault.Respond(401, $$"""{"statusCode":401,"message":"Invalid key {{Key}}"}"""));
        var exceptions = new List<Exception>();

        var job = await client.SubmitAsync(SyncHarness.Request());
        try
        {
            await client.GetJobAsync(job.Id);
        }
        catch (LipSyncException ex)
        {
            exceptions.Add(ex);
        }

        emulator.Faults.Enqueue("GET", "/v2/generate/", Fault.Respond(503, $"<html>{Key}</html>", "text/html"), times: 10);
        try
        {
            await client.GetJobAsync(job.Id);
        }
        catch (LipSyncException ex)
        {
            exceptions.Add(ex);
        }

        emulator.Requests.Should().Contain(r => r.Header("x-api-key") == Key, "the key was really sent");
        logs.Lines.Should().NotBeEmpty();
        logs.Lines.Should().Contain(l => l.Contains("retrying", StringComparison.Ordinal), "retries are logged");
        logs.Lines.Should().NotContain(l => l.Contains(Key, StringComparison.Ordinal));
        exceptions.Should().HaveCount(2);
        foreach (var ex in exceptions.Cast<LipSyncException>())
        {
            ex.Message.Should().NotContain(Key);
            ex.ToString().Should().NotContain(Key);
            (ex.ResponseBody ?? string.Empty).Should().NotContain(Key);
        }
    }
}
