namespace LipSync.Sdk.Providers.Sync;

/// <summary>The answer to a (long) poll of a generation.</summary>
/// <param name="Generation">The generation as the server last saw it (terminal or not).</param>
/// <param name="RetryAfter">The server's <c>Retry-After</c> hint for the next poll (Sync sends 2 s on long polls), if any.</param>
public sealed record SyncPollResult(Generation Generation, TimeSpan? RetryAfter);
