namespace LipSync.Sdk.Tests.Contracts;

/// <summary>
/// What the WireMock contract suite must know about one provider to play its server: the API key header, where its
/// API lives under the host, the native error body of a catalogue row, the status it is sent with, and (for providers
/// whose creates carry an <c>Idempotency-Key</c>) a create request. Everything else — the rows, their kinds and
/// retryability — comes from the SDK's registry (<see cref="LipSyncErrors.GetCatalog"/>), so a new catalogue row is
/// covered the day it is added.
/// </summary>
internal sealed record ProviderContract
{
    /// <summary>The provider name, as registered.</summary>
    public required string Name { get; init; }

    /// <summary>The header the provider's API key travels in.</summary>
    public required string ApiKeyHeader { get; init; }

    /// <summary>A key in the shape of the provider's keys, distinct per provider so a leak names its source.</summary>
    public required string ApiKey { get; init; }

    /// <summary>The path of the API under its host (<c>/api/v1</c> for AudioSpliter), appended to WireMock's root.</summary>
    public string ApiPath { get; init; } = string.Empty;

    /// <summary>The codes the provider's seed error document lists (/work/shared/seeds, copied to TestData).</summary>
    public required Func<IEnumerable<string>> SeedCodes { get; init; }

    /// <summary>The provider's native error body for a row, sent with a status and, where due, a retry hint.</summary>
    public required Func<ErrorCatalogEntry, int, TimeSpan?, string> ErrorBody { get; init; }

    /// <summary>The status for a row whose document gives none; null: what an HTTP table pairs with the kind.</summary>
    public int? UndocumentedStatus { get; init; }

    /// <summary>
    /// For providers whose creates are keyed with an <c>Idempotency-Key</c>: a create whose body carries the marker (so
    /// WireMock can tell the rows apart). Null for the others.
    /// </summary>
    public Func<string, LipSyncRequest>? KeyedCreate { get; init; }

    /// <summary>
    /// Native endpoints beyond what the neutral client calls, each with the error codes its documentation lists: the
    /// suite serves every (endpoint, code) pair and asserts the typed outcome as for the neutral calls.
    /// </summary>
    public IReadOnlyList<NativeEndpointContract> NativeEndpoints { get; init; } = [];

    /// <summary>The status a row is sent with: the documented one, else the provider's or the kind's usual one.</summary>
    public int StatusFor(ErrorCatalogEntry row) => row.Status ?? UndocumentedStatus ?? StatusOfKind(row.Kind);

    public override string ToString() => Name;

    private static int StatusOfKind(LipSyncErrorKind kind) => kind switch
    {
        LipSyncErrorKind.Authentication => 401,
        LipSyncErrorKind.PermissionDenied => 403,
        LipSyncErrorKind.NotFound => 404,
        LipSyncErrorKind.Conflict => 409,
        LipSyncErrorKind.QuotaExceeded => 402,
        LipSyncErrorKind.RateLimited => 429,
        LipSyncErrorKind.NotReady => 425,
        LipSyncErrorKind.GenerationFailed => 422,
        LipSyncErrorKind.Timeout => 504,
        LipSyncErrorKind.ServiceUnavailable => 503,
        LipSyncErrorKind.ServerError => 500,
        _ => 400,
    };
}

/// <summary>
/// One native endpoint in the contract suite: how to call it with a marker WireMock can route on (an id in the path, a
/// value in the body, or — for endpoints with neither — its own path), and the (code, status) pairs its documentation
/// lists, each served in the provider's native error body.
/// </summary>
internal sealed record NativeEndpointContract
{
    /// <summary>The method name, as the suite reports it.</summary>
    public required string Name { get; init; }

    /// <summary>The HTTP method the endpoint uses.</summary>
    public required string Method { get; init; }

    /// <summary>Whether the call carries an <c>Idempotency-Key</c> (one per logical call, the same on every attempt).</summary>
    public bool Keyed { get; init; }

    /// <summary>A fixed marker for endpoints whose URL and body carry nothing per call (their path); null: a fresh one per test.</summary>
    public string? FixedMarker { get; init; }

    /// <summary>The documented errors: the provider's code as sent on the wire, and its HTTP status.</summary>
    public required IReadOnlyList<(string Code, int Status)> DocumentedErrors { get; init; }

    /// <summary>Calls the endpoint through the SDK's public native client, routed by the marker.</summary>
    public required Func<ContractSdk, string, Task> Call { get; init; }

    public override string ToString() => Name;
}
