using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;

namespace LipSync.Sdk.Benchmarks;

/// <summary>
/// The baseline: what a careful hand-written client does with <see cref="HttpClient"/> and System.Text.Json source
/// generation: the same requests as the SDK (method, path, headers, body bytes; the benchmarks check this at setup),
/// no retries, no timeouts, no telemetry, a plain exception on a non-success status.
/// </summary>
internal sealed class RawSyncClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly string _apiKey;

    public RawSyncClient(Uri baseAddress, string apiKey)
    {
        // The same handler settings as the SDK's stand-alone client, so the connection pool is not the difference.
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _http.DefaultRequestHeaders.UserAgent.Add(SdkUserAgent);
        _apiKey = apiKey;
    }

    /// <summary>The User-Agent the SDK sends, so both sides put the same bytes on the wire.</summary>
    public static ProductInfoHeaderValue SdkUserAgent { get; } = new("LipSync.Sdk",
        typeof(LipSyncException).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0.0");

    public async Task<RawGeneration> GetGenerationAsync(string id, CancellationToken cancellationToken = default)
    {
        using var message = Request(HttpMethod.Get, "v2/generate/" + Uri.EscapeDataString(id));
        using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        await ThrowIfFailedAsync(response, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadFromJsonAsync(RawJsonContext.Default.RawGeneration, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("null body");
    }

    public async Task<RawGeneration> CreateGenerationAsync(RawCreateGeneration request, CancellationToken cancellationToken = default)
    {
        using var message = Request(HttpMethod.Post, "v2/generate");
        message.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(request, RawJsonContext.Default.RawCreateGeneration))
        {
            Headers = { ContentType = new MediaTypeHeaderValue("application/json") },
        };
        message.Headers.TryAddWithoutValidation("Idempotency-Key", Guid.NewGuid().ToString("N"));
        using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        await ThrowIfFailedAsync(response, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadFromJsonAsync(RawJsonContext.Default.RawGeneration, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("null body");
    }

    /// <summary>Sync's three-step upload: ask for a presigned URL, PUT the bytes with <see cref="StreamContent"/>, register the asset.</summary>
    public async Task<RawAsset> UploadAssetAsync(Stream content, long length, string fileName, string contentType, CancellationToken cancellationToken = default)
    {
        var upload = await PostJsonAsync(
            "v2/assets/upload", new RawCreateUpload { FileName = fileName, ContentType = contentType, Size = length },
            RawJsonContext.Default.RawCreateUpload, RawJsonContext.Default.RawAssetUpload, cancellationToken).ConfigureAwait(false);

        // A presigned URL: no API key.
        using (var put = new HttpRequestMessage(HttpMethod.Put, upload.UploadUrl) { Content = new StreamContent(content, 81920) })
        {
            put.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            put.Content.Headers.ContentLength = length;
            using var response = await _http.SendAsync(put, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            await ThrowIfFailedAsync(response, cancellationToken).ConfigureAwait(false);
        }

        return await PostJsonAsync(
            "v2/assets", new RawRegisterAsset { Url = upload.Url, Type = "VIDEO", Name = fileName },
            RawJsonContext.Default.RawRegisterAsset, RawJsonContext.Default.RawAsset, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _http.Dispose();

    private async Task<TResponse> PostJsonAsync<TRequest, TResponse>(
        string path, TRequest body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<TRequest> requestType,
        System.Text.Json.Serialization.Metadata.JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        using var message = Request(HttpMethod.Post, path);
        message.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, requestType))
        {
            Headers = { ContentType = new MediaTypeHeaderValue("application/json") },
        };
        using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        await ThrowIfFailedAsync(response, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadFromJsonAsync(responseType, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("null body");
    }

    private HttpRequestMessage Request(HttpMethod method, string path)
    {
        var message = new HttpRequestMessage(method, path);
        message.Headers.TryAddWithoutValidation("x-api-key", _apiKey);
        return message;
    }

    // What hand-written clients do: read the body as text and throw with the status.
    private static async Task ThrowIfFailedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw new RawApiException((int)response.StatusCode, body);
        }
    }
}

/// <summary>The baseline's error: status and body text, nothing classified.</summary>
internal sealed class RawApiException(int statusCode, string body) : Exception($"HTTP {statusCode}: {body}")
{
    public int StatusCode { get; } = statusCode;

    public string Body { get; } = body;
}
