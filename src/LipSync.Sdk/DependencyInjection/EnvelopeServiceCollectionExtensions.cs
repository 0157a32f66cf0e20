using LipSync.Sdk;
using LipSync.Sdk.Providers.Envelope;
using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers custom envelope providers with dependency injection.</summary>
public static class EnvelopeServiceCollectionExtensions
{
    /// <summary>
    /// Registers a custom envelope API described by <paramref name="profile"/> in this container only: its error
    /// taxonomy, its named HttpClient with the API key handler, its keyed
    /// <see cref="ILipSyncClient"/> and its <see cref="IEnvelopeClient"/> (also through
    /// <see cref="ILipSyncClientFactory.GetNativeClient{TClient}"/>). Call it before or after <c>AddLipSyncClient</c>;
    /// configure the key and base address under <c>LipSync:Providers:{name}</c> as for any provider.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="profile">The profile (copied).</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="ArgumentException">The profile is invalid.</exception>
    public static IServiceCollection AddLipSyncEnvelopeProvider(this IServiceCollection services, EnvelopeProfile profile)
    {
        ArgumentNullException.ThrowIfNull(services);
        var definition = EnvelopeProviders.CustomDefinition(profile);
        services.AddSingleton(definition);
        LipSyncServiceCollectionExtensions.AddRegistry(services);
        LipSyncServiceCollectionExtensions.AddProviderServices(services, definition);
        return services;
    }

    /// <summary>Registers a custom envelope API from a configuration section bound to <see cref="EnvelopeProfile"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The section, for example <c>LipSync:EnvelopeProfiles:acme</c>.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="ArgumentException">The bound profile is invalid.</exception>
    public static IServiceCollection AddLipSyncEnvelopeProvider(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var profile = new EnvelopeProfile();
        section.Bind(profile);
        profile.ErrorLayout = BindLayout(section.GetSection(nameof(EnvelopeProfile.ErrorLayout)));
        return services.AddLipSyncEnvelopeProvider(profile);
    }

    // ErrorBodyLayout is immutable (init-only lists), which the configuration binder leaves unset: read it explicitly.
    private static ErrorBodyLayout BindLayout(IConfigurationSection layout)
    {
        string[] Paths(string name) => layout.GetSection(name).Get<string[]>() ?? [];
        return new ErrorBodyLayout
        {
            CodePaths = Paths(nameof(ErrorBodyLayout.CodePaths)),
            MessagePaths = Paths(nameof(ErrorBodyLayout.MessagePaths)),
            RetryAfterSecondsPaths = Paths(nameof(ErrorBodyLayout.RetryAfterSecondsPaths)),
            RetryAfterMillisecondsPaths = Paths(nameof(ErrorBodyLayout.RetryAfterMillisecondsPaths)),
            RequestIdPaths = Paths(nameof(ErrorBodyLayout.RequestIdPaths)),
            StatusPaths = Paths(nameof(ErrorBodyLayout.StatusPaths)),
            FieldErrorsPath = layout[nameof(ErrorBodyLayout.FieldErrorsPath)],
            FieldErrorFieldName = layout[nameof(ErrorBodyLayout.FieldErrorFieldName)] ?? "field",
            FieldErrorMessageName = layout[nameof(ErrorBodyLayout.FieldErrorMessageName)] ?? "message",
        };
    }
}
