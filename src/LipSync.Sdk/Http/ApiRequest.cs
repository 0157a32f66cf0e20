using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace LipSync.Sdk;

/// <summary>
/// One logical API call: everything needed to build a fresh <see cref="HttpRequestMessage"/> for each attempt
/// (a message cannot be sent twice), including headers such as the idempotency key that must stay the same on
/// every attempt.
/// </summary>
internal sealed class ApiRequest
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public ApiRequest(HttpMethod method, string pathAndQuery, string operation, RequestSafety safety)
    {
        Method = method;
        PathAndQuery = pathAndQuery;
        Operation = operation;
        Safety = safety;
    }

    public HttpMethod Method { get; }

    /// <summary>The path (and query) appended verbatim to the provider's base address.</summary>
    public string PathAndQuery { get; }

    /// <summary>A short name for logs and traces, such as "CreateGeneration".</summary>
    public string Operation { get; }

    public RequestSafety Safety { get; }

    /// <summary>Builds the body for one attempt; null for no body.</summary>
    public Func<HttpContent>? Content { get; private init; }

    public List<KeyValuePair<string, string>> Headers { get; } = [];

    /// <summary>
    /// False when a failed attempt must not be sent again whatever the failure, because its body cannot be rebuilt
    /// (an upload read from a non-seekable stream).
    /// </summary>
    public bool CanRetry { get; init; } = true;

    /// <summary>
    /// An absolute URL that replaces base address + path (presigned upload URLs, result redirects, download links).
    /// Unless <see cref="OmitsCredentials"/> is false, such requests never carry the API key, whatever their host: see
    /// <see cref="ApiKeyHandler.OmitCredentials"/>.
    /// </summary>
    public Uri? AbsoluteTarget { get; private init; }

    /// <summary>The documented JSON of the 2xx answer, parsed inside the attempt (see <see cref="CallState.ResponseType"/>).</summary>
    public JsonTypeInfo? ResponseType { get; set; }

    /// <summary>A check of the parsed answer inside the attempt (see <see cref="CallState.ResponseCheck"/>).</summary>
    public Func<object, string?>? ResponseCheck { get; set; }

    /// <summary>Whether the API key is withheld whatever the host (presigned URLs).</summary>
    public bool OmitsCredentials { get; private init; }

    /// <summary>A media upload or download: the SDK's attempt and total timeouts do not apply (the caller's token does).</summary>
    public bool IsBulkTransfer { get; init; }

    /// <summary>Whether a 3xx answer is handed to the success reader (to read its <c>Location</c>) instead of classified as an error.</summary>
    public bool AcceptsRedirect { get; set; }

    public static ApiRequest Get(string pathAndQuery, string operation) =>
        new(HttpMethod.Get, pathAndQuery, operation, RequestSafety.Idempotent);

    /// <summary>
    /// A GET of an absolute URL outside the provider's base address, such as a signed CDN download link. The API key
    /// handler sends the key only to the provider's own host, so such URLs never see it.
    /// </summary>
    public static ApiRequest GetAbsolute(Uri url, string operation) =>
        ToAbsoluteUrl(HttpMethod.Get, url, operation, RequestSafety.Idempotent, omitCredentials: false);

    /// <summary>A JSON body, serialized once and replayed byte-for-byte on every attempt (the idempotency key covers the same body).</summary>
    public static ApiRequest WithJson<T>(HttpMethod method, string pathAndQuery, string operation, RequestSafety safety, T body, JsonTypeInfo<T> typeInfo)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, typeInfo);
        return new ApiRequest(method, pathAndQuery, operation, safety)
        {
            Content = () => new ByteArrayContent(bytes) { Headers = { ContentType = Json } },
        };
    }

    /// <summary>
    /// A body built fresh for every attempt by <paramref name="content"/> (multipart uploads that stream local media:
    /// each attempt reopens the sources). Set <paramref name="canRetry"/> to false when the body cannot be rebuilt.
    /// </summary>
    public static ApiRequest WithContent(
        HttpMethod method, string pathAndQuery, string operation, RequestSafety safety, Func<HttpContent> content, bool canRetry = true) =>
        new(method, pathAndQuery, operation, safety) { Content = content, CanRetry = canRetry };

    /// <summary>
    /// A call to an absolute URL (a presigned storage URL, a result link). Sent without the API key unless
    /// <paramref name="omitCredentials"/> is false, and even then the key goes only to the provider's own host.
    /// <paramref name="canRetry"/> false makes it a single attempt (a ranged download resumes on its own instead).
    /// </summary>
    public static ApiRequest ToAbsoluteUrl(
        HttpMethod method, Uri target, string operation, RequestSafety safety, Func<HttpContent>? content = null, bool bulkTransfer = false,
        bool omitCredentials = true, bool canRetry = true)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!target.IsAbsoluteUri)
        {
            throw new ArgumentException("The target must be an absolute URL.", nameof(target));
        }

        return new(method, target.PathAndQuery, operation, safety)
        {
            AbsoluteTarget = target, Content = content, IsBulkTransfer = bulkTransfer, OmitsCredentials = omitCredentials, CanRetry = canRetry,
        };
    }

    public ApiRequest WithHeader(string name, string value)
    {
        Headers.Add(new(name, value));
        return this;
    }

    public HttpRequestMessage CreateMessage(Uri baseAddress)
    {
        var message = new HttpRequestMessage(Method, AbsoluteTarget ?? Combine(baseAddress, PathAndQuery)) { Content = Content?.Invoke() };
        message.Options.Set(CallState.Key, new CallState(Operation, Safety)
        {
            CanRetry = CanRetry,
            IsBulkTransfer = IsBulkTransfer,
            AcceptsRedirect = AcceptsRedirect,
            BuffersSuccessBody = !IsBulkTransfer && AbsoluteTarget is null,
            ContentFactory = Content,
            ResponseType = ResponseType,
            ResponseCheck = ResponseCheck,
        });
        if (OmitsCredentials)
        {
            message.Options.Set(ApiKeyHandler.OmitCredentials, true);
        }

        foreach (var (name, value) in Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        return message;
    }

    // Base addresses may carry a path prefix (Chamelaion: https://api.chamelaion.com/api); paths are appended exactly.
    // An absolute http(s) URL (a presigned upload URL) is used as is; ApiKeyHandler keeps the key off foreign hosts.
    internal static Uri Combine(Uri baseAddress, string pathAndQuery) =>
        pathAndQuery.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || pathAndQuery.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            ? new Uri(pathAndQuery, UriKind.Absolute)
            : new(baseAddress.AbsoluteUri.TrimEnd('/') + (pathAndQuery.StartsWith('/') ? pathAndQuery : "/" + pathAndQuery), UriKind.Absolute);
}
