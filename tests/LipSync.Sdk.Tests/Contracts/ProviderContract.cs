namespace LipSync.Sdk.Tests.Contracts;

/// <summary>
/// What the WireMock contract suite must know about one provider to play its server: the API key header, where its
/// API lives under the host, the native error body of a catalogue row, the status it is sent with, and (for providers
/// whose creates carry an <c>Idempotency-Key</c>) a create request. Everything else — the rows, their kinds and
/// retryability — comes from the SDK's registry (<see cref="LipSyncErrors.GetCatalog"/>), so a new catalogue row is
/// covered the day it is added.
/// </summary>
internal abstract class ProviderContract
{
    /// <summary>The provider name, as registered.</summary>
    public abstract string Name { get; }

    /// <summary>The header the provider's API key travels in.</summary>
    public abstract string ApiKeyHeader { get; }

    /// <summary>A key in the shape of the provider's keys, distinct per provider so a leak names its source.</summary>
    public abstract string ApiKey { get; }

    /// <summary>The path of the API under its host (<c>/api/v1</c> for AudioSpliter), appended to WireMock's root.</summary>
    public virtual string ApiPath => string.Empty;

    /// <summary>The codes the provider's seed error document lists (/work/shared/seeds, copied to TestData).</summary>
    public abstract IEnumerable<string> SeedCodes();

    /// <summary>The provider's native error body for <paramref name="row"/>, sent with <paramref name="status"/>.</summary>
    public abstract string ErrorBody(ErrorCatalogEntry row, int status, TimeSpan? retryAfter);

    /// <summary>
    /// The status a row is sent with: the documented one, else <see cref="UndocumentedStatus"/>.
    /// </summary>
    public int StatusFor(ErrorCatalogEntry row) => row.Status ?? UndocumentedStatus(row.Kind);

    /// <summary>
    /// A create whose body carries <paramref name="marker"/> (so WireMock can tell the rows apart), for providers whose
    /// creates are keyed with an <c>Idempotency-Key</c>; null for the others.
    /// </summary>
    public virtual LipSyncRequest? KeyedCreate(string marker) => null;

    /// <summary>The status for a row whose document gives none: what the provider's HTTP table pairs with the kind.</summary>
    protected virtual int UndocumentedStatus(LipSyncErrorKind kind) => kind switch
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

    /// <summary>A lip-sync request from URLs that embed <paramref name="marker"/>.</summary>
    protected static LipSyncRequest UrlRequest(string marker, string? model = null) => new()
    {
        Video = MediaSource.FromUrl($"https://assets.example.com/{marker}/speaker.mp4"),
        Audio = MediaSource.FromUrl($"https://assets.example.com/{marker}/speech.wav"),
        Model = model,
    };

    /// <summary>A JSON string literal (quotes included) for a catalogue message.</summary>
    protected static string Json(string value) => System.Text.Json.JsonSerializer.Serialize(value);

    public override string ToString() => Name;
}
