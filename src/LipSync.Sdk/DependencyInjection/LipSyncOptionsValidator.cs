using Microsoft.Extensions.Options;

namespace LipSync.Sdk;

/// <summary>Checks <see cref="LipSyncOptions"/> at start-up, with messages that say what to set and where.</summary>
internal sealed class LipSyncOptionsValidator(ProviderRegistry registry) : IValidateOptions<LipSyncOptions>
{
    public ValidateOptionsResult Validate(string? name, LipSyncOptions options)
    {
        var errors = Check(options, registry).ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    public static IEnumerable<string> Check(LipSyncOptions options, ProviderRegistry registry)
    {
        var configured = options.Providers.Keys.ToList();
        if (!string.IsNullOrWhiteSpace(options.DefaultProvider) && !configured.Contains(options.DefaultProvider, StringComparer.OrdinalIgnoreCase))
        {
            configured.Add(options.DefaultProvider);
        }

        if (configured.Count == 0)
        {
            yield return "No LipSync provider is configured: set LipSync:DefaultProvider (for example \"sync\") or add LipSync:Providers:<name>.";
        }

        // With two or more providers the unkeyed ILipSyncClient has no obvious target: say so now, not at first use.
        if (string.IsNullOrWhiteSpace(options.DefaultProvider) && options.Providers.Count > 1)
        {
            yield return $"{options.Providers.Count} LipSync providers are configured ({string.Join(", ", options.Providers.Keys.Order(StringComparer.OrdinalIgnoreCase))}) "
                + "and LipSync:DefaultProvider is not set: set it to the one the unkeyed ILipSyncClient should use.";
        }

        foreach (var error in options.Retry.Validate("LipSync:Retry"))
        {
            yield return error;
        }

        foreach (var error in TimeoutRules.CheckValues("LipSync", options.AttemptTimeout, options.TotalTimeout)
                     .Concat(TimeoutRules.CheckOrder("LipSync", options.AttemptTimeout, options.TotalTimeout)))
        {
            yield return error;
        }

        foreach (var name in configured)
        {
            if (!registry.TryGet(name, out var definition))
            {
                yield return $"Unknown LipSync provider '{name}'. Known providers: {string.Join(", ", registry.Names)}.";
                continue;
            }

            options.Providers.TryGetValue(name, out var provider);
            if (string.IsNullOrWhiteSpace(ApiKeyRules.Resolve(definition, provider)))
            {
                yield return $"No API key for the {definition.Name} provider: set LipSync:Providers:{definition.Name}:ApiKey or the {definition.ApiKeyEnvironmentVariable} environment variable.";
            }
            else if (ApiKeyRules.Problem(definition, provider) is { } keyProblem)
            {
                yield return keyProblem;
            }

            if (provider?.BaseAddress is { } address && (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp)))
            {
                yield return $"LipSync:Providers:{definition.Name}:BaseAddress must be an absolute http(s) URL.";
            }

            // A provider's override is checked against what it will actually run with: its own value or the global one.
            var owner = $"LipSync:Providers:{definition.Name}";
            foreach (var error in TimeoutRules.CheckValues(owner, provider?.AttemptTimeout, provider?.TotalTimeout))
            {
                yield return error;
            }

            // An attempt timeout someone chose (here or globally) must fit in the total this provider runs with.
            if (provider is { AttemptTimeout: not null } or { TotalTimeout: not null } && (provider.AttemptTimeout is not null || options.AttemptTimeoutIsSet))
            {
                foreach (var error in TimeoutRules.CheckOrder(owner, provider.AttemptTimeout ?? options.AttemptTimeout, provider.TotalTimeout ?? options.TotalTimeout))
                {
                    yield return error;
                }
            }

            foreach (var error in provider?.Retry?.Validate($"LipSync:Providers:{definition.Name}:Retry") ?? [])
            {
                yield return error;
            }
        }
    }
}
