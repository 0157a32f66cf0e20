using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Benchmarks;

/// <summary>
/// Keeps the baseline honest: before measuring, sends each call once through the raw client and once through the
/// SDK and fails the run unless the emulator saw the same method, path, header names and values (the idempotency key
/// aside, which is random by design) and the same body bytes.
/// </summary>
internal static class SameRequestCheck
{
    private static readonly HashSet<string> RandomHeaders = new(StringComparer.OrdinalIgnoreCase) { "Idempotency-Key" };

    public static void Run(LoopbackEmulator emulator, params Func<Task>[] rawThenSdkPairs)
    {
        for (var i = 0; i + 1 < rawThenSdkPairs.Length; i += 2)
        {
            emulator.ClearRequests();
            rawThenSdkPairs[i]().GetAwaiter().GetResult();
            rawThenSdkPairs[i + 1]().GetAwaiter().GetResult();
            var requests = emulator.Requests;
            if (requests.Count != 2)
            {
                throw new InvalidOperationException($"Expected one raw and one SDK request, saw {requests.Count}.");
            }

            Compare(requests[0], requests[1]);
        }

        emulator.ClearRequests();
    }

    private static void Compare(RecordedRequest raw, RecordedRequest sdk)
    {
        var problems = new List<string>();
        if (raw.Method != sdk.Method || raw.Path != sdk.Path || raw.QueryString != sdk.QueryString)
        {
            problems.Add($"request line: raw {raw} vs SDK {sdk}");
        }

        foreach (var name in raw.Headers.Keys.Union(sdk.Headers.Keys, StringComparer.OrdinalIgnoreCase))
        {
            var rawValue = raw.Header(name);
            var sdkValue = sdk.Header(name);
            if (rawValue is null || sdkValue is null || (!RandomHeaders.Contains(name) && rawValue != sdkValue))
            {
                problems.Add($"header {name}: raw '{rawValue}' vs SDK '{sdkValue}'");
            }
        }

        if (!raw.Body.AsSpan().SequenceEqual(sdk.Body))
        {
            problems.Add($"body: raw '{raw.BodyText}' vs SDK '{sdk.BodyText}'");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"The raw baseline does not send what the SDK sends ({sdk}):{Environment.NewLine}  "
                + string.Join(Environment.NewLine + "  ", problems));
        }
    }
}
