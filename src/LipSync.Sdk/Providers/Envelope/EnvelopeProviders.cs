namespace LipSync.Sdk.Providers.Envelope;

/// <summary>
/// Turns an <see cref="EnvelopeProfile"/> into a provider: the SDK's error taxonomy, retries and clients for an envelope
/// API. Register one with <c>services.AddLipSyncEnvelopeProvider</c> (per container) or pass it to
/// the <see cref="LipSyncClientFactory"/> constructor that takes profiles (per factory); nothing is registered process-wide.
/// </summary>
internal static class EnvelopeProviders
{
    /// <summary>The definition of a custom profile: its native client is <see cref="IEnvelopeClient"/>.</summary>
    internal static ProviderDefinition CustomDefinition(EnvelopeProfile profile) =>
        CreateDefinition(profile, typeof(IEnvelopeClient), (connection, snapshot) => new EnvelopeClient(connection, snapshot));

    /// <summary>Builds the provider definition of a profile; built-in providers pass their own native client.</summary>
    internal static ProviderDefinition CreateDefinition(
        EnvelopeProfile profile, Type nativeClientType, Func<ProviderChannel, EnvelopeProfile, object> createNative)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var errors = profile.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors), nameof(profile));
        }

        var snapshot = Copy(profile);
        return new ProviderDefinition(
            snapshot.Name,
            snapshot.BaseAddress!,
            snapshot.ApiKeyHeader,
            snapshot.ResolveApiKeyEnvironmentVariable(),
            new EnvelopeErrorProfile(snapshot),
            nativeClientType,
            connection => createNative(connection, snapshot),
            native => new EnvelopeLipSyncClient(native))
        {
            ApiKeyPrefix = snapshot.ApiKeyPrefix,
            SubmitsLipSyncJobs = false,
        };
    }

    private static EnvelopeProfile Copy(EnvelopeProfile profile) => new()
    {
        Name = profile.Name.Trim(),
        BaseAddress = profile.BaseAddress,
        ApiKeyHeader = profile.ApiKeyHeader,
        ApiKeyPrefix = profile.ApiKeyPrefix ?? string.Empty,
        ApiKeyEnvironmentVariable = profile.ApiKeyEnvironmentVariable,
        RequestIdHeaders = [.. profile.RequestIdHeaders ?? []],
        ErrorLayout = profile.ErrorLayout,
        ErrorFlagPath = profile.ErrorFlagPath,
        ErrorFlagValue = profile.ErrorFlagValue,
        Codes = [.. profile.Codes ?? []],
        CaseSensitiveCodes = profile.CaseSensitiveCodes,
        Jobs = profile.Jobs is { } jobs
            ? new EnvelopeJobLayout
            {
                PathTemplate = jobs.PathTemplate,
                IdPath = jobs.IdPath,
                StatusPath = jobs.StatusPath,
                Statuses = new Dictionary<string, JobStatus>(jobs.Statuses, StringComparer.OrdinalIgnoreCase),
                ProgressPath = jobs.ProgressPath,
                OutputUrlPath = jobs.OutputUrlPath,
                DurationSecondsPath = jobs.DurationSecondsPath,
                CreatedAtPath = jobs.CreatedAtPath,
                ErrorCodePath = jobs.ErrorCodePath,
                ErrorMessagePath = jobs.ErrorMessagePath,
            }
            : null,
        RateLimitHeaders = profile.RateLimitHeaders,
    };
}
