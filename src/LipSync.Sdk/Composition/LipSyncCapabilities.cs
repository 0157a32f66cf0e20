using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace LipSync.Sdk;

/// <summary>
/// What the neutral client can do with one provider: read it (<c>client.GetCapabilities()</c>) instead of catching
/// <see cref="NotSupportedException"/>. <c>UseFallback</c> reads it too, to skip a provider that cannot take a request
/// before anything is sent. One row per provider, with its source, in the SDK's capability table.
/// </summary>
public sealed record LipSyncCapabilities
{
    /// <summary>Nothing supported: the row of a provider the SDK knows nothing about.</summary>
    public static LipSyncCapabilities None { get; } = new();

    /// <summary>The provider runs lip-sync requests (<see cref="ILipSyncClient.SubmitAsync"/>).</summary>
    public bool Submit { get; init; }

    /// <summary>A running job can be stopped (no provider documents a neutral cancel today; Sync deletes only finished jobs).</summary>
    public bool Cancel { get; init; }

    /// <summary><see cref="ILipSyncClient.DeleteJobAsync"/> is supported.</summary>
    public bool Delete { get; init; }

    /// <summary><see cref="ILipSyncClient.DeleteJobAsync"/> also accepts a job that is still running.</summary>
    public bool DeleteWhileRunning { get; init; }

    /// <summary><see cref="ILipSyncClient.ListJobsAsync"/> is supported.</summary>
    public bool List { get; init; }

    /// <summary><see cref="LipSyncRequest.WebhookUrl"/> is sent to the provider, which calls it when the job ends.</summary>
    public bool Webhooks { get; init; }

    /// <summary>The visual input may be a still image instead of a video.</summary>
    public bool ImageInput { get; init; }

    /// <summary>The models that accept an image input (empty: every model that accepts images at all).</summary>
    public IReadOnlyList<string> ImageInputModels { get; init; } = [];

    /// <summary>The longest audio the provider accepts; null when it documents no limit.</summary>
    public TimeSpan? MaxAudioDuration { get; init; }

    /// <summary>The values <see cref="LipSyncRequest.Model"/> may take (empty: the provider has no model choice the SDK knows of).</summary>
    public IReadOnlyList<string> Models { get; init; } = [];

    /// <summary>The provider estimates a request's cost before it is submitted (Sync <c>POST /v2/analyze/cost</c>).</summary>
    public bool CostEstimate { get; init; }

    /// <summary>
    /// Checks a request against these capabilities, using only what the request says (an audio length is checked
    /// only when <see cref="MediaSource.Duration"/> is set).
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="reason">Why the provider cannot take it, when it cannot.</param>
    /// <returns>True when nothing in the request is beyond these capabilities.</returns>
    public bool CanRun(LipSyncRequest request, [NotNullWhen(false)] out string? reason)
    {
        ArgumentNullException.ThrowIfNull(request);
        reason = Check(request);
        return reason is null;
    }

    private string? Check(LipSyncRequest request)
    {
        if (!Submit)
        {
            return "it does not run lip-sync requests";
        }

        if (request.Model is { } model && Models.Count > 0 && !Models.Contains(model, StringComparer.OrdinalIgnoreCase))
        {
            return $"it has no model '{model}' (models: {string.Join(", ", Models)})";
        }

        if (MediaKind.IsImage(request.Video))
        {
            if (!ImageInput)
            {
                return "it takes no image as the visual input";
            }

            if (ImageInputModels.Count > 0 && (request.Model is null || !ImageInputModels.Contains(request.Model, StringComparer.OrdinalIgnoreCase)))
            {
                return $"it takes an image input only with the model {string.Join(" or ", ImageInputModels)}";
            }
        }

        if (request.Audio?.Duration is { } audio && MaxAudioDuration is { } max && audio > max)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the audio lasts {audio.TotalSeconds:0.###} s and it takes at most {max.TotalSeconds:0} s");
        }

        if (request.WebhookUrl is not null && !Webhooks)
        {
            return "it has no webhooks";
        }

        return null;
    }
}
