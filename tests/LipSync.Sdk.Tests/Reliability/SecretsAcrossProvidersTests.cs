using LipSync.Sdk.Testing;
using LipSync.Sdk.Tests.Reliability.Adapters;

namespace LipSync.Sdk.Tests.Reliability;

/// <summary>
/// A run that touches every provider — creates, reads, waits, HTTP failures whose bodies and headers echo the key, and
/// failed jobs whose failure text echoes it — with every log line captured at Trace and every exception's message,
/// <c>ToString()</c> and properties collected: none of the API keys used appears anywhere.
/// </summary>
public sealed class SecretsAcrossProvidersTests
{
    [Fact]
    public async Task No_api_key_appears_in_logs_exception_messages_or_to_string()
    {
        var keys = ProviderAdapter.All.Select(a => a.ApiKey).ToArray();
        var texts = new List<string>();
        var logLines = new List<string>();
        var failures = 0;

        foreach (var adapter in ProviderAdapter.All)
        {
            await using var host = await ReliabilityHost.StartAsync(adapter);
            var emulator = host.Emulator!;
            var key = adapter.ApiKey;
            var client = host.Sdk.GetClient(adapter.Name);

            var jobId = await adapter.CreateAsync(host.Sdk);
            await adapter.ReadAsync(host.Sdk, jobId);
            await client.WaitForCompletionAsync(jobId);

            // Servers that echo the key: in the message, the code, a request-id header, an HTML page, a job failure.
            var echo = new Dictionary<string, string> { ["x-request-id"] = key, ["Retry-After"] = "1" };
            var body = $$"""{"statusCode":401,"message":"Invalid key {{key}}","error":"Invalid key {{key}}","code":"{{key}}","errorCode":"{{key}}","detail":"{{key}}","ok":false}""";
            var nested = $$$"""{"error":{"code":"{{{key}}}","message":"Invalid key {{{key}}}","status":429}}""";
            emulator.Faults.Enqueue("GET", adapter.ReadPathPrefix, Fault.Respond(401, body, headers: echo));
            emulator.Faults.Enqueue(adapter.CreateRoute.Method, adapter.CreateRoute.Path, Fault.Respond(429, nested, headers: echo), times: 10);
            emulator.Faults.Enqueue("GET", adapter.ReadPathPrefix, Fault.Respond(503, $"<html><body>upstream rejected {key}</body></html>", "text/html", echo), times: 10);
            foreach (var call in new Func<Task>[]
            {
                () => adapter.ReadAsync(host.Sdk, jobId),
                () => adapter.CreateAsync(host.Sdk),
                () => adapter.ReadAsync(host.Sdk, jobId),
            })
            {
                texts.AddRange(Describe(await Record.ExceptionAsync(call)));
                failures++;
            }

            emulator.Faults.Clear();
            adapter.FailNextJob(emulator, $"Upstream said: key {key} is not allowed for this voice");
            var failedId = await adapter.CreateAsync(host.Sdk);
            var failed = await Record.ExceptionAsync(() => client.WaitForCompletionAsync(failedId));
            failed.Should().BeAssignableTo<LipSyncJobFailedException>($"{adapter.Name}'s scripted failure ends the wait");
            texts.AddRange(Describe(failed));

            // Job.Error keeps the provider's failure text as received (it is data the caller asked for); what gets
            // logged — the exception's message and ToString — is redacted.
            failures++;

            emulator.Requests.Should().Contain(r => r.Headers.Values.Any(v => v.Contains(key, StringComparison.Ordinal)), $"{adapter.Name}'s key was really sent");
            logLines.AddRange(host.Logs.Lines);
        }

        failures.Should().Be(4 * ProviderAdapter.All.Count);
        logLines.Should().Contain(l => l.StartsWith("Debug LipSync.Sdk.Http.", StringComparison.Ordinal), "the most detailed logging was captured");
        logLines.Should().Contain(l => l.Contains("retrying", StringComparison.Ordinal));
        foreach (var key in keys)
        {
            logLines.Should().NotContain(l => l.Contains(key, StringComparison.Ordinal), "no log line holds a key");
            texts.Should().NotContain(t => t.Contains(key, StringComparison.Ordinal), "no exception text or property holds a key");
        }
    }

    private static IEnumerable<string> Describe(Exception? error)
    {
        error.Should().NotBeNull();
        for (var e = error; e is not null; e = e.InnerException)
        {
            yield return e.Message;
            yield return e.ToString();
            if (e is LipSyncException typed)
            {
                yield return typed.ErrorCode ?? string.Empty;
                yield return typed.RequestId ?? string.Empty;
                yield return typed.ResponseBody ?? string.Empty;
            }

            if (e is LipSyncValidationException validation)
            {
                foreach (var field in validation.FieldErrors)
                {
                    yield return $"{field.Field}: {field.Message}";
                }
            }
        }
    }
}
