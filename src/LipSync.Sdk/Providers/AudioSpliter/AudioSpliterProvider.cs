using LipSync.Sdk.Providers.Envelope;

namespace LipSync.Sdk.Providers.AudioSpliter;

/// <summary>How the core hosts AudioSpliter: the envelope definition of <see cref="AudioSpliterProfile"/> with the typed native client.</summary>
internal static class AudioSpliterProvider
{
    public static ProviderDefinition Definition { get; } = EnvelopeProviders.CreateDefinition(
        AudioSpliterProfile.Create(), typeof(IAudioSpliterClient),
        (connection, profile) => new AudioSpliterClient(new EnvelopeClient(connection, profile)));
}
