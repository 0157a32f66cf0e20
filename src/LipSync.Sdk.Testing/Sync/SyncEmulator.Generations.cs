using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace LipSync.Sdk.Testing;

// POST /v2/generate and GET /v2/generate/{id} (sync.md §3.1, §3.3, §9).
public sealed partial class SyncEmulator
{
    private const string IdempotencyKeyHeaderName = "Idempotency-Key";
    private const int DefaultWaitTimeoutSeconds = 5;

    private async Task HandleCreateAsync(HttpContext context)
    {
        // The key is checked before the body, as a malformed key is rejected whatever the request says.
        var keyValues = context.Request.Headers[IdempotencyKeyHeaderName];
        string? idempotencyKey = null;
        if (keyValues.Count > 0)
        {
            if (keyValues.Count > 1 || !IdempotencyKeyPattern().IsMatch(keyValues[0] ?? string.Empty))
            {
                await WriteErrorAsync(
                    context,
                    StatusCodes.Status400BadRequest,
                    "Idempotency-Key must be a single header of 1-128 characters from [A-Za-z0-9._~-].",
                    SyncEmulatorErrorCodes.InvalidIdempotencyKey).ConfigureAwait(false);
                return;
            }

            idempotencyKey = keyValues[0];
        }

        if (context.Request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true)
        {
            await WriteErrorAsync(context, StatusCodes.Status415UnsupportedMediaType, "The Sync emulator only supports JSON create requests.")
                .ConfigureAwait(false);
            return;
        }

        var request = await ReadValidRequestAsync(context).ConfigureAwait(false);
        if (request is null)
        {
            return;
        }

        var (outcome, generation) = _store.Create(request, idempotencyKey);
        switch (outcome)
        {
            case SyncCreateOutcome.KeyReused:
                await WriteErrorAsync(
                    context,
                    StatusCodes.Status422UnprocessableEntity,
                    "Idempotency-Key has already been used with a different request body.",
                    SyncEmulatorErrorCodes.IdempotencyKeyReused).ConfigureAwait(false);
                break;

            case SyncCreateOutcome.ConcurrencyLimited:
                await WriteConcurrencyLimitedAsync(context, generation).ConfigureAwait(false);
                break;

            case SyncCreateOutcome.Replayed:
                // Same status as the original create; the header lets tests tell a replay from a new job.
                context.Response.Headers["Idempotent-Replayed"] = "true";
                await WriteJsonAsync(context, StatusCodes.Status201Created, generation).ConfigureAwait(false);
                break;

            default:
                // The job runs whether or not the client reads the answer (a client timeout aborts the write): started
                // after the write, a failed write would leave it PENDING forever, counted against the plan.
                ScheduleClockFinish(generation!["id"]!.GetValue<string>());
                await WriteJsonAsync(context, StatusCodes.Status201Created, generation).ConfigureAwait(false);
                break;
        }
    }

    private async Task HandleGetAsync(HttpContext context)
    {
        var id = (string)context.Request.RouteValues["id"]!;
        var query = context.Request.Query;

        var wait = false;
        if (query.TryGetValue("wait", out var waitValue) && !bool.TryParse(waitValue.ToString(), out wait))
        {
            await WriteValidationErrorAsync(context, ["wait must be a boolean value"], errorCode: null).ConfigureAwait(false);
            return;
        }

        var timeoutSeconds = DefaultWaitTimeoutSeconds;
        if (query.TryGetValue("timeout", out var timeoutValue)
            && (!int.TryParse(timeoutValue.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out timeoutSeconds)
                || timeoutSeconds is < 1 or > 10))
        {
            await WriteValidationErrorAsync(context, ["timeout must be an integer between 1 and 10"], errorCode: null).ConfigureAwait(false);
            return;
        }

        var includeProgress = query["include"].SelectMany(v => (v ?? string.Empty).Split(','))
            .Any(v => string.Equals(v.Trim(), "progress", StringComparison.Ordinal));
        if (wait && includeProgress)
        {
            await WriteValidationErrorAsync(context, ["include=progress cannot be combined with wait=true"], errorCode: null).ConfigureAwait(false);
            return;
        }

        var generation = _store.Poll(id, includeProgress);
        if (generation is null)
        {
            await WriteErrorAsync(context, StatusCodes.Status404NotFound, "Generation not found", SyncEmulatorErrorCodes.GenerationNotFound)
                .ConfigureAwait(false);
            return;
        }

        if (wait)
        {
            if (_holdLongPolls)
            {
                generation = await HoldUntilTerminalAsync(id, TimeSpan.FromSeconds(timeoutSeconds), context.RequestAborted).ConfigureAwait(false)
                    ?? generation;
            }

            context.Response.Headers["Retry-After"] = "2";
            context.Response.Headers["X-Sync-Wait-Mode"] = "long_poll";
            context.Response.Headers["X-Sync-Wait-Timeout-Seconds"] = timeoutSeconds.ToString(CultureInfo.InvariantCulture);
        }

        await WriteJsonAsync(context, StatusCodes.Status200OK, generation).ConfigureAwait(false);
    }

    // Waits (real time, like the real server) until the job is terminal or the timeout passes; on timeout the
    // non-terminal generation is returned with 200, as documented.
    private async Task<JsonObject?> HoldUntilTerminalAsync(string id, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        while (_store.Watch(id) is { } watch && !SyncStatuses.IsTerminal(watch.Status))
        {
            var remaining = timeout - Stopwatch.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                break;
            }

            await Task.WhenAny(watch.Changed, Task.Delay(remaining, cancellationToken)).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }

        return _store.Render(id, includeProgress: false);
    }

    // Reads and validates a CreateGenerationDto; writes the 400 and returns null when it is invalid.
    private static async Task<JsonObject?> ReadValidRequestAsync(HttpContext context)
    {
        var (parsed, json) = await TryReadJsonAsync(context).ConfigureAwait(false);
        var messages = parsed ? SyncRequestValidator.Validate(json) : ["request body must be valid JSON"];
        if (messages.Count == 0 && SyncModelCatalog.Ids.Contains(json!["model"]!.GetValue<string>()))
        {
            return (JsonObject)json!;
        }

        if (messages.Count == 0)
        {
            // Sync answers a well-formed body naming a model it does not offer with this catalogued code.
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, "The requested model is not supported for this operation.", "generation_unsupported_model")
                .ConfigureAwait(false);
            return null;
        }

        await WriteValidationErrorAsync(context, messages, SyncEmulatorErrorCodes.GenerationInputValidationFailed).ConfigureAwait(false);
        return null;
    }

    [GeneratedRegex("^[A-Za-z0-9._~-]{1,128}$")]
    private static partial Regex IdempotencyKeyPattern();
}
