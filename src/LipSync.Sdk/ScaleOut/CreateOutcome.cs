namespace LipSync.Sdk.ScaleOut;

/// <summary>Whether a failed create proves that no job exists (so its slot and journal entry can go).</summary>
internal static class CreateOutcome
{
    public static bool ProvesNoJob(Exception failure) => failure switch
    {
        // A 4xx answer is a refusal (408 is a timeout: the request may have been processed); so is a local validation
        // failure (no status) or a connection that never opened.
        LipSyncException { StatusCode: >= 400 and < 500 and not 408 } => true,
        LipSyncException { StatusCode: null, Kind: LipSyncErrorKind.InvalidRequest or LipSyncErrorKind.InvalidMedia } => true,
        LipSyncException error => RetryDecider.ProvesNotProcessed(error),
        ArgumentException => true,
        _ => false,
    };
}
