namespace LipSync.Sdk.Providers.Chamelaion;

/// <summary>
/// The multipart form of <c>POST /v1/lipsync/generate-with-media</c>: the <c>video</c> and <c>audio</c> files are
/// streamed from their sources, never buffered whole.
/// </summary>
public sealed class GenerateWithMediaRequest
{
    /// <summary>The <c>video</c> file part (required), e.g. <see cref="MediaSource.FromFile"/>.</summary>
    public required LocalMediaSource Video { get; init; }

    /// <summary>The <c>audio</c> file part (required).</summary>
    public required LocalMediaSource Audio { get; init; }

    /// <summary>The <c>reference_id</c> part; null makes the SDK send one it generates (see <see cref="GenerateRequest.ReferenceId"/>).</summary>
    public string? ReferenceId { get; init; }

    /// <summary>The <c>disable_active_speaker_detection</c> part (<c>true</c>/<c>false</c>); not sent when null.</summary>
    public bool? DisableActiveSpeakerDetection { get; init; }

    /// <summary>
    /// The <c>model</c> part, sent only when set. The API reference accepts only <see cref="ChamelaionModels.Lipsync2"/>
    /// and the current spec no longer advertises the field, so leave it null unless you need it.
    /// </summary>
    public string? Model { get; init; }
}
