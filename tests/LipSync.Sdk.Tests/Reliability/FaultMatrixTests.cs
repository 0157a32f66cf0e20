using LipSync.Sdk.Testing;
using LipSync.Sdk.Tests.Reliability.Adapters;
using Xunit.Abstractions;

namespace LipSync.Sdk.Tests.Reliability;

/// <summary>
/// The fault matrix: every <see cref="FaultCase"/> against every provider, for a read (the neutral <c>GetJobAsync</c>)
/// and for the provider's create, over real sockets. Each case asserts the kind the caller sees, the attempts the
/// emulator received, and, by the emulator's created-job count, that no duplicate job was created. One derived class
/// per provider so the providers run in parallel.
/// </summary>
public abstract class FaultMatrixTests(string provider, ITestOutputHelper output)
{
    private const int MaxAttempts = 4; // 1 + the default 3 retries

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var fault in FaultCase.All)
        {
            data.Add(fault.Name, "read");
            data.Add(fault.Name, "create");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Fault_is_classified_retried_as_the_rules_say_and_creates_no_duplicate(string caseName, string operation)
    {
        var adapter = ProviderAdapter.Get(provider);
        var fault = FaultCase.All.Single(c => c.Name == caseName);
        var isCreate = operation == "create";
        var refused = fault.Name == "connection_refused";
        await using var host = refused ? ReliabilityHost.StartRefused(adapter) : await ReliabilityHost.StartAsync(adapter);
        var emulator = host.Emulator;
        var jobId = emulator is null ? "job_0001" : await adapter.CreateAsync(host.Sdk);
        emulator?.ClearRequests();
        host.Time.ClearRecordedDelays();
        var jobsBefore = emulator is null ? 0 : adapter.CreatedJobCount(emulator);

        var (method, path) = isCreate ? adapter.CreateRoute : ("GET", adapter.ReadPathPrefix);
        if (fault.Fault(adapter, host.Time) is { } scripted)
        {
            emulator!.Faults.Enqueue(method, path, isCreate && fault.CutsAfterProcessing ? scripted.AfterProcessing() : scripted, times: 50);
        }

        var (_, error) = await host.RunAsync(async () => isCreate ? await adapter.CreateAsync(host.Sdk) : (await adapter.ReadAsync(host.Sdk, jobId)).Id);

        var expected = Expect(adapter, fault, isCreate);
        var lipSyncError = error as LipSyncException;
        var attempts = emulator is null ? lipSyncError?.Attempts ?? 0 : emulator.RequestsTo(method, path).Count;
        var jobsCreated = emulator is null ? 0 : adapter.CreatedJobCount(emulator) - jobsBefore;
        output.WriteLine($"MATRIX | {provider} | {caseName} | {operation} | {(error is null ? "success" : $"{lipSyncError?.Kind.ToString() ?? error.GetType().Name}")} | attempts {attempts} | jobs created {jobsCreated} | delays [{string.Join(", ", host.Delays.Select(d => d.TotalSeconds))}]");
        if (error is not null)
        {
            output.WriteLine("  " + error.Message);
        }

        if (expected.Kind is { } kind)
        {
            error.Should().BeAssignableTo<LipSyncException>($"{caseName} surfaces as a LipSyncException, got {error}");
            lipSyncError!.Kind.Should().Be(kind);
            lipSyncError.Provider.Should().Be(provider);
            lipSyncError.Message.Should().NotBeNullOrWhiteSpace();
        }
        else
        {
            error.Should().BeNull("the SDK recovered the job the server had created");
        }

        attempts.Should().Be(expected.Attempts, "attempts made");
        jobsCreated.Should().Be(expected.JobsCreated, "jobs created on the server (never a duplicate)");
        jobsCreated.Should().BeLessThanOrEqualTo(1);
        if (fault.FirstDelay?.Invoke(adapter) is { } firstDelay && expected.Attempts > 1)
        {
            host.Delays.Should().NotBeEmpty().And.Subject.First().Should().Be(firstDelay, "the first retry waits for the server's hint");
        }

        if (fault.Name == "500_ten_megabyte_body")
        {
            output.WriteLine($"  read per response {string.Join("/", host.Reads.BytesReadPerResponse)} bytes; server wrote at most {emulator!.RequestsTo(method, path).Max(r => r.ResponseBodyBytesWritten)} bytes");
            AssertBoundedRead(host, emulator!, method, path, lipSyncError!);
        }

        AssertNoSecret(host, error);
        emulator?.UnhandledExceptions.Should().BeEmpty();
    }

    internal static (LipSyncErrorKind? Kind, int Attempts, int JobsCreated) Expect(ProviderAdapter adapter, FaultCase fault, bool isCreate)
    {
        var kind = fault.Kind
            ?? (fault.Name == "coded_error_wrong_content_type" ? adapter.CodedError.Kind : adapter.ErrorInSuccessBody?.Kind ?? LipSyncErrorKind.ServerError);

        // Without an envelope, a 200 whose body is not the documented resource is an unexpected success response:
        // retryable server trouble, like a truncated 200.
        var retry = fault.Name == "200_error_envelope" && adapter.ErrorInSuccessBody is null ? RetryClass.Ambiguous : fault.Retry;
        var cut = isCreate && fault.CutsAfterProcessing ? 1 : 0;
        return (retry, isCreate, adapter.CreateRecovery) switch
        {
            (RetryClass.Never, _, _) => (kind, 1, 0),
            (RetryClass.ProvenUnprocessed, _, _) => (kind, MaxAttempts, 0),
            (RetryClass.Ambiguous, false, _) => (kind, MaxAttempts, 0),
            (RetryClass.Ambiguous, true, CreateRecovery.IdempotencyKey) => (kind, MaxAttempts, cut),

            // The lookup finds the job the server made and returns it; with nothing made, it resends.
            (RetryClass.Ambiguous, true, CreateRecovery.ReferenceLookup) => cut == 1 ? (null, 1, 1) : (kind, MaxAttempts, 0),
            _ => (kind, 1, cut),
        };
    }

    // The SDK reads at most 64 KiB (+1 byte to learn the body was cut) of an error body and then hangs up.
    private static void AssertBoundedRead(ReliabilityHost host, LoopbackEmulator emulator, string method, string path, LipSyncException error)
    {
        const int Limit = 64 * 1024;
        host.Reads.BytesReadPerResponse.Should().OnlyContain(n => n <= Limit + 1, "the SDK never reads past 64 KiB of a body");
        host.Reads.BytesReadPerResponse.Max().Should().BeGreaterThanOrEqualTo(Limit, "the first 64 KiB are read for classification");
        foreach (var request in emulator.RequestsTo(method, path))
        {
            request.ResponseBodyBytesWritten.Should().BeLessThan(FaultCase.TenMegabytes / 2, "the client hung up instead of draining 10 MB");
        }

        error.Message.Should().Contain("65536+ bytes");
        (error.ResponseBody ?? string.Empty).Length.Should().BeLessThanOrEqualTo(8 * 1024);
    }

    private static void AssertNoSecret(ReliabilityHost host, Exception? error)
    {
        var key = host.Adapter.ApiKey;
        host.Logs.Lines.Should().NotContain(l => l.Contains(key, StringComparison.Ordinal));
        if (error is not null)
        {
            error.Message.Should().NotContain(key);
            error.ToString().Should().NotContain(key);
        }
    }
}

/// <summary>The fault matrix for Sync.</summary>
public sealed class SyncFaultMatrixTests(ITestOutputHelper output) : FaultMatrixTests("sync", output);

/// <summary>The fault matrix for Chamelaion.</summary>
public sealed class ChamelaionFaultMatrixTests(ITestOutputHelper output) : FaultMatrixTests("chamelaion", output);

/// <summary>The fault matrix for HeyGen.</summary>
public sealed class HeyGenFaultMatrixTests(ITestOutputHelper output) : FaultMatrixTests("heygen", output);

/// <summary>The fault matrix for Breeze.</summary>
public sealed class BreezeFaultMatrixTests(ITestOutputHelper output) : FaultMatrixTests("breeze", output);

/// <summary>The fault matrix for AudioSpliter.</summary>
public sealed class AudioSpliterFaultMatrixTests(ITestOutputHelper output) : FaultMatrixTests("audiospliter", output);
