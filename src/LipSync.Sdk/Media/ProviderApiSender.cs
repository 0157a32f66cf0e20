namespace LipSync.Sdk;

/// <summary>
/// Sends downloads of unsigned paths on the provider's own API (Breeze's <c>download_url</c>) through the provider's
/// connection, whose credential handler adds the key for that host only. Errors are classified by the provider's
/// profile, including an envelope error hidden in a 2xx JSON body where the profile says one can be.
/// </summary>
internal sealed class ProviderApiSender(ProviderChannel connection) : IDownloadSender
{
    public Task<T> SendAsync<T>(TransferRequest request, Func<HttpResponseMessage, CancellationToken, ValueTask<T>> receive, CancellationToken cancellationToken) =>
        ProviderTransfers.SendAsync(
            connection,
            request,
            async (response, ct) =>
            {
                await ThrowIfErrorInSuccessBodyAsync(response, ct).ConfigureAwait(false);
                return await receive(response, ct).ConfigureAwait(false);
            },
            cancellationToken);

    // Media never comes as JSON: a JSON answer from a profile that hides errors under 2xx is an error or a wrong answer.
    private async ValueTask ThrowIfErrorInSuccessBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (connection.Profile.InspectsSuccessBodies
            && response.Content.Headers.ContentType?.MediaType is { } mediaType
            && mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase))
        {
            var (buffer, length, truncated) = await BoundedBodyReader.ReadAsync(response.Content, ErrorClassifier.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
            try
            {
                var body = buffer.AsSpan(0, length);
                if (connection.Profile.IsErrorInSuccessBody(body))
                {
                    throw ErrorClassifier.Classify(
                        connection.Profile, (int)response.StatusCode, body, mediaType, response.Headers, connection.Time.GetUtcNow(), connection.Redactor, truncated);
                }
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }

            throw connection.InvalidResponse((int)response.StatusCode, "a JSON body where media was expected", null);
        }
    }
}
