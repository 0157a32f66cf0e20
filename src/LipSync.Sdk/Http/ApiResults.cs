using System.Runtime.ExceptionServices;
using System.Text.Json;

namespace LipSync.Sdk;

/// <summary>
/// Where a Refit call's result becomes the SDK's: the handler chain has already turned every error answer and
/// connection failure into a <see cref="LipSyncException"/>; what is left is a 2xx body that is not the documented JSON
/// (Refit's <see cref="Refit.ApiException"/>, never shown to a caller) or JSON <c>null</c>.
/// </summary>
internal static class ApiResults
{
    public static async Task<T> ReadAsync<T>(Task<T> call, CallState state, string provider)
    {
        T? result;
        try
        {
            result = await call.ConfigureAwait(false);
        }
        catch (Refit.ApiRequestException ex) when (ex.InnerException is { } inner)
        {
            // Refit wraps what the handler chain threw (already the taxonomy, or the caller's cancellation): unwrap it.
            ExceptionDispatchInfo.Throw(inner);
            throw;
        }
        catch (Refit.ApiException ex)
        {
            throw Convert(ex, state, provider);
        }

        return result ?? throw Invalid(state, provider, "the body was JSON null", null);
    }

    private static Exception Convert(Refit.ApiException ex, CallState state, string provider) => ex.InnerException switch
    {
        LipSyncException known => known,
        OperationCanceledException canceled => canceled,
        JsonException json => Invalid(state, provider, "the body is not the JSON the API documents", json),
        _ => Invalid(state, provider, "the body could not be read", ex.InnerException ?? ex),
    };

    private static LipSyncServiceException Invalid(CallState state, string provider, string problem, Exception? inner)
    {
        var failure = InvalidResponse(provider, state.StatusCode ?? 200, problem, inner);
        failure.Attempts = state.Attempts;
        return failure;
    }

    /// <summary>A 2xx answer that is not what the API documents: server trouble, retryable like any other.</summary>
    public static LipSyncServiceException InvalidResponse(string provider, int statusCode, string problem, Exception? inner) =>
        new($"{provider}: unexpected success response (HTTP {statusCode}): {problem}.",
            LipSyncErrorKind.ServerError, isRetryable: true, provider, statusCode, innerException: inner);
}
