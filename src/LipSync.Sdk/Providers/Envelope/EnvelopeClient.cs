using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace LipSync.Sdk.Providers.Envelope;

/// <summary>
/// The one envelope implementation: sends calls through <see cref="IEnvelopeApi"/> over the provider's handler chain
/// (retries, timeouts, the profile's error classification, <c>ok:false</c> under 2xx), captures rate-limit headers,
/// streams downloads and reads jobs. Breeze and AudioSpliter's typed clients are thin layers over it: their fixed
/// endpoints have their own Refit interfaces, whose answers come back through <see cref="ReadAsync{T}"/>. Thread-safe.
/// </summary>
internal sealed class EnvelopeClient : IEnvelopeClient, IEnvelopeNativeClient
{
    /// <summary>Refit over <see cref="EnvelopeJsonContext"/>: bodies written without reflection.</summary>
    private static readonly Refit.RefitSettings RefitSettings = ParsedContentSerializer.Settings(EnvelopeJsonContext.Default.Options);

    private readonly ProviderChannel _connection;
    private readonly IEnvelopeApi _api;
    private RateLimitInfo? _lastRateLimit;

    internal EnvelopeClient(ProviderChannel connection, EnvelopeProfile profile)
    {
        _connection = connection;
        Profile = profile;
        _api = Refit.RestService.ForGenerated<IEnvelopeApi>(connection.Http, RefitSettings);
    }

    /// <inheritdoc />
    public string Provider => _connection.Provider;

    /// <inheritdoc />
    public RateLimitInfo? LastRateLimit => Volatile.Read(ref _lastRateLimit);

    internal EnvelopeProfile Profile { get; }

    internal ProviderChannel Connection => _connection;

    EnvelopeClient IEnvelopeNativeClient.Envelope => this;

    /// <inheritdoc />
    public Task<JsonNode> GetJsonAsync(string pathAndQuery, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pathAndQuery);
        var call = Call("Get", RequestSafety.Idempotent, EnvelopeJsonContext.Default.JsonNode);
        return ReadAsync(_api.Get(Url(pathAndQuery), call, cancellationToken), call, EnvelopeJsonContext.Default.JsonNode, cancellationToken);
    }

    /// <inheritdoc />
    public Task<JsonNode> SendJsonAsync(HttpMethod method, string pathAndQuery, JsonNode? body, bool isIdempotent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(pathAndQuery);

        // Serialized once and replayed byte for byte on every attempt, as application/json.
        Func<HttpContent>? content = null;
        if (body is not null)
        {
            var bytes = JsonSerializer.SerializeToUtf8Bytes(body, EnvelopeJsonContext.Default.JsonNode);
            content = () => new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
        }

        var call = new CallState(method.Method, isIdempotent ? RequestSafety.Idempotent : RequestSafety.NotIdempotent)
        {
            ResponseType = EnvelopeJsonContext.Default.JsonNode,
            ContentFactory = content,
        };
        var url = Url(pathAndQuery);
        var send = (method.Method.ToUpperInvariant(), content?.Invoke()) switch
        {
            ("GET", null) => _api.Get(url, call, cancellationToken),
            ("POST", null) => _api.Post(url, call, cancellationToken),
            ("POST", { } sent) => _api.Post(url, sent, call, cancellationToken),
            ("PUT", null) => _api.Put(url, call, cancellationToken),
            ("PUT", { } sent) => _api.Put(url, sent, call, cancellationToken),
            ("PATCH", null) => _api.Patch(url, call, cancellationToken),
            ("PATCH", { } sent) => _api.Patch(url, sent, call, cancellationToken),
            ("DELETE", null) => _api.Delete(url, call, cancellationToken),
            ("DELETE", { } sent) => _api.Delete(url, sent, call, cancellationToken),
            _ => throw new NotSupportedException(
                $"{Provider}: {method.Method} {(body is null ? "without" : "with")} a body is not supported (GET without a body; POST, PUT, PATCH and DELETE with or without one)."),
        };
        return ReadAsync(send, call, EnvelopeJsonContext.Default.JsonNode, cancellationToken);
    }

    /// <inheritdoc />
    public Task<long> DownloadAsync(string pathAndQuery, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pathAndQuery);
        return DownloadAsync(EnvelopeUrl.ToUri(_connection.Settings.BaseAddress, pathAndQuery), refresh: null, destination, cancellationToken);
    }

    /// <summary>Reads a job through the profile's job layout.</summary>
    internal async Task<LipSyncJob> GetJobAsync(string jobId, CancellationToken cancellationToken) =>
        (await PollJobAsync(jobId, cancellationToken).ConfigureAwait(false)).Job;

    /// <summary>
    /// Reads a job with the hint of when to ask again: the response's <c>Retry-After</c>, else — when the profile's
    /// rate-limit headers say no request is left in the window (AudioSpliter sends them on every response) — the time
    /// until the window resets, so a wait does not poll into a 429.
    /// </summary>
    internal async Task<(LipSyncJob Job, TimeSpan? RetryAfter)> PollJobAsync(string jobId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        var layout = Profile.Jobs ?? throw new NotSupportedException($"The {Provider} profile declares no job resource (EnvelopeProfile.Jobs).");
        var url = Url(layout.PathTemplate.Replace("{id}", PathSegment.Escape(jobId), StringComparison.Ordinal));
        var call = new CallState("GetJob", RequestSafety.Idempotent)
        {
            ResponseType = EnvelopeJsonContext.Default.JsonNode,

            // A 200 without the job's status (an error object without the envelope flag, a proxy's JSON) is not a job:
            // reading it as one would report a job "processing" forever. Checked inside the attempt, so retried.
            ResponseCheck = node => JsonNodePath.String((JsonNode)node, layout.StatusPath) is null ? $"the body has no job status ({layout.StatusPath})" : null,
        };
        using var response = await ApiResults.ReadAsync(_api.Get(url, call, cancellationToken), call, Provider).ConfigureAwait(false);
        var rateLimit = Capture(response.Headers);
        var body = await _connection.ReadJsonAsync(response, EnvelopeJsonContext.Default.JsonNode, cancellationToken).ConfigureAwait(false);
        var hint = PollHint.RetryAfter(response, _connection.Time) ?? UntilReset(rateLimit);
        return (EnvelopeJobMapper.ToJob(Provider, layout, _connection.Profile.Catalog, body, jobId), hint);
    }

    /// <summary>
    /// The state of one call whose 2xx answer is <paramref name="responseType"/>: parsed inside the attempt, so a 2xx
    /// that is not this JSON is retried like other server trouble.
    /// </summary>
    internal static CallState Call(string operation, RequestSafety safety, JsonTypeInfo responseType) =>
        new(operation, safety) { ResponseType = responseType };

    /// <summary>Awaits a Refit call of this provider and reads its JSON answer, recording the rate-limit headers of the response.</summary>
    internal async Task<T> ReadAsync<T>(Task<HttpResponseMessage> send, CallState call, JsonTypeInfo<T> responseType, CancellationToken cancellationToken)
    {
        using var response = await ApiResults.ReadAsync(send, call, Provider).ConfigureAwait(false);
        Capture(response.Headers);
        return await _connection.ReadJsonAsync(response, responseType, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Streams a result into <paramref name="destination"/> through the SDK's one download loop: resumed with
    /// <c>Range</c> after a dropped connection, renewed through <paramref name="refresh"/> when the link has expired.
    /// Paths on the provider's API get the key (and the envelope check of a JSON answer); presigned and CDN links never.
    /// </summary>
    internal Task<long> DownloadAsync(Uri url, Func<CancellationToken, Task<Uri?>>? refresh, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var download = new ResumableDownload(Provider, url, DownloadRoute.For(Provider, _connection, credentialFreeClient: null), _connection.Time)
        {
            Refresh = refresh,
            MaxRetryAfter = _connection.Settings.Retry.MaxRetryAfter,
        };
        return download.CopyToAsync(destination, cancellationToken);
    }

    private string Url(string pathAndQuery) => EnvelopeUrl.Combine(_connection.Settings.BaseAddress, pathAndQuery);

    private TimeSpan? UntilReset(RateLimitInfo? rateLimit) =>
        rateLimit is { Remaining: <= 0, ResetsAt: { } resetsAt } && resetsAt - _connection.Time.GetUtcNow() is { } wait && wait > TimeSpan.Zero ? wait : null;

    // Returns what this response said (null when it carried no rate-limit header).
    private RateLimitInfo? Capture(HttpResponseHeaders headers)
    {
        if (Profile.RateLimitHeaders is not { } names)
        {
            return null;
        }

        var limit = Integer(headers, names.LimitHeader);
        var remaining = Integer(headers, names.RemainingHeader);
        var reset = Integer(headers, names.ResetHeader);
        if (limit is null && remaining is null && reset is null)
        {
            return null;
        }

        DateTimeOffset? resetsAt = reset is not { } value ? null
            : names.ResetIsUnixTime ? DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(value, 0, 253402300799))
            : _connection.Time.GetUtcNow().AddSeconds(Math.Clamp(value, 0, 86400));
        var info = new RateLimitInfo(
            limit is { } l ? (int)Math.Min(l, int.MaxValue) : null,
            remaining is { } r ? (int)Math.Min(r, int.MaxValue) : null,
            resetsAt);
        Volatile.Write(ref _lastRateLimit, info);
        return info;
    }

    private static long? Integer(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values)
        && long.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
}
