namespace LipSync.Sdk;

/// <summary>How one result link is fetched: the sender, and whether the request may carry the provider's key.</summary>
internal sealed record DownloadRoute(IDownloadSender Sender, bool WithApiKey)
{
    /// <summary>
    /// The rule for a neutral job's link: an unsigned path on the provider's own API host is an API call and gets the
    /// key through the provider's connection (Breeze's <c>download_url</c>); a presigned link, wherever it lives, and any
    /// other host go through the credential-free client, so a storage host never sees the key.
    /// </summary>
    public static Func<Uri, DownloadRoute> For(string provider, ProviderChannel? connection, HttpClient? credentialFreeClient)
    {
        var storage = new DownloadRoute(new MediaDownloader(provider, credentialFreeClient), WithApiKey: false);
        if (connection is null)
        {
            return _ => storage;
        }

        var api = new DownloadRoute(new ProviderApiSender(connection), WithApiKey: true);
        return url => OutputLinks.IsOnApiHost(url, connection.Settings.BaseAddress) && !OutputLinks.IsPresigned(url) ? api : storage;
    }
}
