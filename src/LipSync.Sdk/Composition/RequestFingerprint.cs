using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LipSync.Sdk;

/// <summary>
/// What makes two requests the same job: the provider, the model, the provider options (keys in a fixed order) and
/// each medium's fingerprint — a URL as given, a provider asset by id, local media by the SHA-256 of its bytes. The
/// caller's reference, idempotency key and webhook do not change the output, so they are left out.
/// </summary>
internal static class RequestFingerprint
{
    /// <summary>The request's fingerprint (hex SHA-256), or null when it cannot be taken (a stream that can be read only once).</summary>
    public static async Task<string?> ComputeAsync(string provider, LipSyncRequest request, CancellationToken cancellationToken)
    {
        var video = await MediaAsync(request.Video, cancellationToken).ConfigureAwait(false);
        var audio = await MediaAsync(request.Audio, cancellationToken).ConfigureAwait(false);
        if (video is null || audio is null)
        {
            return null;
        }

        var text = new StringBuilder()
            .Append("v1\nprovider=").Append(provider.ToLowerInvariant())
            .Append("\nmodel=").Append(request.Model)
            .Append("\nvideo=").Append(video)
            .Append("\naudio=").Append(audio)
            .Append("\noptions=").Append(Canonical(request.ProviderOptions))
            .ToString();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static async Task<string?> MediaAsync(MediaSource? source, CancellationToken cancellationToken)
    {
        switch (source)
        {
            case UrlMediaSource url:
                return "url:" + url.Url.AbsoluteUri;
            case ProviderAssetMediaSource asset:
                return "asset:" + asset.AssetId;
            case LocalMediaSource { CanReopen: true } local:
                // Read once here and again for the upload: the file (or seekable stream) is reopened for that.
                var stream = await local.OpenAsync(cancellationToken).ConfigureAwait(false);
                await using (stream.ConfigureAwait(false))
                {
                    using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                    var buffer = ArrayPool<byte>.Shared.Rent(81920);
                    try
                    {
                        int read;
                        while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                        {
                            hash.AppendData(buffer, 0, read);
                        }
                    }
                    finally
                    {
                        ArrayPool<byte>.Shared.Return(buffer);
                    }

                    return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());
                }

            default:
                return null;
        }
    }

    // The same options in any key order give the same text.
    private static string Canonical(JsonObject? options)
    {
        if (options is null)
        {
            return string.Empty;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, options);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (name, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(name);
                    Write(writer, value);
                }

                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case null:
                writer.WriteNullValue();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}
