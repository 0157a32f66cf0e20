namespace LipSync.Sdk.Providers.Envelope;

/// <summary>
/// Registers envelope APIs described by an <see cref="EnvelopeProfile"/>, so they get the SDK's error taxonomy,
/// retries, <see cref="LipSyncErrors.FromResponse"/>, <see cref="LipSyncClientFactory"/> clients and (through
/// <c>services.AddLipSyncEnvelopeProvider</c>) dependency injection with their own named HttpClient.
/// </summary>
public static class EnvelopeProviders
{
    /// <summary>
    /// Registers (or replaces) a custom envelope provider process-wide. Its native client is <see cref="IEnvelopeClient"/>;
    /// its neutral <see cref="ILipSyncClient"/> reads jobs through <see cref="EnvelopeProfile.Jobs"/>.
    /// </summary>
    /// <param name="profile">The profile; it is copied, so later changes to it have no effect.</param>
    /// <returns>The registered provider name.</returns>
    /// <exception cref="ArgumentException">The profile is invalid (the message lists every problem).</exception>
    public static string Register(EnvelopeProfile profile)
    {
        var definition = CreateDefinition(profile, typeof(IEnvelopeClient), (transport, snapshot) => new EnvelopeClient(transport, snapshot));
        ProviderDefinitions.Register(definition);
        return definition.Name;
    }

    /// <summary>Builds the provider definition of a profile; built-in providers pass their own native client.</summary>
    internal static ProviderDefinition CreateDefinition(
        EnvelopeProfile profile, Type nativeClientType, Func<ProviderTransport, EnvelopeProfile, object> createNative)
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
            transport => createNative(transport, snapshot),
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
