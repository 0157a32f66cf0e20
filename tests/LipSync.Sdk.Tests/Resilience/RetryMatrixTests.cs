using System.Globalization;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Resilience;

/// <summary>The retry rules, over real HTTP against the Sync emulator, with exact attempts and delays.</summary>
public sealed class RetryMatrixTests
{
    private static Dictionary<string, string> Header(string name, string value) => new() { [name] = value };

    [Fact]
    public async Task Rate_limit_with_retry_after_seconds_waits_the_hint()
    {
        await using var h = await SyncHarness.StartAsync();
        h.Emulator.Faults.Enqueue("POST", "/v2/generate", Fault.Respond(429, SyncErrorBodies.RateLimitExceeded(), headers: Header("Retry-After", "3")));

        var job = await h.Client.SubmitAsync(SyncHarness.Request());

        job.Status.Should().Be(JobStatus.Pending);
        h.Emulator.RequestsTo("POST", "/v2/generate").Should().HaveCount(2);
        h.Delays.Should().Equal(TimeSpan.FromSeconds(3)); // max(backoff 1 s, hint 3 s)
        h.Emulator.CreatedJobCount.Should().Be(1);
    }

    [Fact]
    public async Task Rate_limit_with_retry_after_http_date_waits_until_that_date()
    {
        await using var h = await SyncHarness.StartAsync();
        var at = h.Time.GetUtcNow().AddSeconds(8).ToString("r", CultureInfo.InvariantCulture);
        h.Emulator.Faults.Enqueue("GET", "/v2/models", Fault.Respond(429, SyncErrorBodies.RateLimitExceeded(), headers: Header("Retry-After", at)));

        var models = await h.Native.ListModelsAsync();

        models.Should().NotBeEmpty();
        h.Delays.Should().Equal(TimeSpan.FromSeconds(8));
    }

    [Fact]
    public async Task Retry_after_ms_and_body_hints_are_honoured()
    {
        await using var h = await SyncHarness.StartAsync();
        h.Emulator.Faults.Enqueue("GET", "/v2/models", Fault.Respond(429, SyncErrorBodies.RateLimitExceeded(), headers: Header("retry-after-ms", "2500")));
        h.Emulator.Faults.Enqueue("GET", "/v2/models", Fault.Respond(429, SyncErrorBodies.ConcurrencyLimitReached(retryAfterSeconds: 7)));

        await h.Native.ListModelsAsync();

        // Second retry: backoff 2 s < body hint 7 s.
        h.Delays.Should().Equal(TimeSpan.FromMilliseconds(2500), TimeSpan.FromSeconds(7));
    }

    [Fact]
    public async Task Service_unavailable_is_retried_with_exponential_backoff()
    {
        await using var h = await SyncHarness.StartAsync();
        h.Emulator.Faults.Enqueue("GET", "/v2/models", Fault.Respond(503, SyncErrorBodies.Create(503, "Service Unavailable")), times: 3);

        await h.Native.ListModelsAsync();

        h.Emulator.RequestsTo("GET", "/v2/models").Should().HaveCount(4);
        h.Delays.Should().Equal(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task Server_error_on_get_gives_up_after_three_retries()
    {
        await using var h = await SyncHarness.StartAsync();
        var created = await h.Native.CreateGenerationAsync(new() { Model = "lipsync-2", Input = [Providers.Sync.GenerationInput.Video(new Uri("https://x.example/v.mp4")), Providers.Sync.GenerationInput.Audio(new Uri("https://x.example/a.wav"))] });
        h.Emulator.Faults.Enqueue("GET", "/v2/generate/", Fault.Respond(500, SyncErrorBodies.InternalServerError()), times: 10);

        var act = () => h.Client.GetJobAsync(created.Id);

        var error = (await act.Should().ThrowAsync<LipSyncServiceException>()).Which;
        error.Kind.Should().Be(LipSyncErrorKind.ServerError);
        error.StatusCode.Should().Be(500);
        error.Attempts.Should().Be(4);
        h.Emulator.RequestsTo("GET", "/v2/generate/").Should().HaveCount(4);
        h.Delays.Should().Equal(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task Server_error_on_create_is_retried_with_the_same_idempotency_key()
    {
        await using var h = await SyncHarness.StartAsync();
        h.Emulator.Faults.Enqueue("POST", "/v2/generate", Fault.Respond(500, SyncErrorBodies.InternalServerError()), times: 2);

        var job = await h.Client.SubmitAsync(SyncHarness.Request());

        var creates = h.Emulator.RequestsTo("POST", "/v2/generate");
        creates.Should().HaveCount(3);
        var keys = creates.Select(r => r.Header("Idempotency-Key")).ToList();
        keys.Should().OnlyContain(k => !string.IsNullOrEmpty(k));
        keys.Distinct().Should().ContainSingle("one key per logical call, reused on every attempt");
        creates.Select(r => r.BodyText).Distinct().Should().ContainSingle("the same body on every attempt");
        h.Emulator.CreatedJobCount.Should().Be(1);
        job.Id.Should().Be(h.Emulator.Jobs.Single().Id);
    }

    [Fact]
    public async Task Lost_create_response_is_replayed_not_duplicated()
    {
        await using var h = await SyncHarness.StartAsync();

        // The emulator creates the job, then drops the connection before answering.
        h.Emulator.Faults.Enqueue("POST", "/v2/generate", Fault.DropConnection().AfterProcessing());

        var job = await h.Client.SubmitAsync(SyncHarness.Request());

        h.Emulator.RequestsTo("POST", "/v2/generate").Should().HaveCount(2);
        h.Emulator.CreatedJobCount.Should().Be(1, "the retry carried the same Idempotency-Key");
        job.Id.Should().Be(h.Emulator.Jobs.Single().Id);
    }

    [Fact]
    public async Task Two_logical_creates_use_two_keys()
    {
        await using var h = await SyncHarness.StartAsync();
        await h.Client.SubmitAsync(SyncHarness.Request());
        await h.Client.SubmitAsync(SyncHarness.Request());

        h.Emulator.RequestsTo("POST", "/v2/generate").Select(r => r.Header("Idempotency-Key")).Distinct().Should().HaveCount(2);
        h.Emulator.CreatedJobCount.Should().Be(2);
    }

    [Fact]
    public async Task Caller_key_is_sent_verbatim()
    {
        await using var h = await SyncHarness.StartAsync();
        await h.Client.SubmitAsync(SyncHarness.Request("order-42.attempt~1"));
        h.Emulator.RequestsTo("POST", "/v2/generate").Single().Header("Idempotency-Key").Should().Be("order-42.attempt~1");
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("ключ")]
    public async Task Invalid_caller_key_is_rejected_before_sending(string key)
    {
        await using var h = await SyncHarness.StartAsync();
        var act = () => h.Client.SubmitAsync(SyncHarness.Request(key));

        var error = (await act.Should().ThrowAsync<LipSyncValidationException>()).Which;
        error.ErrorCode.Should().Be("INVALID_IDEMPOTENCY_KEY");
        h.Emulator.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Bad_request_is_never_retried()
    {
        await using var h = await SyncHarness.StartAsync();
        h.Emulator.Faults.Enqueue("POST", "/v2/generate",
            Fault.Respond(400, SyncErrorBodies.Create(400, ["model should not be empty"], "generation_input_validation_failed")));

        var act = () => h.Client.SubmitAsync(SyncHarness.Request());

        var error = (await act.Should().ThrowAsync<LipSyncValidationException>()).Which;
        error.Kind.Should().Be(LipSyncErrorKind.InvalidRequest);
        error.IsRetryable.Should().BeFalse();
        error.Attempts.Should().Be(1);
        h.Emulator.RequestsTo("POST", "/v2/generate").Should().HaveCount(1);
        h.Delays.Should().BeEmpty();
    }

    [Fact]
    public async Task Hint_above_the_cap_is_thrown_at_once_with_retry_after()
    {
        await using var h = await SyncHarness.StartAsync();
        h.Emulator.Faults.Enqueue("POST", "/v2/generate", Fault.Respond(429, SyncErrorBodies.RateLimitExceeded(), headers: Header("Retry-After", "120")));

        var act = () => h.Client.SubmitAsync(SyncHarness.Request());

        var error = (await act.Should().ThrowAsync<LipSyncRateLimitException>()).Which;
        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(120));
        error.IsRetryable.Should().BeTrue();
        error.Attempts.Should().Be(1);
        h.Delays.Should().BeEmpty();
    }

    [Fact]
    public async Task Hint_beyond_the_remaining_budget_is_not_waited()
    {
        // The cap is raised so only the budget (90 s total) can stop the 120 s wait.
        await using var h = await SyncHarness.StartAsync(o =>
        {
            o.TotalTimeout = TimeSpan.FromSeconds(90);
            o.Retry.MaxRetryAfter = TimeSpan.FromMinutes(10);
        });
        h.Emulator.Faults.Enqueue("GET", "/v2/models", Fault.Respond(503, SyncErrorBodies.Create(503, "busy"), headers: Header("Retry-After", "120")));

        var act = () => h.Native.ListModelsAsync();

        var error = (await act.Should().ThrowAsync<LipSyncServiceException>()).Which;
        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(120));
        error.Attempts.Should().Be(1);
        h.Delays.Should().BeEmpty();
    }

    [Fact]
    public async Task Idempotency_outcome_unknown_is_retried_with_the_same_key()
    {
        await using var h = await SyncHarness.StartAsync();
        h.Emulator.Faults.Enqueue("POST", "/v2/generate", Fault.Respond(503, SyncErrorBodies.IdempotencyOutcomeUnknown()));

        await h.Client.SubmitAsync(SyncHarness.Request());

        h.Emulator.RequestsTo("POST", "/v2/generate").Select(r => r.Header("Idempotency-Key")).Distinct().Should().ContainSingle();
        h.Emulator.CreatedJobCount.Should().Be(1);
    }

    [Fact]
    public async Task Retries_can_be_disabled()
    {
        await using var h = await SyncHarness.StartAsync(o => o.Retry.MaxRetries = 0);
        h.Emulator.Faults.Enqueue("GET", "/v2/models", Fault.Respond(503, null));

        var act = () => h.Native.ListModelsAsync();

        (await act.Should().ThrowAsync<LipSyncServiceException>()).Which.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task Dropped_connection_on_a_read_is_retried()
    {
        await using var h = await SyncHarness.StartAsync();
        h.Emulator.Faults.Enqueue("GET", "/v2/models", Fault.DropConnection());

        var models = await h.Native.ListModelsAsync();

        models.Should().NotBeEmpty();
        h.Emulator.RequestsTo("GET", "/v2/models").Should().HaveCount(2);
    }

    [Fact]
    public async Task Truncated_success_body_is_retried_as_a_typed_error_never_a_json_exception()
    {
        await using var h = await SyncHarness.StartAsync(o => o.Retry.MaxRetries = 1);
        h.Emulator.Faults.Enqueue("GET", "/v2/models", Fault.PartialBody(200, "[{\"id\":\"lips"), times: 2);

        var act = () => h.Native.ListModelsAsync();

        var error = (await act.Should().ThrowAsync<LipSyncException>()).Which;
        error.Kind.Should().BeOneOf(LipSyncErrorKind.Network, LipSyncErrorKind.ServerError);
        error.Attempts.Should().Be(2);
    }

    [Fact]
    public async Task Connection_refused_is_a_retried_network_error()
    {
        var closed = await SyncEmulator.StartAsync();
        var address = closed.BaseAddress;
        await closed.DisposeAsync();
        await using var h = await SyncHarness.StartAsync(o => o.Providers["sync"].BaseAddress = address);

        var act = () => h.Client.GetJobAsync("gen-1");

        var error = (await act.Should().ThrowAsync<LipSyncServiceException>()).Which;
        error.Kind.Should().Be(LipSyncErrorKind.Network);
        error.StatusCode.Should().BeNull();
        error.Attempts.Should().Be(4);
        h.Delays.Should().Equal(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task Wrong_key_is_an_authentication_error_and_not_retried()
    {
        await using var h = await SyncHarness.StartAsync(o => o.Providers["sync"].ApiKey = "sk-wrong-key-000000");

        var act = () => h.Native.ListModelsAsync();

        var error = (await act.Should().ThrowAsync<LipSyncAuthenticationException>()).Which;
        error.Kind.Should().Be(LipSyncErrorKind.Authentication);
        error.Attempts.Should().Be(1);
        error.ToString().Should().NotContain("sk-wrong-key-000000");
    }
}
