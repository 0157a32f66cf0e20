using Microsoft.Extensions.Logging;

namespace LipSync.Sdk;

/// <summary>
/// Logs each neutral call: its start (Debug), the job it produced (Information for submits and deletes, Debug for
/// reads) and its failure (Warning: error kind, HTTP status, the provider's code). Never logged: API keys, media URLs
/// (they may carry signatures), request bodies and the provider's free-text messages; codes and statuses are
/// sanitised (<see cref="LogText"/>).
/// </summary>
internal sealed partial class LoggingLipSyncClient(ILipSyncClient inner, ILogger logger) : DelegatingLipSyncClient(inner)
{
    public override async Task<LipSyncJob> SubmitAsync(LipSyncRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        LogSubmitting(Provider, request.Model, Kind(request.Video), Kind(request.Audio));
        var job = await LoggedAsync("Submit", null, () => InnerClient.SubmitAsync(request, cancellationToken)).ConfigureAwait(false);
        LogSubmitted(job.Provider, LogText.Sanitize(job.Id)!, job.Status, LogText.Sanitize(job.ProviderStatus));
        return job;
    }

    public override async Task<LipSyncJob> GetJobAsync(string jobId, CancellationToken cancellationToken = default)
    {
        var job = await LoggedAsync("GetJob", jobId, () => InnerClient.GetJobAsync(jobId, cancellationToken)).ConfigureAwait(false);
        LogRead(job.Provider, LogText.Sanitize(job.Id)!, job.Status, LogText.Sanitize(job.ProviderStatus));
        return job;
    }

    public override async Task<LipSyncJob> WaitForCompletionAsync(string jobId, JobWaitOptions? options = null, CancellationToken cancellationToken = default)
    {
        LogWaiting(Provider, LogText.Sanitize(jobId));
        var job = await LoggedAsync("WaitForCompletion", jobId, () => InnerClient.WaitForCompletionAsync(jobId, options, cancellationToken)).ConfigureAwait(false);
        LogRead(job.Provider, LogText.Sanitize(job.Id)!, job.Status, LogText.Sanitize(job.ProviderStatus));
        return job;
    }

    public override async Task DeleteJobAsync(string jobId, CancellationToken cancellationToken = default)
    {
        await LoggedAsync("DeleteJob", jobId, async () =>
        {
            await InnerClient.DeleteJobAsync(jobId, cancellationToken).ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);
        LogDeleted(Provider, LogText.Sanitize(jobId));
    }

    private static string Kind(MediaSource? source) => source switch
    {
        UrlMediaSource => "url",
        ProviderAssetMediaSource => "asset",
        LocalMediaSource => "local",
        _ => "none",
    };

    private async Task<T> LoggedAsync<T>(string operation, string? jobId, Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (LipSyncException failure)
        {
            LogFailed(operation, failure.Provider, LogText.Sanitize(jobId), failure.Kind, failure.StatusCode, LogText.Sanitize(failure.ErrorCode), failure.IsRetryable);
            throw;
        }
        catch (OperationCanceledException)
        {
            LogCanceled(operation, Provider, LogText.Sanitize(jobId));
            throw;
        }
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Debug, Message = "{Provider}: submitting a lip-sync job (model {Model}, video {VideoKind}, audio {AudioKind})")]
    private partial void LogSubmitting(string provider, string? model, string videoKind, string audioKind);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "{Provider}: job {JobId} submitted ({Status}, {ProviderStatus})")]
    private partial void LogSubmitted(string provider, string jobId, JobStatus status, string? providerStatus);

    [LoggerMessage(EventId = 102, Level = LogLevel.Debug, Message = "{Provider}: job {JobId} is {Status} ({ProviderStatus})")]
    private partial void LogRead(string provider, string jobId, JobStatus status, string? providerStatus);

    [LoggerMessage(EventId = 103, Level = LogLevel.Debug, Message = "{Provider}: waiting for job {JobId}")]
    private partial void LogWaiting(string provider, string? jobId);

    [LoggerMessage(EventId = 104, Level = LogLevel.Information, Message = "{Provider}: job {JobId} deleted")]
    private partial void LogDeleted(string provider, string? jobId);

    [LoggerMessage(EventId = 105, Level = LogLevel.Warning,
        Message = "{Operation} failed at {Provider} (job {JobId}): {Kind}, HTTP {StatusCode}, code {ErrorCode}, retryable {IsRetryable}")]
    private partial void LogFailed(string operation, string provider, string? jobId, LipSyncErrorKind kind, int? statusCode, string? errorCode, bool isRetryable);

    [LoggerMessage(EventId = 106, Level = LogLevel.Debug, Message = "{Operation} at {Provider} (job {JobId}) was canceled by the caller")]
    private partial void LogCanceled(string operation, string provider, string? jobId);
}
