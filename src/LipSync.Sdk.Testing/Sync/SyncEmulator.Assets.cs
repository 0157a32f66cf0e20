using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace LipSync.Sdk.Testing;

// POST /v2/assets/upload, PUT {presigned}, POST /v2/assets, GET /v2/assets/{id} (sync.md §6). The presigned URL lives
// on this same server under /uploads/ (no key required, like S3), so tests can assert the SDK never sends the key there.
public sealed partial class SyncEmulator
{
    private const long MaxUploadBytes = 5L * 1024 * 1024 * 1024;
    private static readonly string[] AssetTypeNames = ["VIDEO", "AUDIO", "IMAGE"];
    private readonly SyncAssetStore _assets = new();

    /// <summary>A snapshot of every presigned upload slot handed out by <c>POST /v2/assets/upload</c>.</summary>
    public IReadOnlyList<SyncUpload> Uploads => _assets.Uploads;

    /// <summary>A snapshot of every asset registered by <c>POST /v2/assets</c>, in registration order.</summary>
    public IReadOnlyList<SyncAsset> Assets => _assets.Assets;

    private async Task HandleCreateUploadAsync(HttpContext context)
    {
        var (parsed, json) = await TryReadJsonAsync(context).ConfigureAwait(false);
        var body = parsed ? json as JsonObject : null;
        var fileName = Text(body?["fileName"]);
        var contentType = Text(body?["contentType"]);
        var size = body?["size"] is JsonValue value && value.TryGetValue<long>(out var s) ? s : -1;
        var messages = new List<string>();
        if (string.IsNullOrEmpty(fileName))
        {
            messages.Add("fileName should not be empty");
        }

        if (string.IsNullOrEmpty(contentType))
        {
            messages.Add("contentType should not be empty");
        }

        if (size is < 0 or > MaxUploadBytes)
        {
            messages.Add("size must be a number between 0 and 5368709120");
        }

        if (messages.Count > 0)
        {
            await WriteValidationErrorAsync(context, messages, SyncEmulatorErrorCodes.GenerationInputValidationFailed).ConfigureAwait(false);
            return;
        }

        var upload = _assets.CreateUpload(fileName!, contentType!, size);
        await WriteJsonAsync(context, StatusCodes.Status201Created, new JsonObject
        {
            // The signature-like query mimics S3; the SDK must pass it through untouched.
            ["uploadUrl"] = new Uri(BaseAddress, $"uploads/{upload.Token}?X-Amz-Signature=emulated&X-Amz-Expires=3600").ToString(),
            ["url"] = FileUrl(upload),
            ["expiresIn"] = 3600,
        }).ConfigureAwait(false);
    }

    // Streams the body through a small buffer, so a 1 GiB upload costs the emulator no memory either.
    private async Task HandleUploadPutAsync(HttpContext context)
    {
        var token = (string)context.Request.RouteValues["token"]!;
        if (_assets.FindUpload(token) is not { } upload)
        {
            await WriteStorageErrorAsync(context, StatusCodes.Status404NotFound, "NoSuchUpload").ConfigureAwait(false);
            return;
        }

        if (!string.Equals(context.Request.ContentType, upload.ContentType, StringComparison.OrdinalIgnoreCase))
        {
            // S3 signs the content type into the presigned URL: another one fails the signature.
            _assets.RecordPut(token, completedBytes: null);
            await WriteStorageErrorAsync(context, StatusCodes.Status403Forbidden, "SignatureDoesNotMatch").ConfigureAwait(false);
            return;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        long received = 0;
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(buffer, context.RequestAborted).ConfigureAwait(false)) > 0)
            {
                received += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        _assets.RecordPut(token, received);
        context.Response.StatusCode = received == upload.DeclaredSize ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        context.Response.Headers.ETag = "\"emulated\"";
    }

    private async Task HandleRegisterAssetAsync(HttpContext context)
    {
        var (parsed, json) = await TryReadJsonAsync(context).ConfigureAwait(false);
        var body = parsed ? json as JsonObject : null;
        var url = Text(body?["url"]);
        var type = Text(body?["type"]);
        if (string.IsNullOrEmpty(url) || type is null || !AssetTypeNames.Contains(type))
        {
            await WriteValidationErrorAsync(
                context, ["url should not be empty", "type must be one of the following values: VIDEO, AUDIO, IMAGE"],
                SyncEmulatorErrorCodes.GenerationInputValidationFailed).ConfigureAwait(false);
            return;
        }

        SyncAsset asset;
        var ours = Uploads.FirstOrDefault(u => string.Equals(FileUrl(u), url, StringComparison.Ordinal));
        if (ours is not null)
        {
            if (ours.PutCount == 0 || ours.ReceivedBytes != ours.DeclaredSize)
            {
                await WriteErrorAsync(context, StatusCodes.Status400BadRequest, "The uploaded file was not found.", "uploaded_file_not_found")
                    .ConfigureAwait(false);
                return;
            }

            asset = _assets.Register(type, url, Text(body?["name"]), ours.ReceivedBytes, "UPLOAD");
        }
        else
        {
            asset = _assets.Register(type, url, Text(body?["name"]), size: null, "URL");
        }

        await WriteJsonAsync(context, StatusCodes.Status201Created, AssetJson(asset)).ConfigureAwait(false);
    }

    private async Task HandleGetAssetAsync(HttpContext context)
    {
        var id = (string)context.Request.RouteValues["id"]!;
        if (_assets.FindAsset(id) is not { } asset)
        {
            await WriteAssetNotFoundAsync(context).ConfigureAwait(false);
            return;
        }

        await WriteJsonAsync(context, StatusCodes.Status200OK, AssetJson(asset)).ConfigureAwait(false);
    }

    private JsonObject AssetJson(SyncAsset asset) => new()
    {
        ["id"] = asset.Id,
        ["createdAt"] = SyncGenerationJson.FormatTimestamp(TimeProvider.GetUtcNow()),
        ["updatedAt"] = SyncGenerationJson.FormatTimestamp(TimeProvider.GetUtcNow()),
        ["type"] = asset.Type,
        ["visibility"] = asset.Shared ? "ORGANIZATION" : "USER",
        ["name"] = asset.Name,
        ["url"] = asset.Url,
        ["size"] = asset.Size,
        ["inputType"] = asset.InputType,
    };

    private string FileUrl(SyncUpload upload) =>
        new Uri(BaseAddress, $"files/{upload.Token}/{Uri.EscapeDataString(upload.FileName)}").ToString();

    private static Task WriteStorageErrorAsync(HttpContext context, int statusCode, string code)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/xml";
        return context.Response.WriteAsync(
            string.Create(CultureInfo.InvariantCulture, $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>{code}</Code></Error>"),
            context.RequestAborted);
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
