namespace LipSync.Sdk;

/// <summary>The effective, validated settings of one provider's connection (options merged with their defaults).</summary>
internal sealed record TransportSettings(
    string Provider,
    Uri BaseAddress,
    LipSyncRetryOptions Retry,
    TimeSpan? AttemptTimeout,
    TimeSpan? TotalTimeout)
{
    /// <summary>The provider-specific settings (<see cref="LipSyncProviderOptions.AdditionalProperties"/>), read by the provider's client.</summary>
    public IReadOnlyDictionary<string, string?> AdditionalProperties { get; init; } =
        new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
}
