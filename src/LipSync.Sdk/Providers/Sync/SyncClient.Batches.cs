using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace LipSync.Sdk.Providers.Sync;

// The Batch API (sync.md §5).
public sealed partial class SyncClient
{
    /// <inheritdoc />
    public Task<Batch> CreateBatchAsync(
        SyncBatchFile file, Uri? webhookUrl = null, bool dryRun = false, SyncBatchLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        file.Validate(limits);
        var content = file.Content;
        HttpContent Form()
        {
            // Multipart field names are snake_case here (webhook_url, dry_run), unlike the JSON API.
            var form = new MultipartFormDataContent();
            var input = new ReadOnlyMemoryContent(content);
            input.Headers.ContentType = new MediaTypeHeaderValue("application/jsonl");
            form.Add(input, "input", "batch.jsonl");
            if (webhookUrl is not null)
            {
                form.Add(new StringContent(webhookUrl.AbsoluteUri), "webhook_url");
            }

            form.Add(new StringContent(dryRun ? "true" : "false"), "dry_run");
            return form;
        }

        // Each attempt sends a fresh form over the same bytes (a sent content is not sent twice).
        var call = new CallState("CreateBatch", RequestSafety.NotIdempotent) { ResponseType = SyncJsonContext.Default.Batch, ContentFactory = Form };
        return Read(_api.CreateBatch(Form(), call, cancellationToken), call);
    }

    /// <inheritdoc />
    public Task<Batch> GetBatchAsync(string batchId, CancellationToken cancellationToken = default)
    {
        var id = PathSegment.Id(batchId);
        var call = Call("GetBatch", RequestSafety.Idempotent, SyncJsonContext.Default.Batch);
        return Read(_api.GetBatch(id, call, cancellationToken), call);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Batch>> ListBatchesAsync(ListBatchesOptions? options = null, CancellationToken cancellationToken = default)
    {
        var call = Call("ListBatches", RequestSafety.Idempotent, SyncJsonContext.Default.ListBatch);
        return await Read(
            _api.ListBatches(
                NullIfEmpty(options?.Status),
                options?.CreatedAfter?.UtcDateTime.ToString("o", CultureInfo.InvariantCulture),
                options?.CreatedBefore?.UtcDateTime.ToString("o", CultureInfo.InvariantCulture),
                call, cancellationToken),
            call).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<Batch> WaitForBatchAsync(
        string batchId, JobWaitOptions? options = null, IProgress<Batch>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(batchId);
        options ??= new JobWaitOptions();

        // The jobs' polling loop: each poll runs under what is left of the wait, as a job's does.
        var rules = new PollingRules<Batch>(
            batch => batch.IsTerminal,
            (last, batch) => batch.Status != last.Status || batch.Metrics?.PendingCount != last.Metrics?.PendingCount,
            last => new LipSyncTimeoutException(
                string.Create(CultureInfo.InvariantCulture, $"sync: batch {ServerText.Clean(batchId)} did not finish within {options.Timeout.TotalSeconds:0.#} s (")
                + (last is null ? "the status poll did not answer in time)." : $"last status {ServerText.Clean(last.Status)}).")
                , isRetryable: true, SyncErrorCatalog.ProviderName));
        Batch? finished = null;
        await foreach (var batch in PollingLoop.RunAsync(
                           async (_, ct) => new Polled<Batch>(await GetBatchAsync(batchId, ct).ConfigureAwait(false), null),
                           rules, options, TimeSpan.Zero, _connection.Time, cancellationToken).ConfigureAwait(false))
        {
            progress?.Report(batch);
            finished = batch;
        }

        return finished!;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<SyncBatchResult> ReadBatchResultsAsync(Batch batch, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (!Uri.TryCreate(batch.OutputUrl, UriKind.Absolute, out var outputUrl))
        {
            throw new InvalidOperationException($"Batch {batch.Id} has no output URL yet (status {batch.Status}).");
        }

        // The API answers 302 to a signed file; the redirect is followed by hand, through a client without the key.
        var (location, body) = await ReadRedirectOrBodyAsync(outputUrl, cancellationToken).ConfigureAwait(false);

        using var response = location is null ? null : await MediaDownloader.OpenAsync(Provider, location, client: null, cancellationToken).ConfigureAwait(false);
        var stream = response is null ? new MemoryStream(body!) : await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var number = 0;
            while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                number++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                SyncBatchResult? result;
                try
                {
                    result = JsonSerializer.Deserialize(line, SyncJsonContext.Default.SyncBatchResult);
                }
                catch (JsonException ex)
                {
                    throw _connection.InvalidResponse(200, $"line {number} of the batch result file is not JSON", ex);
                }

                if (result is not null)
                {
                    yield return result;
                }
            }
        }
    }

    private string Provider => SyncErrorCatalog.ProviderName;

    private async Task<(Uri? Location, byte[]? Body)> ReadRedirectOrBodyAsync(Uri outputUrl, CancellationToken cancellationToken)
    {
        // A redirect is handed back as the answer (to read its Location); a file is streamed, not read inside the attempt.
        var call = new CallState("GetBatchResult", RequestSafety.Idempotent) { AcceptsRedirect = true, BuffersSuccessBody = false };
        using var response = await Read(_api.GetBatchResult(outputUrl, call, cancellationToken), call).ConfigureAwait(false);
        if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
        {
            return (location.IsAbsoluteUri ? location : new Uri(response.RequestMessage!.RequestUri!, location), null);
        }

        try
        {
            return (null, await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            throw new LipSyncServiceException(
                $"{Provider}: network error: {_connection.Redactor.Redact(ex.Message)}", LipSyncErrorKind.Network, isRetryable: true, Provider, innerException: ex);
        }
    }
}
