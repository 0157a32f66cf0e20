namespace LipSync.Sdk;

/// <summary>How a job's result is downloaded (<see cref="LipSyncClientDownloadExtensions"/>, <see cref="LipSyncJobDownloadExtensions"/>).</summary>
public sealed class MediaDownloadOptions
{
    /// <summary>Receives the number of bytes written so far, after each chunk; it keeps counting across resumes.</summary>
    public IProgress<long>? Progress { get; set; }

    /// <summary>
    /// The client for presigned and storage links; null uses the SDK's shared credential-free client. Never pass a
    /// client that adds an API key: result URLs are signed and live on storage hosts that must not see it. (Links on
    /// the provider's own API, such as Breeze's, go through the provider's client whatever is set here.)
    /// </summary>
    public HttpClient? HttpClient { get; set; }

    /// <summary>
    /// Told the result's total length in bytes once the server announces it (Content-Length or Content-Range), so a
    /// progress bar can show a percentage; not called when the server never says.
    /// </summary>
    public Action<long>? TotalKnown { get; set; }
}
