using System.Runtime.ExceptionServices;

namespace LipSync.Sdk.Providers.Chamelaion;

/// <summary>
/// Makes Chamelaion's unkeyed creates safe to retry. The transport retries a create only when the failure proves it
/// was not processed (429, connection never opened). Any other retryable failure (timeout, 5xx, connection dropped
/// after sending, an unreadable 2xx) may hide a job that was created: after the usual backoff, the job is looked up
/// by the create's <c>reference_id</c> and returned if it exists; only when it does not is the create sent again.
/// </summary>
/// <remarks>
/// Reference ids are not unique (the docs show two jobs sharing one), so for a caller-chosen reference the ids of the
/// jobs that already carry it are read before the create and ignored by the lookup. Residual risk, stated plainly: a
/// create still being processed when the lookup runs (a slow server behind a timeout) is not yet visible and may be
/// sent again; and two concurrent calls with the same caller-chosen reference can find each other's job. Leave the
/// reference to the SDK (or make it unique) for the strongest guarantee.
/// </remarks>
internal sealed class ChamelaionCreateRecovery(ChamelaionClient client, ProviderTransport transport)
{
    public async Task<GenerateResponse> CreateAsync(
        ApiRequest call, string referenceId, bool callerChoseReference, bool canResend, CancellationToken cancellationToken)
    {
        // Jobs the reference already names are not ours; SDK-generated references are new by construction.
        var existing = callerChoseReference
            ? await JobIdsAsync(referenceId, cancellationToken).ConfigureAwait(false)
            : null;
        var retry = transport.Settings.Retry;
        for (var recovery = 0; ; recovery++)
        {
            ExceptionDispatchInfo failure;
            try
            {
                await client.WaitForGenerationPermitAsync(cancellationToken).ConfigureAwait(false);
                var response = await transport.SendAsync(call, ChamelaionJsonContext.Default.GenerateResponse, cancellationToken).ConfigureAwait(false);
                response.ReferenceId = referenceId;
                return response;
            }
            catch (LipSyncException error) when (MayHaveBeenProcessed(error))
            {
                failure = ExceptionDispatchInfo.Capture(error);
            }

            // Even after the last allowed attempt the lookup runs: a job that exists is better returned than orphaned.
            // The backoff first gives the server time to commit (or give up) before asking whether the job exists.
            await Task.Delay(BackoffCalculator.Compute(retry, recovery), transport.Time, cancellationToken).ConfigureAwait(false);
            ChamelaionJob? created;
            try
            {
                created = await FindCreatedAsync(referenceId, existing, cancellationToken).ConfigureAwait(false);
            }
            catch (LipSyncException)
            {
                // Whether the job exists is unknown, so sending the create again could pay twice: report the create's failure.
                failure.Throw();
                throw;
            }

            if (created is not null)
            {
                return new GenerateResponse
                {
                    Status = "success",
                    RequestId = created.Id,
                    ReferenceId = referenceId,
                    RecoveredByLookup = true,
                };
            }

            if (!canResend || recovery >= retry.MaxRetries)
            {
                failure.Throw();
            }
        }
    }

    /// <summary>
    /// Whether a failed create may nonetheless have created a job: a retryable failure that the transport did not
    /// retry itself because nothing proves the request went unprocessed.
    /// </summary>
    internal static bool MayHaveBeenProcessed(LipSyncException failure) =>
        failure.IsRetryable
        && failure.Kind is LipSyncErrorKind.Network or LipSyncErrorKind.Timeout or LipSyncErrorKind.ServerError or LipSyncErrorKind.ServiceUnavailable
        && !RetryDecider.ProvesNotProcessed(failure);

    private async Task<ChamelaionJob?> FindCreatedAsync(string referenceId, HashSet<string>? existing, CancellationToken cancellationToken)
    {
        await foreach (var job in client.ListRequestsAsync(new ListRequestsOptions { ReferenceId = referenceId }, cancellationToken).ConfigureAwait(false))
        {
            if (existing is null || !existing.Contains(job.Id))
            {
                return job;
            }
        }

        return null;
    }

    private async Task<HashSet<string>> JobIdsAsync(string referenceId, CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await foreach (var job in client.ListRequestsAsync(new ListRequestsOptions { ReferenceId = referenceId }, cancellationToken).ConfigureAwait(false))
        {
            ids.Add(job.Id);
        }

        return ids;
    }
}
