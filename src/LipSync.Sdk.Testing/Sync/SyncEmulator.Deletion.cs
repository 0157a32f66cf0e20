using Microsoft.AspNetCore.Http;

namespace LipSync.Sdk.Testing;

// DELETE /v2/generations/{id} (sync.so docs, generate-api/delete; api-updates.md).
public sealed partial class SyncEmulator
{
    private const string NotDeletableWhileProcessing = "generation_not_deletable_while_processing";

    /// <summary>How many generations <c>DELETE /v2/generations/{id}</c> has removed.</summary>
    public int DeletedJobCount => Volatile.Read(ref _deletedJobCount);

    private int _deletedJobCount;

    private async Task HandleDeleteAsync(HttpContext context)
    {
        var (outcome, generation) = _store.Delete((string)context.Request.RouteValues["id"]!);
        switch (outcome)
        {
            case SyncDeleteOutcome.NotFound:
                await WriteErrorAsync(context, StatusCodes.Status404NotFound, "Generation not found", SyncEmulatorErrorCodes.GenerationNotFound)
                    .ConfigureAwait(false);
                break;

            case SyncDeleteOutcome.StillProcessing:
                await WriteErrorAsync(context, StatusCodes.Status409Conflict, "A generation cannot be deleted while it is processing.", NotDeletableWhileProcessing)
                    .ConfigureAwait(false);
                break;

            default:
                Interlocked.Increment(ref _deletedJobCount);
                await WriteJsonAsync(context, StatusCodes.Status200OK, generation).ConfigureAwait(false);
                break;
        }
    }
}
