using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace LipSync.Sdk.Testing;

// POST /v3/assets (multipart, ≤ 32 MB) and the direct-upload flow (provider notes B7). File bytes are counted as they
// stream through, never held in memory (turn RecordBodies off for large uploads so the base class does not keep them).
public sealed partial class HeyGenEmulator
{
    private const long MaxDirectUploadBytes = 5L * 1024 * 1024 * 1024;

    private async Task HandleUploadAssetAsync(HttpContext context)
    {
        var key = context.Request.Headers[IdempotencyKeyHeaderName].ToString();
        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            await WriteV3ErrorAsync(context, 400, "invalid_parameter", "The upload must be multipart/form-data with a file field.", "file").ConfigureAwait(false);
            return;
        }

        var reader = new MultipartReader(boundary, context.Request.Body);
        while (await reader.ReadNextSectionAsync(context.RequestAborted).ConfigureAwait(false) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || disposition.Name.Value?.Trim('"') != "file")
            {
                continue;
            }

            var size = await CountAsync(section.Body, _maxAssetBytes, context.RequestAborted).ConfigureAwait(false);
            if (size > _maxAssetBytes)
            {
                await WriteV3ErrorAsync(context, 413, "payload_too_large", "File exceeds the 32 MB limit; use /v3/assets/direct-uploads.", "file").ConfigureAwait(false);
                return;
            }

            var fileName = HeaderUtilities.RemoveQuotes(disposition.FileName).Value ?? "upload";
            var mime = section.ContentType ?? "application/octet-stream";
            var (status, body, replayed) = _store.Idempotent("POST /v3/assets", key.Length == 0 ? null : key, new JsonObject { ["name"] = fileName, ["size"] = size }, () =>
                (200, new JsonObject { ["data"] = AssetJson(_store.AddAsset(fileName, mime, size, direct: false, completed: true)) }));
            await WriteCreatedAsync(context, status, body, replayed).ConfigureAwait(false);
            return;
        }

        await WriteV3ErrorAsync(context, 400, "invalid_parameter", "file is required", "file").ConfigureAwait(false);
    }

    private async Task HandleCreateDirectUploadAsync(HttpContext context)
    {
        var (key, request) = await ReadCreateAsync(context).ConfigureAwait(false);
        if (request is null)
        {
            return;
        }

        var fileName = Text(request, "filename");
        var contentType = Text(request, "content_type");
        var size = request["size_bytes"] is JsonValue value && value.TryGetValue<long>(out var declared) ? declared : -1;
        var problem = fileName is null ? "filename" : contentType is null ? "content_type" : size is < 1 or > MaxDirectUploadBytes ? "size_bytes" : null;
        if (problem is not null)
        {
            await WriteV3ErrorAsync(context, 400, "invalid_parameter", $"{problem} is missing or invalid", problem).ConfigureAwait(false);
            return;
        }

        var (status, body, replayed) = _store.Idempotent("POST /v3/assets/direct-uploads", key, request, () =>
        {
            var asset = _store.AddAsset(fileName!, contentType!, size, direct: true, completed: false);
            return (200, new JsonObject
            {
                ["data"] = new JsonObject
                {
                    ["asset_id"] = asset.AssetId,
                    ["upload_url"] = new Uri(BaseAddress, $"uploads/{asset.AssetId}?X-Amz-Signature=emulated").ToString(),
                    ["upload_headers"] = new JsonObject { ["Content-Type"] = contentType },
                    ["max_bytes"] = MaxDirectUploadBytes,
                    ["expires_in_seconds"] = 3600,
                    ["status"] = "pending_upload",
                },
            });
        });
        await WriteCreatedAsync(context, status, body, replayed).ConfigureAwait(false);
    }

    private async Task HandlePutDirectUploadAsync(HttpContext context)
    {
        var id = (string)context.Request.RouteValues["id"]!;
        var size = await CountAsync(context.Request.Body, long.MaxValue, context.RequestAborted).ConfigureAwait(false);
        if (!_store.RecordUpload(id, size))
        {
            // S3 answers in XML; the SDK must cope with a non-JSON error here.
            context.Response.StatusCode = 403;
            context.Response.ContentType = "application/xml";
            await context.Response.WriteAsync("<Error><Code>AccessDenied</Code><Message>Unknown upload</Message></Error>", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = 200;
    }

    private async Task HandleCompleteDirectUploadAsync(HttpContext context)
    {
        var id = (string)context.Request.RouteValues["id"]!;
        switch (_store.Complete(id))
        {
            case null:
                await WriteV3ErrorAsync(context, 404, "asset_not_found", $"Asset not found: {id}").ConfigureAwait(false);
                break;
            case { Complete: false }:
                await WriteV3ErrorAsync(context, 400, "validation_error", "The uploaded bytes do not match size_bytes.", "size_bytes").ConfigureAwait(false);
                break;
            case { Asset: var asset }:
                await WriteDataAsync(context, 200, AssetJson(asset)).ConfigureAwait(false);
                break;
        }
    }

    private JsonObject AssetJson(HeyGenEmulatorAsset asset) => new()
    {
        ["asset_id"] = asset.AssetId,
        ["url"] = new Uri(BaseAddress, $"assets/{asset.AssetId}").ToString(),
        ["mime_type"] = asset.MimeType,
        ["size_bytes"] = asset.SizeBytes,
    };

    // Reads and discards, counting; stops early once past the limit (the base class drains the rest).
    private static async Task<long> CountAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
            if (total > limit)
            {
                break;
            }
        }

        return total;
    }
}
