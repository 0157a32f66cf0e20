using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace LipSync.Sdk.Testing;

// POST /v1/lipsync/generate (JSON) and POST /v1/lipsync/generate-with-media (multipart), notes §A3, §A4, §A7, §A8.
public sealed partial class ChamelaionEmulator
{
    private static readonly TimeSpan RateWindow = TimeSpan.FromMinutes(1);
    private readonly Lock _rateLock = new();
    private readonly Queue<DateTimeOffset> _acceptedGenerations = new();
    private int _rateLimitedCount;

    private async Task HandleGenerateAsync(HttpContext context)
    {
        if (!TryAdmitGeneration())
        {
            await WriteErrorAsync(context, StatusCodes.Status429TooManyRequests, ChamelaionErrorBodies.RateLimitExceeded).ConfigureAwait(false);
            return;
        }

        if (!IsMediaType(context.Request.ContentType, "application/json"))
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, ChamelaionErrorBodies.ContentTypeMustBeJson).ConfigureAwait(false);
            return;
        }

        var (parsed, body) = await TryReadJsonAsync(context).ConfigureAwait(false);
        var draft = new ChamelaionJobState { Source = "generate" };
        var problem = parsed ? ValidateGenerate(body, draft) : ChamelaionErrorBodies.InvalidRequestBody;
        await CreateAsync(context, draft, problem).ConfigureAwait(false);
    }

    private async Task HandleGenerateWithMediaAsync(HttpContext context)
    {
        if (!TryAdmitGeneration())
        {
            await WriteErrorAsync(context, StatusCodes.Status429TooManyRequests, ChamelaionErrorBodies.RateLimitExceeded).ConfigureAwait(false);
            return;
        }

        var boundary = MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type)
            && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
                ? HeaderUtilities.RemoveQuotes(type.Boundary).Value
                : null;
        if (string.IsNullOrEmpty(boundary))
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, ChamelaionErrorBodies.ContentTypeMustBeMultipart).ConfigureAwait(false);
            return;
        }

        var draft = new ChamelaionJobState { Source = "generate-with-media" };
        var problem = await ReadFormAsync(context, boundary, draft).ConfigureAwait(false);
        problem ??= draft.VideoUpload is null ? ChamelaionErrorBodies.VideoFileRequired
            : draft.AudioUpload is null ? ChamelaionErrorBodies.AudioFileRequired
            : draft.Model is not null and not "lipsync-2" ? ChamelaionErrorBodies.ModelMustBeLipsync2
            : null;
        await CreateAsync(context, draft, problem).ConfigureAwait(false);
    }

    private async Task CreateAsync(HttpContext context, ChamelaionJobState draft, string? validationProblem)
    {
        if (validationProblem is not null)
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, validationProblem).ConfigureAwait(false);
            return;
        }

        var id = _store.Create(draft);
        if (id is null)
        {
            await WriteErrorAsync(context, StatusCodes.Status412PreconditionFailed, ChamelaionErrorBodies.TokenLimitReached).ConfigureAwait(false);
            return;
        }

        // "status" is the constant "success" of the create schema, not the job status.
        await WriteJsonAsync(context, StatusCodes.Status200OK, new JsonObject { ["status"] = "success", ["request_id"] = id }).ConfigureAwait(false);
    }

    // A sliding log on the emulator's clock: at most GenerationRateLimit admitted requests in any rolling minute.
    private bool TryAdmitGeneration()
    {
        if (GenerationRateLimit is not { } limit)
        {
            return true;
        }

        var now = TimeProvider.GetUtcNow();
        lock (_rateLock)
        {
            while (_acceptedGenerations.TryPeek(out var oldest) && oldest <= now - RateWindow)
            {
                _acceptedGenerations.Dequeue();
            }

            if (_acceptedGenerations.Count >= limit)
            {
                _rateLimitedCount++;
                return false;
            }

            _acceptedGenerations.Enqueue(now);
            return true;
        }
    }

    private static string? ValidateGenerate(JsonNode? body, ChamelaionJobState draft)
    {
        if (body is not JsonObject request || request["inputs"] is not JsonArray inputs)
        {
            return ChamelaionErrorBodies.InvalidRequestBody;
        }

        if (!TryGetOptionalString(request["reference_id"], out var referenceId) || !TryGetOptionalBool(request["disable_active_speaker_detection"], out var disable))
        {
            return ChamelaionErrorBodies.InvalidRequestBody;
        }

        var videos = new List<string>();
        var audios = new List<string>();
        foreach (var item in inputs)
        {
            if (item is not JsonObject input || !TryGetOptionalString(input["type"], out var kind) || !TryGetOptionalString(input["url"], out var url) || string.IsNullOrEmpty(url))
            {
                return ChamelaionErrorBodies.InvalidRequestBody;
            }

            switch (kind)
            {
                case "video":
                    videos.Add(url);
                    break;
                case "audio":
                    audios.Add(url);
                    break;
                default:
                    return ChamelaionErrorBodies.InputTypeInvalid;
            }
        }

        if (videos.Count != 1)
        {
            return ChamelaionErrorBodies.ExpectedOneVideoInput;
        }

        if (audios.Count != 1)
        {
            return ChamelaionErrorBodies.ExpectedOneAudioInput;
        }

        draft.VideoUrl = videos[0];
        draft.AudioUrl = audios[0];
        draft.ReferenceId = referenceId;
        draft.DisableActiveSpeakerDetection = disable;
        return null;
    }

    // Streams the form: file parts are counted through a small buffer, text parts (small) are read as text.
    private static async Task<string?> ReadFormAsync(HttpContext context, string boundary, ChamelaionJobState draft)
    {
        var reader = new MultipartReader(boundary, context.Request.Body) { BodyLengthLimit = null };
        var buffer = new byte[16 * 1024];
        try
        {
            while (await reader.ReadNextSectionAsync(context.RequestAborted).ConfigureAwait(false) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
                {
                    return ChamelaionErrorBodies.InvalidRequestBody;
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty;
                if (disposition.IsFileDisposition())
                {
                    long length = 0;
                    int read;
                    while ((read = await section.Body.ReadAsync(buffer, context.RequestAborted).ConfigureAwait(false)) > 0)
                    {
                        length += read;
                    }

                    var part = new ChamelaionUploadedPart(name, HeaderUtilities.RemoveQuotes(disposition.FileName).Value, section.ContentType, length);
                    if (name == "video")
                    {
                        draft.VideoUpload = part;
                    }
                    else if (name == "audio")
                    {
                        draft.AudioUpload = part;
                    }

                    continue;
                }

                using var text = new StreamReader(section.Body, Encoding.UTF8);
                var value = await text.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
                switch (name)
                {
                    case "reference_id":
                        draft.ReferenceId = value;
                        break;
                    case "model":
                        draft.Model = value;
                        break;
                    case "disable_active_speaker_detection" when bool.TryParse(value, out var disable):
                        draft.DisableActiveSpeakerDetection = disable;
                        break;
                    case "disable_active_speaker_detection":
                        return ChamelaionErrorBodies.InvalidRequestBody;
                }
            }
        }
        catch (InvalidDataException)
        {
            return ChamelaionErrorBodies.InvalidRequestBody;
        }

        return null;
    }

    private static bool IsMediaType(string? contentType, string expected) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type) && type.MediaType.Equals(expected, StringComparison.OrdinalIgnoreCase);

    private static bool TryGetOptionalString(JsonNode? node, out string? value)
    {
        value = null;
        if (node is null)
        {
            return true;
        }

        if (node is JsonValue json && json.GetValueKind() == JsonValueKind.String)
        {
            value = json.GetValue<string>();
            return true;
        }

        return false;
    }

    private static bool TryGetOptionalBool(JsonNode? node, out bool? value)
    {
        value = null;
        if (node is null)
        {
            return true;
        }

        if (node is JsonValue json && json.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            value = json.GetValue<bool>();
            return true;
        }

        return false;
    }
}
