namespace LipSync.Sdk;

/// <summary>
/// Where a piece of input media comes from. Create one with <see cref="FromUrl(Uri)"/> or
/// <see cref="FromProviderAsset(string)"/>; providers map it to their own input shape.
/// </summary>
public abstract class MediaSource
{
    private protected MediaSource()
    {
    }

    /// <summary>Media the provider downloads itself from a public (or signed) URL.</summary>
    /// <param name="url">An absolute http(s) URL.</param>
    /// <returns>The source.</returns>
    public static UrlMediaSource FromUrl(Uri url) => new(url);

    /// <summary>Media the provider downloads itself from a public (or signed) URL.</summary>
    /// <param name="url">An absolute http(s) URL.</param>
    /// <returns>The source.</returns>
    public static UrlMediaSource FromUrl(string url)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        return new(new Uri(url, UriKind.Absolute));
    }

    /// <summary>Media already uploaded to the provider, referenced by its asset id.</summary>
    /// <param name="assetId">The provider's asset id.</param>
    /// <returns>The source.</returns>
    public static ProviderAssetMediaSource FromProviderAsset(string assetId) => new(assetId);
}

/// <summary>Media at a URL the provider fetches.</summary>
public sealed class UrlMediaSource : MediaSource
{
    internal UrlMediaSource(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException("A media URL must be an absolute http or https URL.", nameof(url));
        }

        Url = url;
    }

    /// <summary>The URL.</summary>
    public Uri Url { get; }

    /// <inheritdoc />
    public override string ToString() => Url.GetLeftPart(UriPartial.Path);
}

/// <summary>Media already stored by the provider, referenced by id.</summary>
public sealed class ProviderAssetMediaSource : MediaSource
{
    internal ProviderAssetMediaSource(string assetId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assetId);
        AssetId = assetId;
    }

    /// <summary>The provider's asset id.</summary>
    public string AssetId { get; }

    /// <inheritdoc />
    public override string ToString() => $"asset:{AssetId}";
}
