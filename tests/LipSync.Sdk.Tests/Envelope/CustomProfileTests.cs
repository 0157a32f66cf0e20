using System.Text;
using LipSync.Sdk.Providers.Envelope;
using LipSync.Sdk.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static LipSync.Sdk.LipSyncErrorKind;

namespace LipSync.Sdk.Tests.Envelope;

/// <summary>
/// A third envelope API, invented for the test, registered by code and by configuration: it gets the taxonomy, retries,
/// FromResponse, DI (with its own named HttpClient and key handler) and neutral job tracking.
/// </summary>
public sealed class CustomProfileTests
{
    private const string Name = "acme-voice";

    private static EnvelopeProfile AcmeProfile(string name = Name) => new()
    {
        Name = name,
        BaseAddress = new Uri("https://api.acme-voice.example"),
        ApiKeyHeader = "X-Acme-Token",
        ApiKeyPrefix = "Token ",
        RequestIdHeaders = ["x-acme-trace"],
        ErrorLayout = new ErrorBodyLayout
        {
            CodePaths = ["failure.reason"],
            MessagePaths = ["failure.text"],
            RetryAfterMillisecondsPaths = ["failure.wait_ms"],
            StatusPaths = ["failure.http"],
            FieldErrorsPath = "failure.problems",
            FieldErrorFieldName = "name",
            FieldErrorMessageName = "why",
        },
        ErrorFlagPath = "result",
        ErrorFlagValue = "error",
        Codes =
        [
            new("QUOTA_GONE", QuotaExceeded, false, 402, "Your render minutes are used up."),
            new("SLOW_DOWN", RateLimited, true, 429, "Too many requests."),
            new("BAD_INPUT", InvalidRequest, false, 400, "The request is invalid."),
            new("RENDER_MISSING", NotFound, false, 404, "No such render."),
            new("ENGINE_COLD", ServiceUnavailable, true, 503, "The engine is warming up."),
            new("ENGINE_MELTED", ServerError, false, 500, "The engine failed and needs a human."),
        ],
        Jobs = new EnvelopeJobLayout
        {
            PathTemplate = "/v2/renders/{id}",
            IdPath = "render.ref",
            StatusPath = "render.phase",
            Statuses = new Dictionary<string, JobStatus>
            {
                ["waiting"] = JobStatus.Pending,
                ["rendering"] = JobStatus.Processing,
                ["done"] = JobStatus.Completed,
                ["broken"] = JobStatus.Failed,
            },
            ProgressPath = "render.pct",
            OutputUrlPath = "render.media.href",
            CreatedAtPath = "render.born",
            ErrorCodePath = "render.fault.reason",
            ErrorMessagePath = "render.fault.text",
        },
    };

    private static async Task<(AcmeRenderEmulator Emulator, ServiceProvider Services, ManualTimeProvider Time)> StartWithDiAsync(string name = Name)
    {
        var emulator = await AcmeRenderEmulator.StartAsync();
        var time = ProviderHarness.NewClock();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);

        // Registered after AddLipSyncClient on purpose: the late provider must still get its named HttpClient.
        services.AddLipSyncClient(o =>
        {
            o.Retry.UseJitter = false;
            o.AddProvider(name, p =>
            {
                p.ApiKey = AcmeRenderEmulator.Key;
                p.BaseAddress = emulator.BaseAddress;
            });
        });
        services.AddLipSyncEnvelopeProvider(AcmeProfile(name));
        return (emulator, services.BuildServiceProvider(), time);
    }

    [Fact]
    public async Task Custom_provider_registered_with_di_creates_and_waits_for_a_job()
    {
        var (emulator, services, time) = await StartWithDiAsync();
        await using var _ = emulator;
        await using var __ = services;
        var native = services.GetRequiredService<ILipSyncClientFactory>().GetNativeClient<IEnvelopeClient>(Name);
        var neutral = services.GetRequiredKeyedService<ILipSyncClient>(Name);

        var created = await native.SendJsonAsync(HttpMethod.Post, "/v2/renders", new System.Text.Json.Nodes.JsonObject { ["script"] = "Hello" }, isIdempotent: false);
        var job = await neutral.WaitForCompletionAsync((string)created["render"]!["ref"]!);

        job.Provider.Should().Be(Name);
        job.Status.Should().Be(JobStatus.Completed);
        job.ProviderStatus.Should().Be("done");
        job.ProgressPercent.Should().Be(100);
        job.OutputUrl!.AbsolutePath.Should().Be("/media/r1.mp4");
        job.CreatedAt.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1_767_225_600));
        emulator.Requests.Should().OnlyContain(r => r.Header("X-Acme-Token") == "Token " + AcmeRenderEmulator.Key);
        services.GetRequiredService<ILipSyncClient>().Provider.Should().Be(Name, "the only configured provider is the default");
    }

    [Fact]
    public async Task Named_http_client_of_the_custom_provider_carries_the_key_handler()
    {
        var (emulator, services, _) = await StartWithDiAsync("acme-voice-http");
        await using var e = emulator;
        await using var s = services;
        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(LipSyncClientFactory.HttpClientName("acme-voice-http"));

        // The named client is the SDK's whole chain: the answer comes back classified, not as a raw 404.
        var act = () => http.GetAsync(new Uri(emulator.BaseAddress, "v2/renders/none"));

        (await act.Should().ThrowAsync<LipSyncNotFoundException>("authenticated by the handler, then the render is missing"))
            .Which.StatusCode.Should().Be(404);
        emulator.Requests.Single().Header("X-Acme-Token").Should().Be("Token " + AcmeRenderEmulator.Key);
    }

    [Fact]
    public async Task Custom_codes_decide_retries_and_wait_hints()
    {
        var (emulator, services, time) = await StartWithDiAsync("acme-voice-retry");
        await using var e = emulator;
        await using var s = services;
        var native = services.GetRequiredService<ILipSyncClientFactory>().GetNativeClient<IEnvelopeClient>("acme-voice-retry");
        emulator.Faults.Enqueue("GET", "/v2/renders", Fault.Respond(503, AcmeRenderEmulator.Error("ENGINE_COLD", "Warming.", 503)));
        emulator.Faults.Enqueue("GET", "/v2/renders", Fault.Respond(429, AcmeRenderEmulator.Error("SLOW_DOWN", "Easy.", 429, waitMs: 3500)));
        await native.SendJsonAsync(HttpMethod.Post, "/v2/renders", new System.Text.Json.Nodes.JsonObject { ["script"] = "x" }, isIdempotent: false);

        await native.GetJsonAsync("/v2/renders/r1");

        time.RecordedDelays.Where(d => d < TimeSpan.FromSeconds(90)).Should().Equal(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3.5));

        emulator.Faults.Enqueue("GET", "/v2/renders", Fault.Respond(500, AcmeRenderEmulator.Error("ENGINE_MELTED", "Call us.", 500), headers: new Dictionary<string, string> { ["x-acme-trace"] = "trace-9" }), times: 4);
        var act = () => native.GetJsonAsync("/v2/renders/r1");
        var error = (await act.Should().ThrowAsync<LipSyncServiceException>()).Which;
        error.Attempts.Should().Be(1, "ENGINE_MELTED is catalogued as not retryable although it is a 500");
        error.RequestId.Should().Be("trace-9");
    }

    [Fact]
    public async Task Error_flag_under_200_and_field_problems_are_classified()
    {
        var (emulator, services, _) = await StartWithDiAsync("acme-voice-flag");
        await using var e = emulator;
        await using var s = services;
        var native = services.GetRequiredService<ILipSyncClientFactory>().GetNativeClient<IEnvelopeClient>("acme-voice-flag");
        emulator.Faults.Enqueue("GET", "/v2/renders", Fault.Respond(200, AcmeRenderEmulator.Error("QUOTA_GONE", "No minutes left.", 402)));

        var quota = () => native.GetJsonAsync("/v2/renders/r1");
        (await quota.Should().ThrowAsync<LipSyncQuotaExceededException>()).Which.StatusCode.Should().Be(200);

        var invalid = () => native.SendJsonAsync(HttpMethod.Post, "/v2/renders", new System.Text.Json.Nodes.JsonObject(), isIdempotent: false);
        var validation = (await invalid.Should().ThrowAsync<LipSyncValidationException>()).Which;
        validation.FieldErrors.Should().Equal(new LipSyncFieldError("script", "is required"));
    }

    [Fact]
    public async Task Failed_render_maps_its_fault_through_the_custom_catalogue()
    {
        var (emulator, services, _) = await StartWithDiAsync("acme-voice-fail");
        await using var e = emulator;
        await using var s = services;
        emulator.BreakNextRender("ENGINE_COLD");
        var native = services.GetRequiredService<ILipSyncClientFactory>().GetNativeClient<IEnvelopeClient>("acme-voice-fail");
        await native.SendJsonAsync(HttpMethod.Post, "/v2/renders", new System.Text.Json.Nodes.JsonObject { ["script"] = "x" }, isIdempotent: false);

        var act = () => services.GetRequiredKeyedService<ILipSyncClient>("acme-voice-fail").WaitForCompletionAsync("r1");

        var failure = (await act.Should().ThrowAsync<LipSyncJobFailedException>()).Which;
        failure.Cause.Should().Be(ServiceUnavailable);
        failure.IsRetryable.Should().BeTrue();
        failure.Job.Error!.Message.Should().Be("The render broke.");
    }

    [Fact]
    public void From_envelope_response_classifies_by_the_custom_profile_with_its_own_paths()
    {
        var error = LipSyncErrors.FromEnvelopeResponse(AcmeProfile("acme-voice-static"), 200,
            AcmeRenderEmulator.Error("NEW_THING", "Unknown to the catalogue.", 503, waitMs: 2500),
            [new("x-acme-trace", ["trace-1"])]);

        error.Provider.Should().Be("acme-voice-static");
        error.Kind.Should().Be(ServiceUnavailable, "an unknown code under 200 falls back to the body's own status");
        error.IsRetryable.Should().BeTrue();
        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(2.5));
        error.RequestId.Should().Be("trace-1");
        error.Message.Should().Contain("Unknown to the catalogue.");
        LipSyncErrors.Providers.Should().Contain(["breeze", "audiospliter"]).And.NotContain("acme-voice-static", "nothing is registered process-wide");
    }

    [Fact]
    public async Task A_provider_added_to_one_container_is_unknown_to_another_and_to_the_process()
    {
        var (emulator, withAcme, _) = await StartWithDiAsync("acme-voice-isolated");
        await using var _ = emulator;
        await using var __ = withAcme;
        var services = new ServiceCollection();
        services.AddLipSyncClient(o => o.AddProvider("sync", p => p.ApiKey = "sk-other-container"));
        await using var other = services.BuildServiceProvider();

        withAcme.GetRequiredService<ILipSyncClientFactory>().GetClient("acme-voice-isolated").Should().NotBeNull();
        var act = () => other.GetRequiredService<ILipSyncClientFactory>().GetClient("acme-voice-isolated");
        act.Should().Throw<ArgumentException>().WithMessage("*Unknown provider 'acme-voice-isolated'*");
        var fromResponse = () => LipSyncErrors.FromResponse("acme-voice-isolated", 500, null);
        fromResponse.Should().Throw<ArgumentException>().WithMessage("*FromEnvelopeResponse*");
        using var factory = new LipSyncClientFactory(new LipSyncOptions { DefaultProvider = "sync", Providers = { ["sync"] = new() { ApiKey = "sk-standalone" } } });
        var standalone = () => factory.GetClient("acme-voice-isolated");
        standalone.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Profile_binds_from_configuration()
    {
        const string json = """
        {
          "Name": "acme-voice-config",
          "BaseAddress": "https://api.acme-voice.example",
          "ApiKeyHeader": "X-Acme-Token",
          "ApiKeyPrefix": "Token ",
          "RequestIdHeaders": [ "x-acme-trace" ],
          "ErrorFlagPath": "result",
          "ErrorFlagValue": "error",
          "ErrorLayout": {
            "CodePaths": [ "failure.reason" ],
            "MessagePaths": [ "failure.text" ],
            "RetryAfterMillisecondsPaths": [ "failure.wait_ms" ],
            "FieldErrorsPath": "failure.problems",
            "FieldErrorFieldName": "name",
            "FieldErrorMessageName": "why"
          },
          "Codes": [
            { "Code": "QUOTA_GONE", "Kind": "QuotaExceeded", "IsRetryable": false, "Status": 402, "Message": "Used up." },
            { "Code": "SLOW_DOWN", "Kind": "RateLimited", "IsRetryable": true, "Status": 429, "Message": "Too many." }
          ],
          "Jobs": {
            "PathTemplate": "/v2/renders/{id}",
            "IdPath": "render.ref",
            "StatusPath": "render.phase",
            "Statuses": { "waiting": "Pending", "done": "Completed", "broken": "Failed" }
          }
        }
        """;
        var section = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
        var services = new ServiceCollection();

        services.AddLipSyncEnvelopeProvider(section);
        using var provider = services.BuildServiceProvider();
        var profile = provider.GetRequiredService<ProviderRegistry>().Get("acme-voice-config").ErrorProfile;
        LipSyncException Classify(int status, string body) => ErrorClassifier.Classify(
            profile, status, Encoding.UTF8.GetBytes(body), "application/json", null, DateTimeOffset.UnixEpoch, SecretRedactor.None);

        var error = Classify(400, AcmeRenderEmulator.Error("SLOW_DOWN", "Easy.", 429, waitMs: 800, problems: ("a", "b")));
        error.Should().BeOfType<LipSyncRateLimitException>();
        error.IsRetryable.Should().BeTrue();
        error.RetryAfter.Should().Be(TimeSpan.FromMilliseconds(800));
        Classify(200, AcmeRenderEmulator.Error("QUOTA_GONE", "x", 402)).Kind.Should().Be(QuotaExceeded);
        services.Should().Contain(d => d.IsKeyedService && Equals(d.ServiceKey, "acme-voice-config"));
    }

    [Fact]
    public void An_invalid_profile_lists_every_problem()
    {
        var act = () => new LipSyncClientFactory(new LipSyncOptions(), [new EnvelopeProfile { Jobs = new EnvelopeJobLayout { PathTemplate = "/jobs" } }]);

        act.Should().Throw<ArgumentException>().Which.Message.Should()
            .Contain("Name is required").And.Contain("BaseAddress").And.Contain("CodePaths").And.Contain("{id}");
    }
}
