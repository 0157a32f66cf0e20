using System.Buffers;
using System.Text.Json;

namespace LipSync.Sdk;

/// <summary>
/// The layer under the resilience strategies: one attempt. Counts it (attempts are requests on the wire), rebuilds a
/// body that cannot be sent twice, turns a connection failure into a <see cref="LipSyncErrorKind.Network"/> failure,
/// classifies an error answer with the same classifier as <see cref="LipSyncErrors.FromResponse"/> (reading at most
/// 64 KiB of it with the attempt's token), and reads a 2xx body inside the attempt — bounded by
/// <see cref="MaxSuccessBodyBytes"/>, so a cut body is retried like any network failure and the attempt timeout
/// covers it — checking it for an error hidden under 2xx where the provider's profile says one can be.
/// An answered failure is not thrown: it is left on the <see cref="CallState"/> for the retry strategy and thrown once
/// by <see cref="CallHandler"/>.
/// </summary>
internal sealed class ErrorHandler : DelegatingHandler
{
    /// <summary>The largest 2xx body read into memory; API resources are kilobytes, never this.</summary>
    internal const int MaxSuccessBodyBytes = 16 * 1024 * 1024;

    private readonly ProviderErrorProfile _profile;
    private readonly TimeProvider _time;
    private readonly SecretRedactor _redactor;

    public ErrorHandler(ProviderErrorProfile profile, TimeProvider time, SecretRedactor redactor)
    {
        _profile = profile;
        _time = time;
        _redactor = redactor;
    }

    private string Provider => _profile.Name;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var state = CallState.Read(request);
        state.Attempts++;
        state.Failure = null;
        if (state.Attempts > 1)
        {
            LipSyncInstrumentation.RecordRetry(Provider, state.Operation);
            if (state.ContentFactory is { } rebuild)
            {
                request.Content = rebuild();
            }
        }

        // A request with a declared empty body (Content-Length: 0) is not resent by SocketsHttpHandler on its own when a
        // pooled connection turns out dead: without it the handler silently resends body-less requests, and one call
        // reported as 3 attempts put 12 requests on the wire.
        request.Content ??= new ByteArrayContent([]);

        using var activity = LipSyncInstrumentation.StartAttempt(Provider, state.Operation, state.Attempts);
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            var failure = NetworkFailure(ex);
            LipSyncInstrumentation.RecordFailure(activity, failure, _redactor);
            throw failure;
        }

        LipSyncInstrumentation.RecordStatusCode(activity, (int)response.StatusCode);
        state.StatusCode = (int)response.StatusCode;
        try
        {
            if (!response.IsSuccessStatusCode && !(state.AcceptsRedirect && IsRedirect(response)))
            {
                state.Failure = await ClassifyAsync(response, cancellationToken).ConfigureAwait(false);
            }
            else if (state.BuffersSuccessBody)
            {
                state.Failure = await BufferSuccessBodyAsync(response, state, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            response.Dispose();
            var failure = ex is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested ? NetworkFailure(ex) : ex;
            LipSyncInstrumentation.RecordFailure(activity, failure, _redactor);
            if (ReferenceEquals(failure, ex))
            {
                throw;
            }

            throw failure;
        }

        if (state.Failure is { } answered)
        {
            LipSyncInstrumentation.RecordFailure(activity, answered, _redactor);
        }

        return response;
    }

    private static bool IsRedirect(HttpResponseMessage response) => (int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is not null;

    private async Task<LipSyncException> ClassifyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var (buffer, length, truncated) = await BoundedBodyReader.ReadAsync(response.Content, ErrorClassifier.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        try
        {
            return ErrorClassifier.Classify(
                _profile, (int)response.StatusCode, buffer.AsSpan(0, length), response.Content.Headers.ContentType?.MediaType,
                response.Headers, _time.GetUtcNow(), _redactor, truncated);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // Reads the whole 2xx body into a pooled buffer and swaps in a content the caller reads from memory, never from the
    // socket: the parsed value when the call declared its JSON type (the bytes go back to the pool at once), else the
    // bytes themselves.
    private async Task<LipSyncException?> BufferSuccessBodyAsync(HttpResponseMessage response, CallState state, CancellationToken cancellationToken)
    {
        var original = response.Content;
        var status = (int)response.StatusCode;
        byte[] buffer;
        int length;
        if (original.Headers.ContentLength is { } declared)
        {
            if (declared > MaxSuccessBodyBytes)
            {
                return TooLarge(status);
            }

            length = (int)declared;
            buffer = ArrayPool<byte>.Shared.Rent(length);
            try
            {
                await using var stream = await original.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                await stream.ReadExactlyAsync(buffer.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                ArrayPool<byte>.Shared.Return(buffer);
                throw;
            }
        }
        else
        {
            bool truncated;
            (buffer, length, truncated) = await BoundedBodyReader.ReadAsync(original, MaxSuccessBodyBytes, cancellationToken).ConfigureAwait(false);
            if (truncated)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                return length < MaxSuccessBodyBytes
                    ? throw new HttpIOException(HttpRequestError.ResponseEnded, "The response ended before its body was complete.")
                    : TooLarge(status);
            }
        }

        try
        {
            return Accept(response, state, original, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            original.Dispose();
        }
    }

    private LipSyncException? Accept(HttpResponseMessage response, CallState state, HttpContent original, ReadOnlySpan<byte> body)
    {
        var status = (int)response.StatusCode;
        if (_profile.InspectsSuccessBodies && _profile.IsErrorInSuccessBody(body))
        {
            response.Content = ParsedContent.Bytes([]);
            return ErrorClassifier.Classify(_profile, status, body, original.Headers.ContentType?.MediaType, response.Headers, _time.GetUtcNow(), _redactor);
        }

        if (state.ResponseType is not { } type)
        {
            var bytes = ParsedContent.Bytes(body.ToArray());
            bytes.Headers.ContentType = original.Headers.ContentType;
            response.Content = bytes;
            return null;
        }

        object? value;
        try
        {
            value = JsonSerializer.Deserialize(body, type);
        }
        catch (JsonException ex)
        {
            response.Content = ParsedContent.Bytes([]);
            return ApiResults.InvalidResponse(Provider, status, "the body is not the JSON the API documents", ex);
        }

        if (value is null)
        {
            response.Content = ParsedContent.Bytes([]);
            return ApiResults.InvalidResponse(Provider, status, "the body was JSON null", null);
        }

        response.Content = ParsedContent.Parsed(value, body.Length);
        return state.ResponseCheck?.Invoke(value) is { } problem ? ApiResults.InvalidResponse(Provider, status, problem, null) : null;
    }

    private LipSyncServiceException TooLarge(int statusCode) =>
        ApiResults.InvalidResponse(Provider, statusCode, $"the body is larger than {MaxSuccessBodyBytes / (1024 * 1024)} MiB", null);

    private LipSyncServiceException NetworkFailure(Exception ex) =>
        new($"{Provider}: network error: {_redactor.Redact(ex.Message)}", LipSyncErrorKind.Network, isRetryable: true, Provider, innerException: ex);
}
