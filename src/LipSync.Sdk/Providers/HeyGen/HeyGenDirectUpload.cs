namespace LipSync.Sdk.Providers.HeyGen;

/// <summary>
/// The upload flow for files above 32 MB (provider notes B7): <c>POST /v3/assets/direct-uploads</c> reserves an asset
/// and returns a presigned <c>upload_url</c> with the headers the PUT must carry; the bytes are PUT there, streamed;
/// <c>POST /v3/assets/{asset_id}/complete</c> finalises the asset. Each step is retried on its own, with a key
/// derived from the call's idempotency key, so a retried step never reserves a second asset.
/// </summary>
internal sealed class HeyGenDirectUpload(HeyGenClient client, LocalMediaSource media, string idempotencyKey)
{
    public async Task<HeyGenAsset> RunAsync(CancellationToken cancellationToken)
    {
        var connection = client.Connection;
        var size = media.Length!.Value;
        var reserve = HeyGenClient.Call("CreateDirectUpload", RequestSafety.IdempotencyKeyed, HeyGenJsonContext.Default.HeyGenDataDirectUpload);
        var upload = client.Data(await HeyGenClient.Read(
            client.Api.CreateDirectUpload(
                new CreateDirectUploadRequest { FileName = media.FileName, ContentType = media.ContentType, SizeBytes = size },
                HeyGenIdempotencyKey.Derive(idempotencyKey, "reserve"), reserve, cancellationToken),
            reserve).ConfigureAwait(false));
        if (upload.MaxBytes is { } max && size > max)
        {
            throw LipSyncExceptionFactory.Create(
                LipSyncErrorKind.InvalidMedia,
                $"heygen: {media.FileName} is {size} bytes; the direct upload accepts at most {max:0} bytes (nothing was uploaded).",
                isRetryable: false, HeyGenErrorCatalog.ProviderName, errorCode: "payload_too_large");
        }

        if (!Uri.TryCreate(upload.UploadUrl, UriKind.Absolute, out var target) || (target.Scheme != Uri.UriSchemeHttps && target.Scheme != Uri.UriSchemeHttp))
        {
            throw connection.InvalidResponse(200, "the direct upload has no absolute upload_url", null);
        }

        // upload_headers are signed into the URL: Content-* ones belong on the content, the rest on the request.
        var headers = upload.UploadHeaders ?? [];
        var contentType = headers.FirstOrDefault(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value;
        var put = TransferRequests.Upload(HttpMethod.Put, target, "PutDirectUpload",
            HeyGenClient.PerAttempt(media, file =>
            {
                foreach (var (name, value) in headers)
                {
                    if (name.StartsWith("Content-", StringComparison.OrdinalIgnoreCase) && !name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
                    {
                        file.Headers.TryAddWithoutValidation(name, value);
                    }
                }

                return file;
            }, contentType),
            media.CanReopen);
        foreach (var (name, value) in headers.Where(h => !h.Key.StartsWith("Content-", StringComparison.OrdinalIgnoreCase)))
        {
            put.WithHeader(name, value);
        }

        await ProviderTransfers.UploadAsync(connection, put, cancellationToken).ConfigureAwait(false);

        // No body: the chain sends it with Content-Length: 0.
        var complete = HeyGenClient.Call("CompleteDirectUpload", RequestSafety.IdempotencyKeyed, HeyGenJsonContext.Default.HeyGenDataHeyGenAsset);
        return client.Data(await HeyGenClient.Read(
            client.Api.CompleteDirectUpload(PathSegment.Id(upload.AssetId), HeyGenIdempotencyKey.Derive(idempotencyKey, "complete"), complete, cancellationToken),
            complete).ConfigureAwait(false));
    }
}
