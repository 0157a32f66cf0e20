using System.Text;
using LipSync.Sdk.Testing;
using LipSync.Sdk.Tests.Security;
using Microsoft.Extensions.Logging;

namespace LipSync.Sdk.Tests.Hostile;

/// <summary>
/// Defect 3: text a hostile server chooses (codes, request ids, messages, field errors, job failures) reaches callers,
/// exception messages and log lines without CR/LF/ESC/BEL or other controls, bidi overrides or line separators, and
/// bounded in length. Over real loopback sockets: the Sync emulator, and a raw socket where Kestrel refuses the bytes.
/// </summary>
public sealed class ServerTextTests
{
    // JSON escapes, so the wire carries them and the SDK's JSON reader decodes them into the real characters.
    private const string ForgingCode = @"bad_input\u001b[31m\r\n2026-01-01T00:00:00Z INFO admin logged in\u0007";
    private const string ForgingMessage = @"input.0.url must be a URL\r\nINFO forged\u2028line";
    private const string EscapingMessage = @"\u001b]0;pwned\u0007 \u202Egnp.exe\u200B";

    [Fact]
    public async Task An_error_bodys_code_message_and_field_errors_are_neutralised()
    {
        await using var h = await SyncHarness.StartAsync();
        h.Emulator.Faults.Enqueue("GET", "/v2/models", Fault.Respond(400,
            $$"""{"statusCode":400,"errorCode":"{{ForgingCode}}","message":["{{ForgingMessage}}","{{EscapingMessage}}"],"error":"Bad Request"}"""));

        var act = () => h.Native.ListModelsAsync();

        var error = (await act.Should().ThrowAsync<LipSyncValidationException>()).Which;
        error.ErrorCode.Should().StartWith("bad_input").And.Contain("INFO admin logged in");
        Unsafe.CharsIn(error.ErrorCode).Should().BeEmpty();
        Unsafe.CharsIn(error.Message).Should().BeEmpty();
        error.FieldErrors.Should().HaveCount(2);
        error.FieldErrors.SelectMany(f => Unsafe.CharsIn(f.Field).Concat(Unsafe.CharsIn(f.Message))).Should().BeEmpty();
        Unsafe.CharsIn(error.ToString().Replace(Environment.NewLine, " ", StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Fact]
    public async Task An_endless_error_code_is_cut()
    {
        await using var h = await SyncHarness.StartAsync();
        h.Emulator.Faults.Enqueue("GET", "/v2/models", Fault.Respond(400,
            $$"""{"statusCode":400,"errorCode":"{{new string('x', 20_000)}}","message":"no"}"""));

        var act = () => h.Native.ListModelsAsync();

        var error = (await act.Should().ThrowAsync<LipSyncException>()).Which;
        error.ErrorCode!.Length.Should().BeLessThanOrEqualTo(256);
        error.Message.Length.Should().BeLessThanOrEqualTo(2048);
    }

    [Fact]
    public async Task A_request_id_header_with_terminal_escapes_is_neutralised()
    {
        // Kestrel refuses control characters in header values; a raw socket sends them as a hostile server would.
        var requestId = Encoding.Latin1.GetString("req-42\u001b[2J\u0007"u8) + Encoding.Latin1.GetString(Encoding.UTF8.GetBytes("\u202Eevil"));
        await using var server = new RawHttpServer(RawHttpServer.Response(
            "HTTP/1.1 400 Bad Request", [$"X-Request-Id: {requestId}"], """{"statusCode":400,"message":"nope"}"""));
        using var factory = ProviderHarness.NewFactory("sync", SyncHarness.ApiKey, server.BaseAddress, ProviderHarness.NewClock(), o => o.Retry.MaxRetries = 0);

        var act = () => factory.GetNativeClient<LipSync.Sdk.Providers.Sync.ISyncClient>("sync").ListModelsAsync();

        var error = (await act.Should().ThrowAsync<LipSyncException>()).Which;
        error.RequestId.Should().StartWith("req-42");
        Unsafe.CharsIn(error.RequestId).Should().BeEmpty();
        Unsafe.CharsIn(error.ToString().Replace(Environment.NewLine, " ", StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_failed_jobs_code_and_message_cannot_forge_lines_send_escapes_or_leak_the_key()
    {
        await using var h = await SyncHarness.StartAsync();
        h.Emulator.FailNextJob(
            "generation_failed\u001b]0;" + SyncHarness.ApiKey + "\u0007",
            "boom\r\n2026-01-01T00:00:00Z INFO forged\u2029 \u202Egnp.exe key=" + SyncHarness.ApiKey);
        var job = await h.Client.SubmitAsync(SyncHarness.Request());

        var act = () => h.Client.WaitForCompletionAsync(job.Id);

        var failed = (await act.Should().ThrowAsync<LipSyncJobFailedException>()).Which;
        string?[] surfaced = [failed.Message, failed.ErrorCode, failed.Job.Error!.ErrorCode, failed.Job.Error.Message, failed.Job.ProviderStatus];
        surfaced.SelectMany(Unsafe.CharsIn).Should().BeEmpty();
        surfaced.Should().NotContain(text => text != null && text.Contains(SyncHarness.ApiKey));
        failed.ErrorCode.Should().StartWith("generation_failed");
    }

    [Fact]
    public async Task The_retry_log_line_carries_no_server_control_characters()
    {
        var capture = new CapturingLoggerProvider();
        using var logging = LoggerFactory.Create(b => b.AddProvider(capture).SetMinimumLevel(LogLevel.Trace));
        await using var emulator = await SyncEmulator.StartAsync(new SyncEmulatorOptions { ApiKey = SyncHarness.ApiKey });
        var options = new LipSyncOptions { DefaultProvider = "sync" };
        options.Retry.UseJitter = false;
        options.AddProvider("sync", p =>
        {
            p.ApiKey = SyncHarness.ApiKey;
            p.BaseAddress = emulator.BaseAddress;
        });
        using var factory = new LipSyncClientFactory(options, ProviderHarness.NewClock(), logging);
        emulator.Faults.Enqueue("GET", "/v2/models", Fault.Respond(503, $$"""{"statusCode":503,"errorCode":"{{ForgingCode}}","message":"busy"}"""));

        await factory.GetNativeClient<LipSync.Sdk.Providers.Sync.ISyncClient>("sync").ListModelsAsync();

        var retryLines = capture.Lines.Where(l => l.Contains("retrying", StringComparison.Ordinal)).ToList();
        retryLines.Should().ContainSingle().Which.Should().Contain("INFO admin logged in");
        Unsafe.CharsIn(retryLines[0]).Should().BeEmpty("the logged code (formatted and structured) is the neutralised one");
    }
}
