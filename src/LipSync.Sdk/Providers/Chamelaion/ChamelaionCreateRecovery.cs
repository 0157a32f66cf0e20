using System.Net;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using Polly.Timeout;

namespace LipSync.Sdk.Providers.Chamelaion;

/// <summary>
/// Chamelaion's call strategy (<see cref="ProviderDefinition.CallStrategy"/>), run inside the provider's handler chain
/// between the call and the resilience strategies, under the call's one total budget. It paces creates through the
/// client's opt-in <see cref="GenerationRateGate"/>, and it makes Chamelaion's unkeyed creates safe to retry: the retry
/// strategy below resends a create only when the failure proves it was not processed (429, connection never opened).
/// Any other retryable failure (timeout, 5xx, connection dropped after sending, an unreadable 2xx) may hide a job that
/// was created: after the usual backoff, the job is looked up by the create's <c>reference_id</c> and returned if it
/// exists; only when it does not is the create sent again. Requests without a <see cref="ChamelaionCreateCall"/> pass through.
/// </summary>
/// <remarks>
/// The gate's wait, the backoffs and the lookups all spend the create's total budget (the lookups are calls with the
/// create as <see cref="CallState.Parent"/>); a backoff that would not fit in what is left is not waited and the create's
/// failure is reported. Reference ids are not unique (the docs show two jobs sharing one), so for a caller-chosen
/// reference the ids of the jobs that already carry it are read before the create and ignored by the lookup. Residual
/// risk, stated plainly: a create still being processed when the lookup runs (a slow server behind a timeout) is not yet
/// visible and may be sent again; and two concurrent calls with the same caller-chosen reference can find each other's
/// job. Leave the reference to the SDK (or make it unique) for the strongest guarantee.
/// </remarks>
internal sealed class ChamelaionCreateRecovery(TransportSettings settings, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(ChamelaionCreateCall.Key, out var create))
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var state = CallState.Read(request);

        // Jobs the reference already names are not ours; SDK-generated references are new by construction.
        var existing = create.CallerChoseReference
            ? await JobIdsAsync(create, state, cancellationToken).ConfigureAwait(false)
            : null;
        for (var recovery = 0; ; recovery++)
        {
            if (create.RateGate is { } gate)
            {
                await gate.AcquireAsync(state.RemainingBudget(settings.TotalTimeout, time), cancellationToken).ConfigureAwait(false);
            }

            var (response, failure, thrown) = await SendOnceAsync(request, state, cancellationToken).ConfigureAwait(false);
            if (failure is null)
            {
                return response!;
            }

            // Even after the last allowed attempt the lookup runs: a job that exists is better returned than orphaned.
            // The backoff first gives the server time to commit (or give up) before asking whether the job exists.
            var backoff = BackoffCalculator.Compute(settings.Retry, recovery);
            if (!MayHaveBeenProcessed(failure) || state.RemainingBudget(settings.TotalTimeout, time) <= backoff)
            {
                return Report(response, thrown);
            }

            await Task.Delay(backoff, time, cancellationToken).ConfigureAwait(false);
            ChamelaionJob? created;
            try
            {
                created = await FindCreatedAsync(create, existing, state, cancellationToken).ConfigureAwait(false);
            }
            catch (LipSyncException)
            {
                // Whether the job exists is unknown, so sending the create again could pay twice: report the create's failure.
                return Report(response, thrown);
            }

            if (created is not null)
            {
                response?.Dispose();
                return Recovered(request, state, create.ReferenceId, created.Id);
            }

            if (!state.CanRetry || recovery >= settings.Retry.MaxRetries)
            {
                return Report(response, thrown);
            }

            response?.Dispose();
        }
    }

    /// <summary>
    /// Whether a failed create may nonetheless have created a job: a retryable failure that the connection did not
    /// retry itself because nothing proves the request went unprocessed.
    /// </summary>
    internal static bool MayHaveBeenProcessed(LipSyncException failure) =>
        failure.IsRetryable
        && failure.Kind is LipSyncErrorKind.Network or LipSyncErrorKind.Timeout or LipSyncErrorKind.ServerError or LipSyncErrorKind.ServiceUnavailable
        && !RetryDecider.ProvesNotProcessed(failure);

    // One pass through the resilience strategies (every attempt they allow). Below CallHandler an answered failure rides
    // on the call state with its response; an unanswered one is thrown (a network failure, the attempt timeout).
    private async Task<(HttpResponseMessage? Response, LipSyncException? Failure, ExceptionDispatchInfo? Thrown)> SendOnceAsync(
        HttpRequestMessage request, CallState state, CancellationToken cancellationToken)
    {
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return (response, state.Failure, null);
        }
        catch (Exception ex) when (ex is LipSyncException or TimeoutRejectedException && !cancellationToken.IsCancellationRequested)
        {
            return (null, LipSyncResiliencePipeline.AsLipSyncException(ex, settings.Provider), ExceptionDispatchInfo.Capture(ex));
        }
    }

    // The create's own failure goes up as it came: thrown, or answered (CallHandler throws what the call state holds).
    private static HttpResponseMessage Report(HttpResponseMessage? response, ExceptionDispatchInfo? thrown)
    {
        thrown?.Throw();
        return response!;
    }

    // The job exists: answer as the lost 2xx would have, already parsed (as ErrorHandler leaves an answer for Refit).
    private static HttpResponseMessage Recovered(HttpRequestMessage request, CallState state, string referenceId, string jobId)
    {
        var answer = new GenerateResponse { Status = "success", RequestId = jobId, ReferenceId = referenceId, RecoveredByLookup = true };
        state.Failure = null;
        state.StatusCode = (int)HttpStatusCode.OK;
        var length = JsonSerializer.SerializeToUtf8Bytes(answer, ChamelaionJsonContext.Default.GenerateResponse).Length;
        return new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = ParsedContent.Parsed(answer, length) };
    }

    private static async Task<ChamelaionJob?> FindCreatedAsync(
        ChamelaionCreateCall create, HashSet<string>? existing, CallState state, CancellationToken cancellationToken)
    {
        await foreach (var job in create.FindByReference(create.ReferenceId, state, cancellationToken).ConfigureAwait(false))
        {
            if (existing is null || !existing.Contains(job.Id))
            {
                return job;
            }
        }

        return null;
    }

    private static async Task<HashSet<string>> JobIdsAsync(ChamelaionCreateCall create, CallState state, CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await foreach (var job in create.FindByReference(create.ReferenceId, state, cancellationToken).ConfigureAwait(false))
        {
            ids.Add(job.Id);
        }

        return ids;
    }
}
