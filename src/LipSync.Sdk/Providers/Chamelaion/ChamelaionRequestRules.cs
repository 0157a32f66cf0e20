using System.Globalization;

namespace LipSync.Sdk.Providers.Chamelaion;

/// <summary>
/// Chamelaion's documented request rules (error-handling guide, 400 tables), checked before anything is sent — before
/// the reference-id lookup, the rate-limit permit and any upload — so a doomed request costs no round trip. A
/// violation throws the kind and code Chamelaion's own 400 would have produced through
/// <see cref="ChamelaionErrorCatalog"/> (the same as <see cref="LipSyncErrors.FromResponse"/> gives for that body).
/// </summary>
public static class ChamelaionRequestRules
{
    /// <summary>Checks the inputs of <c>POST /v1/lipsync/generate</c>: each a <c>video</c> or <c>audio</c> with a URL, exactly one of each.</summary>
    /// <param name="request">The request.</param>
    /// <exception cref="LipSyncValidationException">A rule is broken; nothing was sent.</exception>
    public static void Validate(GenerateRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var inputs = request.Inputs ?? [];
        int videos = 0, audios = 0;

        // The server's order: each item's type first, then the video count, then the audio count.
        for (var i = 0; i < inputs.Count; i++)
        {
            var field = string.Create(CultureInfo.InvariantCulture, $"inputs[{i}]");
            var input = inputs[i] ?? throw Failure("invalid request body", field, "The input is null.");
            if (string.IsNullOrWhiteSpace(input.Url))
            {
                // "url" is a required string (uri) in the schema; the JSON does not match it.
                throw Failure("invalid request body", field + ".url", "Every input needs a URL.");
            }

            switch (input.Type)
            {
                case MediaInputTypes.Video:
                    videos++;
                    break;
                case MediaInputTypes.Audio:
                    audios++;
                    break;
                default:
                    throw Failure("input type must be \"video\" or \"audio\"", field + ".type", $"The type is \"{input.Type}\".");
            }
        }

        if (videos != 1)
        {
            throw Failure("expected exactly one video input", "inputs", string.Create(CultureInfo.InvariantCulture, $"The request has {videos} video inputs."));
        }

        if (audios != 1)
        {
            throw Failure("expected exactly one audio input", "inputs", string.Create(CultureInfo.InvariantCulture, $"The request has {audios} audio inputs."));
        }
    }

    /// <summary>Checks the form of <c>POST /v1/lipsync/generate-with-media</c>: the optional <c>model</c> may only be <c>lipsync-2</c>.</summary>
    /// <param name="request">The request.</param>
    /// <exception cref="LipSyncValidationException">A rule is broken; nothing was sent.</exception>
    /// <exception cref="FileNotFoundException">A file input does not exist (any more); nothing was sent.</exception>
    public static void Validate(GenerateWithMediaRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Video?.ThrowIfFileMissing();
        request.Audio?.ThrowIfFileMissing();
        ValidateModel(request.Model);
    }

    /// <summary>Checks a model name: null (the default) or <see cref="ChamelaionModels.Lipsync2"/>, the only value the API reference accepts.</summary>
    /// <param name="model">The model, or null.</param>
    /// <exception cref="LipSyncValidationException">Another model; nothing was sent.</exception>
    public static void ValidateModel(string? model)
    {
        if (model is not null && !string.Equals(model, ChamelaionModels.Lipsync2, StringComparison.Ordinal))
        {
            throw Failure("model must be \"lipsync-2\"", "model", $"The model is \"{model}\".");
        }
    }

    // The catalogue row of a documented 400 message; its slug is the code FromResponse reports for that body.
    private static LipSyncValidationException Failure(string documentedMessage, string field, string detail) =>
        LocalValidationFailure.Create(
            ChamelaionErrorCatalog.ProviderName,
            ChamelaionErrorCatalog.Match(400, documentedMessage) ?? throw new InvalidOperationException($"'{documentedMessage}' is not catalogued."),
            field, detail);
}
