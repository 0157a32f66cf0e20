using System.Text;

namespace LipSync.Sdk.Providers.Sync;

// GET /v2/generations/{id}/download (and GET /v2/assets/{id}/download) answer text/plain: an unquoted URL, not JSON and not a redirect (sync.md §3).
public sealed partial class SyncClient
{
    // A URL is short; anything longer is not the answer the API documents.
    private const int MaxDownloadUrlBytes = 16 * 1024;

    /// <inheritdoc />
    public async Task<Uri> GetGenerationDownloadUrlAsync(string generationId, CancellationToken cancellationToken = default)
    {
        var id = PathSegment.Id(generationId);
        var call = Call("GetGenerationDownloadUrl", RequestSafety.Idempotent);
        using var response = await Read(_api.GetGenerationDownloadUrl(id, call, cancellationToken), call).ConfigureAwait(false);
        return await ReadDownloadUrlAsync(response, cancellationToken).ConfigureAwait(false);
    }

    // Shared by the generation and asset download endpoints: both answer one unquoted URL as text/plain.
    private async ValueTask<Uri> ReadDownloadUrlAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var (buffer, length, truncated) = await BoundedBodyReader.ReadAsync(response.Content, MaxDownloadUrlBytes, cancellationToken).ConfigureAwait(false);
        string text;
        try
        {
            text = Encoding.UTF8.GetString(buffer, 0, length).Trim().Trim('"');
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }

        return !truncated && Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            ? url
            : throw _connection.InvalidResponse((int)response.StatusCode, "the body is not a download URL", null);
    }
}
