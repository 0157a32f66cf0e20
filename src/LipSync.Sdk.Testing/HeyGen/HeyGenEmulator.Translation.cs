using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace LipSync.Sdk.Testing;

// /v3/video-translations: create (one job per output language), status and languages (HeyGen's official CLI,
// gen/video-translate.go). A translation runs like a lipsync: pending → running → completed|failed.
public sealed partial class HeyGenEmulator
{
    /// <summary>The target languages <c>GET /v3/video-translations/languages</c> lists (names as HeyGen spells them).</summary>
    public static IReadOnlyList<string> TranslationLanguages { get; } =
        ["English", "Spanish (Spain)", "French (France)", "German (Germany)", "Japanese", "Chinese (Cantonese, Traditional)"];

    private async Task HandleCreateTranslationAsync(HttpContext context)
    {
        var (key, request) = await ReadCreateAsync(context).ConfigureAwait(false);
        if (request is null)
        {
            return;
        }

        var languageProblem = CheckLanguages(request, out var languages);
        var problem = CheckMedia(request, "video")
            ?? (request["audio"] is null ? null : CheckMedia(request, "audio"))
            ?? CheckMode(request)
            ?? languageProblem;
        if (problem is { } invalid)
        {
            await WriteV3ErrorAsync(context, invalid.Status, invalid.Code, invalid.Message, invalid.Param).ConfigureAwait(false);
            return;
        }

        var (status, body, replayed) = _store.Idempotent("POST /v3/video-translations", key, request, () =>
        {
            var ids = new JsonArray();
            foreach (var language in languages)
            {
                ids.Add(_store.Create(HeyGenJobKind.VideoTranslation, request, key, outputLanguage: language));
            }

            return (200, new JsonObject { ["data"] = new JsonObject { ["video_translation_ids"] = ids } });
        });
        await WriteCreatedAsync(context, status, body, replayed).ConfigureAwait(false);
    }

    private async Task HandleGetTranslationAsync(HttpContext context)
    {
        var json = _store.Poll((string)context.Request.RouteValues["id"]!, kind => kind == HeyGenJobKind.VideoTranslation, RenderTranslation);
        await (json is null
            ? WriteV3ErrorAsync(context, 404, "not_found", "Video translation not found.")
            : WriteDataAsync(context, 200, json)).ConfigureAwait(false);
    }

    private static Task HandleTranslationLanguagesAsync(HttpContext context) =>
        WriteDataAsync(context, 200, new JsonObject { ["languages"] = new JsonArray(TranslationLanguages.Select(l => (JsonNode?)JsonValue.Create(l)).ToArray()) });

    // output_languages is required and must name languages the languages endpoint lists.
    private static (int Status, string Code, string Message, string Param)? CheckLanguages(JsonObject request, out List<string> languages)
    {
        languages = [];
        if (request["output_languages"] is not JsonArray { Count: > 0 } array)
        {
            return (400, "invalid_parameter", "output_languages is required", "output_languages");
        }

        foreach (var item in array)
        {
            if (item is not JsonValue value || value.GetValueKind() != JsonValueKind.String || !TranslationLanguages.Contains(value.GetValue<string>()))
            {
                return (400, "invalid_parameter", $"unsupported output language: {item?.ToJsonString()}", "output_languages");
            }

            languages.Add(value.GetValue<string>());
        }

        return null;
    }

    private static JsonObject RenderTranslation(HeyGenJobStore.JobView job) => new()
    {
        ["id"] = job.Id,
        ["status"] = job.Status,
        ["title"] = job.Title,
        ["input_language"] = job.Request is { } request ? Text(request, "input_language") ?? "English" : null,
        ["output_language"] = job.OutputLanguage,
        ["video_url"] = job.OutputUrl,
        ["audio_url"] = null,
        ["srt_caption_url"] = null,
        ["vtt_caption_url"] = null,
        ["duration"] = job.Duration,
        ["created_at"] = job.CreatedAt.ToUnixTimeSeconds(),
        ["failure_message"] = job.FailureMessage,
        ["callback_id"] = job.CallbackId,
        ["translate_audio_only"] = job.Request?["translate_audio_only"]?.GetValueKind() == JsonValueKind.True,
    };
}
