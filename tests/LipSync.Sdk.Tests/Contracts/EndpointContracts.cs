using LipSync.Sdk.Providers.Sync;

namespace LipSync.Sdk.Tests.Contracts;

/// <summary>
/// One native endpoint and the error codes its provider documents for it: the call (through the public native client,
/// with the marker in its URL so WireMock can tell tests apart) and the HTTP method it must use.
/// </summary>
internal sealed record EndpointContract(string Provider, string Operation, string Method, Func<ILipSyncClient, string, Task> Call, IReadOnlyList<string> Codes)
{
    public override string ToString() => $"{Provider} {Operation}";
}

/// <summary>
/// The documented errors of the native endpoints, as data. Each code must be a row of the provider's catalogue; the
/// row decides the status, kind and retryability, and <see cref="ProviderContracts"/> the native error body.
/// </summary>
internal static class EndpointContracts
{
    public static readonly IReadOnlyList<EndpointContract> All =
    [
        // sync.so/docs api-reference/api/generate-api/delete: 409 while the generation is still running, 404 unknown id.
        new("sync", "DeleteGeneration", "DELETE", (c, id) => Sync(c).DeleteGenerationAsync(id),
            ["generation_not_deletable_while_processing", "generation_not_found"]),

        // assets-api/delete: "An asset you can view but not delete returns a 403 with errorCode asset_forbidden; an
        // unknown id returns a 404 with errorCode asset_not_found."
        new("sync", "DeleteAsset", "DELETE", (c, id) => Sync(c).DeleteAssetAsync(id), ["asset_forbidden", "asset_not_found"]),

        // assets-api/get and get-download-url: 404 for an unknown asset (NotFoundError in the official SDK).
        new("sync", "GetAsset", "GET", (c, id) => Sync(c).GetAssetAsync(id), ["asset_not_found"]),
        new("sync", "GetAssetDownloadUrl", "GET", (c, id) => Sync(c).GetAssetDownloadUrlAsync(id), ["asset_not_found"]),

        // assets-api/list: 401 and 500 (InternalServerError in the official SDK); a 500 on a read is retried.
        new("sync", "ListAssets", "GET", (c, marker) => Sync(c).GetAssetsPageAsync(new ListAssetsOptions { SearchQuery = marker }), ["internal_error"]),

        // generate-api/download: 404 for an unknown generation.
        new("sync", "GetGenerationDownloadUrl", "GET", (c, id) => Sync(c).GetGenerationDownloadUrlAsync(id), ["generation_not_found"]),
    ];

    /// <summary>(endpoint, code) for every documented error of every endpoint above.</summary>
    public static TheoryData<string, string, string> Rows()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var endpoint in All)
        {
            foreach (var code in endpoint.Codes)
            {
                data.Add(endpoint.Provider, endpoint.Operation, code);
            }
        }

        return data;
    }

    public static EndpointContract Get(string provider, string operation) =>
        All.Single(e => e.Provider == provider && e.Operation == operation);

    private static ISyncClient Sync(ILipSyncClient client) => (ISyncClient)client.GetService(typeof(ISyncClient))!;
}
