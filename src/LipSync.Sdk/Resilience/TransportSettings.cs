namespace LipSync.Sdk;

/// <summary>The effective, validated settings of one provider's transport (options merged with their defaults).</summary>
internal sealed record TransportSettings(
    string Provider,
    Uri BaseAddress,
    LipSyncRetryOptions Retry,
    TimeSpan? AttemptTimeout,
    TimeSpan? TotalTimeout);
