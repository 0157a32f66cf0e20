using System.Text.Json;
using LipSync.Cli;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Cli;

/// <summary>
/// Runs the <c>lipsync</c> CLI in-process against a Sync emulator: captured stdout/stderr, an environment holding
/// the emulator's key and base URL (the process environment is never read), and a manual clock so polls and retry
/// delays do not really wait (timeouts above 61 s do not fire on their own).
/// </summary>
internal sealed class CliHarness : IAsyncDisposable
{
    public const string ApiKey = "sk-cli-test-key-5f3a9e";

    private CliHarness(SyncEmulator emulator) => Emulator = emulator;

    public SyncEmulator Emulator { get; }

    public Dictionary<string, string?> Environment { get; } = new(StringComparer.Ordinal);

    public static async Task<CliHarness> StartAsync(Action<SyncEmulatorOptions>? configure = null)
    {
        var options = new SyncEmulatorOptions { ApiKey = ApiKey };
        configure?.Invoke(options);
        var harness = new CliHarness(await SyncEmulator.StartAsync(options));
        harness.Environment["SYNC_API_KEY"] = ApiKey;
        harness.Environment["LIPSYNC_SYNC_BASE_URL"] = harness.Emulator.BaseAddress.ToString();
        return harness;
    }

    public Task<CliRun> RunAsync(params string[] args) => RunAsync(Environment, args);

    public static Task<CliRun> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        RunAsync(environment, CancellationToken.None, args);

    public static async Task<CliRun> RunAsync(IReadOnlyDictionary<string, string?> environment, CancellationToken cancellationToken, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var time = new ManualTimeProvider(autoAdvance: true) { AutoAdvanceMaxDueTime = TimeSpan.FromSeconds(61) };
        var context = new CliContext(output, error, name => environment.TryGetValue(name, out var value) ? value : null) { TimeProvider = time };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        var exitCode = await LipSyncCli.RunAsync(args, context, timeout.Token);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public ValueTask DisposeAsync() => Emulator.DisposeAsync();
}

/// <summary>What one CLI run produced.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>stdout as the single JSON object the contract promises.</summary>
    public JsonElement OutputJson => Single(Output, "stdout");

    /// <summary>The <c>error</c> object of the failure JSON on stderr.</summary>
    public JsonElement ErrorJson
    {
        get
        {
            var root = Single(Error, "stderr");
            root.EnumerateObject().Select(p => p.Name).Should().Equal(["error"], "the failure object has exactly one property");
            return root.GetProperty("error");
        }
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";

    private static JsonElement Single(string text, string stream)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.Should().ContainSingle($"{stream} holds exactly one JSON line, but was:\n{text}");
        using var document = JsonDocument.Parse(lines[0]);
        return document.RootElement.Clone();
    }
}

/// <summary>Assertions on the exact field lists of the JSON contract.</summary>
internal static class JsonContract
{
    public static readonly string[] JobFields = ["provider", "jobId", "status", "outputUrl", "error"];

    public static readonly string[] FailureFields = ["kind", "retryable", "provider", "statusCode", "errorCode", "message", "retryAfterSeconds", "requestId", "attempts"];

    public static readonly string[] ExplanationFields = ["provider", "kind", "retryable", "statusCode", "errorCode", "message", "retryAfterSeconds"];

    public static readonly string[] EmulatorFields = ["provider", "baseUrl", "apiKey", "apiKeyVariable", "baseUrlVariable"];

    public static void ShouldHaveExactly(this JsonElement element, string[] fields) =>
        element.EnumerateObject().Select(p => p.Name).Should().Equal(fields);

    public static string? Str(this JsonElement element, string name) =>
        element.GetProperty(name).ValueKind == JsonValueKind.Null ? null : element.GetProperty(name).GetString();

    public static bool IsNull(this JsonElement element, string name) => element.GetProperty(name).ValueKind == JsonValueKind.Null;
}
