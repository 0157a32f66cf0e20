using System.Globalization;
using System.Text.Json.Nodes;
using LipSync.Sdk.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LipSync.Sdk.Tests.Envelope;

/// <summary>
/// An invented envelope API for the custom-profile tests, unlike Breeze and AudioSpliter on every axis: key in
/// <c>X-Acme-Token: Token …</c>, errors as <c>{"result": "error", "failure": {"reason", "text", "wait_ms", "http",
/// "problems": [{"name", "why"}]}}</c> (also under 200), request id in <c>x-acme-trace</c>, and renders whose state
/// sits under <c>render.phase</c> (<c>waiting</c> → <c>rendering</c> → <c>done</c> | <c>broken</c>).
/// </summary>
internal sealed class AcmeRenderEmulator : LoopbackEmulator
{
    public const string Key = "acme-secret-token-42";
    private readonly Lock _lock = new();
    private readonly Dictionary<string, (int Polls, string? Failure)> _renders = [];
    private string? _nextFailure;

    private AcmeRenderEmulator()
        : base(new LoopbackEmulatorOptions { ApiKey = Key })
    {
    }

    public int PollsUntilDone { get; set; } = 2;

    public static Task<AcmeRenderEmulator> StartAsync() => StartAsync(new AcmeRenderEmulator(), CancellationToken.None);

    public static string Error(string reason, string text, int http, int? waitMs = null, params (string Name, string Why)[] problems)
    {
        var failure = new JsonObject { ["reason"] = reason, ["text"] = text, ["http"] = http };
        if (waitMs is { } wait)
        {
            failure["wait_ms"] = wait;
        }

        if (problems.Length > 0)
        {
            failure["problems"] = new JsonArray([.. problems.Select(p => (JsonNode)new JsonObject { ["name"] = p.Name, ["why"] = p.Why })]);
        }

        return new JsonObject { ["result"] = "error", ["failure"] = failure }.ToJsonString();
    }

    public void BreakNextRender(string reason) => _nextFailure = reason;

    protected override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/v2/renders", async context =>
        {
            var (ok, json) = await TryReadJsonAsync(context);
            if (!ok || json?["script"] is null)
            {
                await Respond(context, 400, Error("BAD_INPUT", "The render needs a script.", 400, problems: ("script", "is required")));
                return;
            }

            string id;
            lock (_lock)
            {
                id = "r" + (_renders.Count + 1).ToString(CultureInfo.InvariantCulture);
                _renders[id] = (0, _nextFailure);
                _nextFailure = null;
            }

            await WriteJsonAsync(context, 202, Render(id, "waiting", 0, null));
        });
        endpoints.MapGet("/v2/renders/{id}", async context =>
        {
            var id = (string)context.Request.RouteValues["id"]!;
            JsonObject? body = null;
            lock (_lock)
            {
                if (_renders.TryGetValue(id, out var render))
                {
                    render.Polls++;
                    _renders[id] = render;
                    body = render.Polls >= PollsUntilDone
                        ? Render(id, render.Failure is null ? "done" : "broken", 100, render.Failure)
                        : Render(id, "rendering", render.Polls * 100 / PollsUntilDone, null);
                }
            }

            if (body is null)
            {
                await Respond(context, 404, Error("RENDER_MISSING", "No such render.", 404));
                return;
            }

            await WriteJsonAsync(context, 200, body);
        });
    }

    protected override string? GetPresentedApiKey(HttpRequest request)
    {
        var value = request.Headers["X-Acme-Token"].ToString();
        return value.StartsWith("Token ", StringComparison.Ordinal) ? value["Token ".Length..] : null;
    }

    protected override Task WriteUnauthorizedAsync(HttpContext context) => Respond(context, 401, Error("WHO_ARE_YOU", "Bad token.", 401));

    private static Task Respond(HttpContext context, int status, string body)
    {
        context.Response.Headers["x-acme-trace"] = "trace-" + Guid.NewGuid().ToString("N")[..8];
        return WriteJsonAsync(context, status, JsonNode.Parse(body));
    }

    private JsonObject Render(string id, string phase, int pct, string? failure)
    {
        var render = new JsonObject { ["ref"] = id, ["phase"] = phase, ["pct"] = pct, ["born"] = 1_767_225_600 };
        if (phase == "done")
        {
            render["media"] = new JsonObject { ["href"] = new Uri(BaseAddress, $"media/{id}.mp4").ToString() };
        }

        if (failure is not null)
        {
            render["fault"] = new JsonObject { ["reason"] = failure, ["text"] = "The render broke." };
        }

        return new JsonObject { ["render"] = render };
    }
}
