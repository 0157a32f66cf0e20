using System.Globalization;
using System.Text.RegularExpressions;

namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// Sync's documented request limits, checked before anything is sent so a doomed request costs no round trip (and no
/// upload). A violation throws the same kind and code Sync would have returned, from <see cref="SyncErrorCatalog"/>.
/// </summary>
public static partial class SyncRequestRules
{
    /// <summary>Longest text-to-speech script: "Text must be less than 5000 characters in one generation" (error reference).</summary>
    public const int MaxTextLength = 5000;

    /// <summary>Longest output base name (<c>outputFileName</c>, sync.md §3.1).</summary>
    public const int MaxOutputFileNameLength = 255;

    /// <summary>Longest audio: "the maximum permitted duration of 300 seconds" (<c>generation_audio_length_exceeded</c>).</summary>
    public static TimeSpan MaxAudioDuration { get; } = TimeSpan.FromSeconds(300);

    /// <summary>Checks a create request's text inputs and output file name.</summary>
    /// <param name="request">The request.</param>
    /// <exception cref="LipSyncValidationException">A rule is broken; nothing was sent.</exception>
    public static void Validate(CreateGenerationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        for (var i = 0; i < request.Input.Count; i++)
        {
            if (request.Input[i]?.Provider?.Script is { Length: > MaxTextLength } script)
            {
                throw LocalFailure("generation_text_length_exceeded", string.Create(CultureInfo.InvariantCulture, $"input[{i}].provider.script"),
                    string.Create(CultureInfo.InvariantCulture, $"The script has {script.Length} characters; Sync allows at most {MaxTextLength}."));
            }
        }

        if (request.OutputFileName is { } name && !OutputFileNamePattern().IsMatch(name))
        {
            throw LocalFailure("generation_input_validation_failed", "outputFileName",
                $"outputFileName must be 1-{MaxOutputFileNameLength} characters of [A-Za-z0-9_-], without an extension (Sync appends .mp4).");
        }
    }

    /// <summary>
    /// Checks a neutral request before any upload: the audio's known duration, the files still there, and
    /// <see cref="LipSyncRequest.Model"/> one of <see cref="SyncModels.All"/>. A model newer than this SDK is refused
    /// here with Sync's own code (<c>generation_unsupported_model</c>), so a typo never costs an upload; the native
    /// <see cref="ISyncClient.CreateGenerationAsync"/> sends any model name and lets Sync decide.
    /// </summary>
    /// <param name="request">The neutral request.</param>
    /// <exception cref="LipSyncValidationException">A rule is broken; nothing was sent.</exception>
    /// <exception cref="FileNotFoundException">A file input does not exist (any more); nothing was sent.</exception>
    internal static void ValidateNeutral(LipSyncRequest request)
    {
        ValidateAudioDuration(request.Audio?.Duration);
        request.ThrowIfFilesMissing();
        if (request.Model is { } model && !SyncModels.All.Contains(model, StringComparer.Ordinal))
        {
            throw LocalFailure("generation_unsupported_model", "model",
                $"\"{model}\" is not a Sync model ({string.Join(", ", SyncModels.All)}); newer models can be sent through ISyncClient.CreateGenerationAsync.");
        }
    }

    /// <summary>Checks a known audio duration against <see cref="MaxAudioDuration"/>.</summary>
    /// <param name="duration">The audio's duration, when known (null passes).</param>
    /// <param name="field">The field to name in the error.</param>
    /// <exception cref="LipSyncValidationException">The audio is too long; nothing was sent.</exception>
    public static void ValidateAudioDuration(TimeSpan? duration, string field = "audio")
    {
        if (duration is { } length && length > MaxAudioDuration)
        {
            throw LocalFailure("generation_audio_length_exceeded", field,
                string.Create(CultureInfo.InvariantCulture, $"The audio lasts {length.TotalSeconds:0.###} s; Sync allows at most {MaxAudioDuration.TotalSeconds:0} s."));
        }
    }

    /// <summary>The exception Sync would have answered with <paramref name="code"/>, raised locally.</summary>
    internal static LipSyncValidationException LocalFailure(string code, string? field, string detail, IReadOnlyList<LipSyncFieldError>? fieldErrors = null)
    {
        SyncErrorCatalog.Catalog.TryGet(code, out var entry);
        var kind = entry?.Kind ?? LipSyncErrorKind.InvalidRequest;
        return (LipSyncValidationException)LipSyncExceptionFactory.Create(
            kind is LipSyncErrorKind.InvalidMedia ? kind : LipSyncErrorKind.InvalidRequest,
            $"{SyncErrorCatalog.ProviderName}: {entry?.Message ?? code} {detail} (checked locally; nothing was sent)",
            isRetryable: false, SyncErrorCatalog.ProviderName, statusCode: null, errorCode: code,
            fieldErrors: fieldErrors ?? [new LipSyncFieldError(field, detail)]);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,255}$")]
    private static partial Regex OutputFileNamePattern();
}
