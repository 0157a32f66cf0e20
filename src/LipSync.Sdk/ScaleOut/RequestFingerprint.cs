using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LipSync.Sdk.ScaleOut;

/// <summary>
/// A stable hash of what a submit asks for (provider, media identities, model, webhook, provider options), so a resumed
/// submit with the same key is checked to be the same request: the same key with another request is a caller bug.
/// </summary>
internal static class RequestFingerprint
{
    public static string Compute(string provider, LipSyncRequest request)
    {
        var text = new StringBuilder()
            .Append(provider).Append('\n')
            .Append(Describe(request.Video)).Append('\n')
            .Append(Describe(request.Audio)).Append('\n')
            .Append(request.Model).Append('\n')
            .Append(request.WebhookUrl?.AbsoluteUri).Append('\n')
            .Append(request.ProviderOptions?.ToJsonString())
            .ToString();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    // Identity, not content: a URL by its full text, an asset by id, a local file by name and length.
    private static string Describe(MediaSource media) => media switch
    {
        UrlMediaSource url => "url:" + url.Url.AbsoluteUri,
        ProviderAssetMediaSource asset => "asset:" + asset.AssetId,
        LocalMediaSource local => string.Create(CultureInfo.InvariantCulture, $"local:{local.FileName}:{local.Length}"),
        _ => media.GetType().Name,
    };
}
