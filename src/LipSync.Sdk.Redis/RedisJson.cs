using System.Text.Json;
using System.Text.Json.Serialization;
using LipSync.Sdk.ScaleOut;

namespace LipSync.Sdk.Redis;

[JsonSourceGenerationOptions(UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JobUpdate))]
internal sealed partial class RedisJsonContext : JsonSerializerContext;

internal static class RedisJson
{
    public static string Write(JobUpdate update) => JsonSerializer.Serialize(update, RedisJsonContext.Default.JobUpdate);

    public static JobUpdate? ReadUpdate(string? json) => json is null ? null : JsonSerializer.Deserialize(json, RedisJsonContext.Default.JobUpdate);
}
