namespace LipSync.Sdk;

/// <summary>
/// Sends one download request, once, and hands a successful response (body unread) to <c>receive</c>; any other
/// answer becomes the provider's <see cref="LipSyncException"/> (with its status code), and a connection that fails —
/// before the head or mid-body — a <see cref="LipSyncErrorKind.Network"/> one.
/// </summary>
internal interface IDownloadSender
{
    Task<T> SendAsync<T>(TransferRequest request, Func<HttpResponseMessage, CancellationToken, ValueTask<T>> receive, CancellationToken cancellationToken);
}
