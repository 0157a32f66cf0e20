using System.Buffers;

namespace LipSync.Sdk;

/// <summary>
/// The one download loop of the SDK (neutral jobs, envelope downloads, the CLI). It streams a result into a stream
/// and loses nothing on the way: a connection that drops mid-body is resumed with <c>Range</c> from the first missing
/// byte (<c>If-Range</c> guarding against a changed object), an expired link — by the expiry it carries, or a 403/410
/// answer — is exchanged for a fresh one through <see cref="Refresh"/> and the download continues from the same byte,
/// progress counts on across resumes, and the total length and any whole-object digest the server announces are
/// verified at the end. Each request is a single attempt; only a request that made no progress waits before the next.
/// </summary>
internal sealed class ResumableDownload
{
    // Refresh a link this long before the expiry it carries, so it does not expire between the check and the request.
    private static readonly TimeSpan ExpiryMargin = TimeSpan.FromSeconds(30);

    // Consecutive requests that brought no byte (connection refused, reset before the body) before giving up, and the
    // first wait between them (doubling).
    private const int MaxStalledRequests = 3;
    private static readonly TimeSpan FirstStallDelay = TimeSpan.FromSeconds(1);

    // Fresh links asked for without progress in between: a link that is expired again at once will not get better.
    private const int MaxRefreshesWithoutProgress = 2;

    private const int BufferSize = 81920;

    private readonly string _provider;
    private Uri _url;
    private long _written;
    private long? _total;
    private DownloadValidator? _validator;
    private ContentDigest? _digest;

    public ResumableDownload(string provider, Uri url, Func<Uri, DownloadRoute> routeFor, TimeProvider time)
    {
        _provider = provider;
        _url = url;
        RouteFor = routeFor;
        Time = time;
    }

    /// <summary>Asks the provider for a fresh link to the same result; null when the link cannot be renewed.</summary>
    public Func<CancellationToken, Task<Uri?>>? Refresh { get; init; }

    /// <summary>The longest server hint (Retry-After) waited for; a longer one is thrown with the failure.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Receives the bytes written so far (cumulative across resumes).</summary>
    public IProgress<long>? Progress { get; init; }

    /// <summary>Told the result's total length once a response announces it.</summary>
    public Action<long>? TotalKnown { get; init; }

    private Func<Uri, DownloadRoute> RouteFor { get; }

    private TimeProvider Time { get; }

    /// <summary>Downloads into <paramref name="destination"/> (left open) and returns the number of bytes written.</summary>
    public async Task<long> CopyToAsync(Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        if (!destination.CanWrite)
        {
            throw new ArgumentException("The destination stream must be writable.", nameof(destination));
        }

        var origin = destination.CanSeek ? destination.Position : 0;
        var stalled = 0;
        var refreshes = 0;
        var checkedExpiry = false;
        try
        {
            while (true)
            {
                if (!checkedExpiry && Refresh is not null && OutputLinks.ExpiresAt(_url) is { } expiresAt && Time.GetUtcNow() >= expiresAt - ExpiryMargin)
                {
                    // The link says it has expired: renew it before asking (once per link; a clock that disagrees with
                    // the server's may call a fresh link expired, and then the server's answer decides).
                    await RenewAsync(cancellationToken).ConfigureAwait(false);
                    refreshes++;
                }

                checkedExpiry = true;
                var before = _written;
                try
                {
                    var route = RouteFor(_url);
                    var request = TransferRequests.Download(_url, _written, _validator, route.WithApiKey);
                    if (await route.Sender.SendAsync(request, (response, ct) => ReceiveAsync(response, destination, origin, ct), cancellationToken).ConfigureAwait(false))
                    {
                        break;
                    }

                    stalled = 0;
                }
                catch (LipSyncException ex) when (ex.StatusCode is 416 && _total is { } total && _written == total)
                {
                    // Everything had arrived; only the end of the last body was lost.
                    break;
                }
                catch (LipSyncException ex) when (ex.StatusCode is 403 or 410 && Refresh is not null && refreshes < MaxRefreshesWithoutProgress)
                {
                    await RenewAsync(cancellationToken).ConfigureAwait(false);
                    refreshes++;
                    checkedExpiry = true;
                    continue;
                }
                catch (LipSyncException ex) when (ex.IsRetryable && ex.Kind != LipSyncErrorKind.Network && !cancellationToken.IsCancellationRequested)
                {
                    // Not ready yet (Breeze's 425), rate limited, a passing server error: wait as the retry policy
                    // would — the server's hint when longer, never a hint beyond MaxRetryAfter — a bounded number of times.
                    if (++stalled > MaxStalledRequests || ex.RetryAfter > MaxRetryAfter)
                    {
                        throw;
                    }

                    var delay = StallDelay(stalled);
                    await Task.Delay(ex.RetryAfter > delay ? ex.RetryAfter.Value : delay, Time, cancellationToken).ConfigureAwait(false);
                }
                catch (LipSyncException ex) when (ex.Kind == LipSyncErrorKind.Network && !cancellationToken.IsCancellationRequested)
                {
                    if (_written > before)
                    {
                        stalled = 0;
                        refreshes = 0;
                        continue;
                    }

                    if (++stalled > MaxStalledRequests)
                    {
                        throw;
                    }

                    await Task.Delay(StallDelay(stalled), Time, cancellationToken).ConfigureAwait(false);
                }

                if (_written > before)
                {
                    refreshes = 0;
                }
            }

            Verify();
            return _written;
        }
        finally
        {
            _digest?.Dispose();
        }
    }

    private static TimeSpan StallDelay(int stalled) => FirstStallDelay * (1 << (stalled - 1));

    private async Task RenewAsync(CancellationToken cancellationToken)
    {
        var fresh = await Refresh!(cancellationToken).ConfigureAwait(false)
            ?? throw LipSyncExceptionFactory.Create(
                LipSyncErrorKind.NotFound, $"{_provider}: the result link {OutputLinks.Describe(_url)} expired and the provider gave no new one.", isRetryable: false, _provider);
        _url = fresh;
    }

    // Returns true when the whole result has arrived, false when more is to be asked for (a server that answered a
    // shorter range than asked).
    private async ValueTask<bool> ReceiveAsync(HttpResponseMessage response, Stream destination, long origin, CancellationToken cancellationToken)
    {
        var validator = DownloadValidator.From(response);
        var range = response.Content.Headers.ContentRange;
        long start;
        long? total;
        if ((int)response.StatusCode == 206 && range is { From: { } from, HasRange: true })
        {
            start = from;
            total = range.Length;
        }
        else
        {
            // A whole body: the first answer, a server that ignores Range, or If-Range saying the object changed.
            start = 0;
            total = response.Content.Headers.ContentLength;
        }

        var sameObject = validator?.IsSameObjectAs(_validator) ?? true;
        if (_total is { } known && total is { } announced && known != announced)
        {
            sameObject = false;
        }

        var restarted = !sameObject || (start == 0 && _written > 0 && validator is null);
        if (restarted)
        {
            Restart(destination, origin);
        }

        if (start > _written)
        {
            // A range of another version (after a restart), or a server that answered other bytes than asked for.
            throw restarted
                ? new IOException("The result changed on the server; downloading it again from the start.")
                : new LipSyncServiceException(
                    $"{_provider}: the server answered bytes from {start} when byte {_written} was asked for.", LipSyncErrorKind.ServerError, isRetryable: false, _provider);
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);

        // A whole body of the same object after a resume: skip what is already written.
        await SkipAsync(body, _written - start, cancellationToken).ConfigureAwait(false);
        if (_written == 0)
        {
            _digest?.Dispose();
            _digest = ContentDigest.From(response, isWholeBody: start == 0 && (int)response.StatusCode == 200);
        }

        _validator = validator ?? _validator;
        if (total is { } length && _total is null)
        {
            _total = length;
            TotalKnown?.Invoke(length);
        }

        await CopyAsync(body, destination, cancellationToken).ConfigureAwait(false);
        return _total is not { } expected || _written >= expected;
    }

    // The object behind the link changed: what was written belongs to another version, so start over.
    private void Restart(Stream destination, long origin)
    {
        if (_written == 0)
        {
            return;
        }

        if (!destination.CanSeek)
        {
            throw new LipSyncServiceException(
                $"{_provider}: the result changed on the server after {_written} bytes were written to a stream that cannot be rewound; download it again.",
                LipSyncErrorKind.Conflict, isRetryable: false, _provider);
        }

        destination.Position = origin;
        destination.SetLength(origin);
        _written = 0;
        _total = null;
        _validator = null;
        _digest?.Dispose();
        _digest = null;
        Progress?.Report(0);
    }

    private async Task CopyAsync(Stream body, Stream destination, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            int read;
            while ((read = await body.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                _digest?.Append(buffer.AsSpan(0, read));
                _written += read;
                Progress?.Report(_written);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task SkipAsync(Stream body, long count, CancellationToken cancellationToken)
    {
        if (count <= 0)
        {
            return;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            while (count > 0)
            {
                var read = await body.ReadAsync(buffer.AsMemory(0, (int)Math.Min(BufferSize, count)), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    throw new IOException("The response ended before the bytes already written were skipped.");
                }

                count -= read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Verify()
    {
        if (_total is { } total && _written != total)
        {
            throw new LipSyncServiceException(
                $"{_provider}: the result is {total} bytes but {_written} were received.", LipSyncErrorKind.Network, isRetryable: true, _provider);
        }

        if (_digest is { } digest && !digest.Matches())
        {
            throw new LipSyncServiceException(
                $"{_provider}: the downloaded result does not match the server's checksum ({digest.Header}).", LipSyncErrorKind.Network, isRetryable: true, _provider);
        }
    }
}
