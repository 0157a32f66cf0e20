namespace LipSync.Sdk;

/// <summary>Settings of one provider. Unset values fall back to <see cref="LipSyncOptions"/> and the provider's defaults.</summary>
public sealed class LipSyncProviderOptions
{
    /// <summary>
    /// The API key. When empty, the provider's environment variable is used (<c>SYNC_API_KEY</c>, <c>CHAMELAION_API_KEY</c>,
    /// <c>HEYGEN_API_KEY</c>, <c>BREEZE_API_KEY</c>, <c>AUDIOSPLITER_API_KEY</c>). Never logged and never shown by <see cref="ToString"/>.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>Replaces the provider's base address (for example an emulator or a proxy). Paths are appended exactly as on the real API.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>Retry settings for this provider; null uses <see cref="LipSyncOptions.Retry"/>.</summary>
    public LipSyncRetryOptions? Retry { get; set; }

    /// <summary>Per-attempt timeout for this provider; null uses <see cref="LipSyncOptions.AttemptTimeout"/>.</summary>
    public TimeSpan? AttemptTimeout { get; set; }

    /// <summary>Total timeout of one call (all attempts and delays) for this provider; null uses <see cref="LipSyncOptions.TotalTimeout"/>.</summary>
    public TimeSpan? TotalTimeout { get; set; }

    /// <summary>
    /// Provider-specific settings by name (case-insensitive), for options only one provider has, so this type never
    /// grows a field for one provider. Each provider documents the keys it reads (Chamelaion: <c>LimitGenerationRate</c>,
    /// <c>GenerationRequestsPerMinute</c>, <c>GenerationQueueLimit</c>). Bound from
    /// <c>LipSync:Providers:&lt;name&gt;:AdditionalProperties</c>.
    /// </summary>
    public IDictionary<string, string?> AdditionalProperties { get; set; } = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override string ToString() =>
        $"BaseAddress={BaseAddress?.ToString() ?? "(default)"}, ApiKey={(string.IsNullOrEmpty(ApiKey) ? "(not set)" : "(set)")}";
}
