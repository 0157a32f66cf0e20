namespace LipSync.Sdk;

/// <summary>
/// Sends a <see cref="TransferRequest"/> through a provider's handler chain (its error classification, its credential
/// handler — which withholds the key unless the request allows it and the host is the provider's own) and hands the
/// response, body unread, to <c>receive</c>. A connection lost while the body streams is a retryable
/// <see cref="LipSyncErrorKind.Network"/> failure.
/// </summary>
internal static class ProviderTransfers
{
    public static async Task<T> SendAsync<T>(
        ProviderChannel connection, TransferRequest request, Func<HttpResponseMessage, CancellationToken, ValueTask<T>> receive, CancellationToken cancellationToken)
    {
        using var message = request.CreateMessage();
        using var response = await connection.Http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        try
        {
            return await receive(response, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            throw new LipSyncServiceException(
                $"{connection.Provider}: network error: {connection.Redactor.Redact(ex.Message)}", LipSyncErrorKind.Network, isRetryable: true,
                connection.Provider, innerException: ex);
        }
    }

    /// <summary>Sends an upload whose answer has nothing the SDK needs (a 2xx is the whole result).</summary>
    public static Task UploadAsync(ProviderChannel connection, TransferRequest request, CancellationToken cancellationToken) =>
        SendAsync(connection, request, static (_, _) => ValueTask.FromResult(true), cancellationToken);
}
