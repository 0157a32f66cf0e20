namespace LipSync.Sdk;

/// <summary>How <see cref="LipSyncJobDownloadExtensions"/> downloads a result.</summary>
public sealed class MediaDownloadOptions
{
    /// <summary>Receives the number of bytes written so far, after each chunk.</summary>
    public IProgress<long>? Progress { get; set; }

    /// <summary>
    /// The client to download with; null uses the SDK's shared credential-free client. Never pass a client that adds
    /// an API key: result URLs are signed and live on storage hosts that must not see it.
    /// </summary>
    public HttpClient? HttpClient { get; set; }
}
