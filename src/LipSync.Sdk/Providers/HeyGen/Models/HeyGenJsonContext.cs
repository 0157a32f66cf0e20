using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.HeyGen;

/// <summary>
/// Source-generated System.Text.Json metadata for every HeyGen wire model. Null values are not written, so HeyGen's
/// defaults apply to unset fields; names come from the explicit <see cref="JsonPropertyNameAttribute"/> on each member.
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Converters = [typeof(FiniteDoubleConverter), typeof(LenientDoubleConverter)])]
[JsonSerializable(typeof(CreateLipsyncRequest))]
[JsonSerializable(typeof(HeyGenData<LipsyncCreated>))]
[JsonSerializable(typeof(HeyGenData<Lipsync>))]
[JsonSerializable(typeof(HeyGenData<LipsyncDeleted>))]
[JsonSerializable(typeof(HeyGenPage<Lipsync>))]
[JsonSerializable(typeof(CreateVideoRequest))]
[JsonSerializable(typeof(HeyGenData<VideoCreated>))]
[JsonSerializable(typeof(HeyGenData<Video>))]
[JsonSerializable(typeof(HeyGenPage<Video>))]
[JsonSerializable(typeof(HeyGenData<HeyGenAsset>))]
[JsonSerializable(typeof(CreateDirectUploadRequest))]
[JsonSerializable(typeof(HeyGenData<DirectUpload>))]
[JsonSerializable(typeof(HeyGenLegacyEnvelope<LegacyVideoStatus>))]
[JsonSerializable(typeof(UpdateLipsyncRequest))]
[JsonSerializable(typeof(CreateVideoTranslationRequest))]
[JsonSerializable(typeof(HeyGenData<VideoTranslationsCreated>))]
[JsonSerializable(typeof(HeyGenData<VideoTranslation>))]
[JsonSerializable(typeof(HeyGenData<VideoTranslationLanguages>))]
[JsonSerializable(typeof(CreateWebhookEndpointRequest))]
[JsonSerializable(typeof(HeyGenData<HeyGenWebhookEndpoint>))]
[JsonSerializable(typeof(HeyGenPage<HeyGenWebhookEndpoint>))]
[JsonSerializable(typeof(HeyGenData<HeyGenWebhookSecretRotated>))]
[JsonSerializable(typeof(HeyGenPage<HeyGenWebhookEventType>))]
[JsonSerializable(typeof(HeyGenData<System.Text.Json.JsonElement>))]
internal sealed partial class HeyGenJsonContext : JsonSerializerContext
{
}
