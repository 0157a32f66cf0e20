using LipSync.Sdk.Providers.Envelope;

namespace LipSync.Sdk.Providers.Breeze;

/// <summary>How the core hosts Breeze: the envelope definition of <see cref="BreezeProfile"/> with the typed native client.</summary>
internal static class BreezeProvider
{
    public static ProviderDefinition Definition { get; } = EnvelopeProviders.CreateDefinition(
        BreezeProfile.Create(), typeof(IBreezeClient), (connection, profile) => new BreezeClient(new EnvelopeClient(connection, profile)));
}
