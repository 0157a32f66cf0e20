namespace LipSync.Sdk.Providers.Envelope;

/// <summary>A native client built on the envelope implementation; gives the neutral adapter the shared <see cref="EnvelopeClient"/>.</summary>
internal interface IEnvelopeNativeClient
{
    EnvelopeClient Envelope { get; }
}
