using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace LipSync.Sdk.Testing;

// /v3/lipsyncs and /v3/videos (provider notes B2–B4) and the legacy /v1/video_status.get (B6).
public sealed partial class HeyGenEmulator
{
    private async Task HandleCreateLipsyncAsync(HttpContext context)
    {
        var (key, request) = await ReadCreateAsync(context).ConfigureAwait(false);
        if (request is null)
        {
            return;
        }

        var problem = CheckMedia(request, "video") ?? CheckMedia(request, "audio") ?? CheckMode(request);
        if (problem is { } invalid)
        {
            await WriteV3ErrorAsync(context, invalid.Status, invalid.Code, invalid.Message, invalid.Param).ConfigureAwait(false);
            return;
        }

        var (status, body, replayed) = _store.Idempotent("POST /v3/lipsyncs", key, request, () =>
        {
            var id = _store.Create(HeyGenJobKind.Lipsync, request, key);
            return (200, new JsonObject { ["data"] = new JsonObject { ["lipsync_id"] = id } });
        });
        await WriteCreatedAsync(context, status, body, replayed).ConfigureAwait(false);
    }

    private async Task HandleCreateVideoAsync(HttpContext context)
    {
        var (key, request) = await ReadCreateAsync(context).ConfigureAwait(false);
        if (request is null)
        {
            return;
        }

        var type = Text(request, "type");
        (string Param, string Message)? problem = type switch
        {
            "avatar" when Text(request, "avatar_id") is null => ("avatar_id", "avatar_id is required for an avatar video"),
            "image" when request["image"] is not JsonObject => ("image", "image is required for an image video"),
            "avatar" or "image" when Text(request, "script") is not null && (Text(request, "audio_url") ?? Text(request, "audio_asset_id")) is not null =>
                ("script", "script cannot be combined with audio_url or audio_asset_id"),
            "avatar" or "image" => null,
            _ => ("type", "type must be one of avatar, image, cinematic_avatar, studio"),
        };
        if (problem is { } invalid)
        {
            await WriteV3ErrorAsync(context, 400, "invalid_parameter", invalid.Message, invalid.Param).ConfigureAwait(false);
            return;
        }

        var (status, body, replayed) = _store.Idempotent("POST /v3/videos", key, request, () =>
        {
            var id = _store.Create(HeyGenJobKind.Video, request, key);
            var format = Text(request, "output_format") ?? "mp4";
            return (200, new JsonObject { ["data"] = new JsonObject { ["video_id"] = id, ["status"] = "waiting", ["output_format"] = format } });
        });
        await WriteCreatedAsync(context, status, body, replayed).ConfigureAwait(false);
    }

    private async Task HandleGetLipsyncAsync(HttpContext context)
    {
        var json = _store.Poll((string)context.Request.RouteValues["id"]!, kind => kind == HeyGenJobKind.Lipsync, RenderLipsync);
        await (json is null
            ? WriteV3ErrorAsync(context, 404, "not_found", "Lipsync not found.")
            : WriteDataAsync(context, 200, json)).ConfigureAwait(false);
    }

    private async Task HandleGetVideoAsync(HttpContext context)
    {
        var json = _store.Poll((string)context.Request.RouteValues["id"]!, kind => kind == HeyGenJobKind.Video, RenderVideo);
        await (json is null
            ? WriteV3ErrorAsync(context, 404, "video_not_found", "Video not found.")
            : WriteDataAsync(context, 200, json)).ConfigureAwait(false);
    }

    private Task HandleListLipsyncsAsync(HttpContext context) => ListAsync(context, HeyGenJobKind.Lipsync, RenderLipsync);

    private Task HandleListVideosAsync(HttpContext context) => ListAsync(context, HeyGenJobKind.Video, RenderVideo);

    private async Task ListAsync(HttpContext context, HeyGenJobKind kind, Func<HeyGenJobStore.JobView, JsonObject> render)
    {
        if (ReadLimit(context) is not { } limit)
        {
            await WriteV3ErrorAsync(context, 400, "invalid_parameter", "limit must be an integer between 1 and 100", "limit").ConfigureAwait(false);
            return;
        }

        var token = context.Request.Query["token"].ToString();
        if (_store.Page(kind, limit, token.Length == 0 ? null : token, render) is not { } page)
        {
            await WriteV3ErrorAsync(context, 400, "invalid_parameter", "token is not valid", "token").ConfigureAwait(false);
            return;
        }

        await WriteJsonAsync(context, 200, new JsonObject
        {
            ["data"] = page.Items,
            ["has_more"] = page.NextToken is not null,
            ["next_token"] = page.NextToken,
        }).ConfigureAwait(false);
    }

    // Serves v3 videos and legacy ids alike, in the v1 envelope; errors are legacy numeric codes.
    private async Task HandleLegacyStatusAsync(HttpContext context)
    {
        var id = context.Request.Query["video_id"].ToString();
        if (id.Length == 0)
        {
            await WriteLegacyErrorAsync(context, 400, "40001", "Missing required input parameters").ConfigureAwait(false);
            return;
        }

        var json = _store.Poll(id, kind => kind is HeyGenJobKind.Video or HeyGenJobKind.LegacyVideo, RenderLegacy);
        if (json is null)
        {
            await WriteLegacyErrorAsync(context, 404, "400114", "Video not found").ConfigureAwait(false);
            return;
        }

        await WriteJsonAsync(context, 200, new JsonObject { ["code"] = 100, ["data"] = json, ["message"] = "Success" }).ConfigureAwait(false);
    }

    private Task WriteLegacyErrorAsync(HttpContext context, int status, string code, string message) =>
        WriteJsonAsync(context, _legacyErrorsAsHttp200 ? 200 : status, HeyGenErrorBodies.Create(HeyGenErrorShape.Legacy, code, message));

    private static JsonObject RenderLipsync(HeyGenJobStore.JobView job) => new()
    {
        ["id"] = job.Id,
        ["status"] = job.Status,
        ["video_url"] = job.OutputUrl,
        ["caption_url"] = null,
        ["duration"] = job.Duration,
        ["created_at"] = Unix(job.CreatedAt),
        ["failure_code"] = job.FailureCode,
        ["failure_message"] = job.FailureMessage,
        ["title"] = job.Title,
        ["callback_id"] = job.CallbackId,
    };

    private static JsonObject RenderVideo(HeyGenJobStore.JobView job) => new()
    {
        ["id"] = job.Id,
        ["status"] = job.Status,
        ["video_url"] = job.OutputUrl,
        ["thumbnail_url"] = null,
        ["duration"] = job.Duration,
        ["created_at"] = Unix(job.CreatedAt),
        ["completed_at"] = job.CompletedAt is { } done ? Unix(done) : null,
        ["title"] = job.Title,
        ["failure_code"] = job.FailureCode,
        ["failure_message"] = job.FailureMessage,
    };

    // data.error.code is an int on the legacy endpoint (docs example 40119).
    private static JsonObject RenderLegacy(HeyGenJobStore.JobView job) => new()
    {
        ["callback_id"] = job.CallbackId,
        ["caption_url"] = null,
        ["duration"] = job.Duration,
        ["error"] = job.FailureCode is null && job.FailureMessage is null ? null : new JsonObject
        {
            ["code"] = long.TryParse(job.FailureCode, out var number) ? JsonValue.Create(number) : JsonValue.Create(job.FailureCode),
            ["detail"] = job.FailureMessage,
            ["message"] = job.FailureMessage,
        },
        ["gif_url"] = null,
        ["id"] = job.Id,
        ["status"] = job.Status,
        ["thumbnail_url"] = null,
        ["video_url"] = job.OutputUrl,
        ["video_url_caption"] = null,
        ["created_at"] = Unix(job.CreatedAt),
    };

    private static async Task WriteCreatedAsync(HttpContext context, int status, JsonObject body, bool replayed)
    {
        if (replayed)
        {
            context.Response.Headers["Idempotent-Replayed"] = "true";
        }

        await WriteJsonAsync(context, status, body).ConfigureAwait(false);
    }

    // Validates the Idempotency-Key and reads a JSON object body; answers the error itself and returns null on failure.
    private static async Task<(string? Key, JsonObject? Request)> ReadCreateAsync(HttpContext context)
    {
        var (keyValid, key) = await ReadIdempotencyKeyAsync(context).ConfigureAwait(false);
        if (!keyValid)
        {
            return (null, null);
        }

        var (parsed, json) = await TryReadJsonAsync(context).ConfigureAwait(false);
        if (!parsed || json is not JsonObject request)
        {
            await WriteV3ErrorAsync(context, 400, "invalid_parameter", "The request body must be a JSON object.").ConfigureAwait(false);
            return (null, null);
        }

        return (key, request);
    }

    // The optional Idempotency-Key: absent (null), valid, or answered with 400 here (Valid false).
    private static async Task<(bool Valid, string? Key)> ReadIdempotencyKeyAsync(HttpContext context)
    {
        var keys = context.Request.Headers[IdempotencyKeyHeaderName];
        if (keys.Count == 0)
        {
            return (true, null);
        }

        if (keys.Count > 1 || !IdempotencyKeyPattern().IsMatch(keys[0] ?? string.Empty))
        {
            await WriteV3ErrorAsync(context, 400, "invalid_parameter", "Idempotency-Key must be 1-255 characters from [A-Za-z0-9_:.-].", "Idempotency-Key")
                .ConfigureAwait(false);
            return (false, null);
        }

        return (true, keys[0]);
    }

    private (int Status, string Code, string Message, string Param)? CheckMedia(JsonObject request, string field)
    {
        if (request[field] is not JsonObject media)
        {
            return (400, "invalid_parameter", $"{field} is required", field);
        }

        return Text(media, "type") switch
        {
            "url" when !Uri.TryCreate(Text(media, "url"), UriKind.Absolute, out var url) || (url.Scheme != "https" && url.Scheme != "http") =>
                (400, "invalid_parameter", $"not a valid URL: {Text(media, "url")}", field + ".url"),
            "url" => null,
            "asset_id" when Text(media, "asset_id") is not { } asset => (400, "invalid_parameter", "asset_id is required", field + ".asset_id"),
            "asset_id" when !_store.IsUsableAsset(Text(media, "asset_id")!) => (404, "asset_not_found", $"Asset not found: {Text(media, "asset_id")}", field + ".asset_id"),
            "asset_id" => null,
            _ => (400, "invalid_parameter", $"{field}.type must be url or asset_id", field + ".type"),
        };
    }

    // mode is an enum of two (B4: speed|precision); anything else, such as a Sync model name, is a parameter error.
    private static (int Status, string Code, string Message, string Param)? CheckMode(JsonObject request) =>
        request["mode"] is null || Text(request, "mode") is "speed" or "precision"
            ? null
            : (400, "invalid_parameter", "mode must be one of speed, precision", "mode");

    private static string? Text(JsonObject json, string name) =>
        json[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    [GeneratedRegex("^[A-Za-z0-9_:.-]{1,255}$")]
    private static partial Regex IdempotencyKeyPattern();
}
