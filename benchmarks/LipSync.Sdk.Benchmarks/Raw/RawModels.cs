using System.Text.Json.Serialization;

namespace LipSync.Sdk.Benchmarks;

/// <summary>
/// What a hand-written client would declare for a Sync generation: the same fields the emulator sends (so both sides
/// deserialize the same amount of JSON), plain types, no lenient converters.
/// </summary>
internal sealed class RawGeneration
{
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; set; }

    [JsonPropertyName("status")]
    public string Status { get; set; } = string.Empty;

    [JsonPropertyName("model")]
    public string? Model { get; set; }

    [JsonPropertyName("input")]
    public List<RawInput>? Input { get; set; }

    [JsonPropertyName("options")]
    public Dictionary<string, System.Text.Json.JsonElement>? Options { get; set; }

    [JsonPropertyName("webhookUrl")]
    public string? WebhookUrl { get; set; }

    [JsonPropertyName("outputUrl")]
    public string? OutputUrl { get; set; }

    [JsonPropertyName("outputDuration")]
    public double? OutputDuration { get; set; }

    [JsonPropertyName("error")]
    public string? Error { get; set; }

    [JsonPropertyName("errorCode")]
    public string? ErrorCode { get; set; }

    [JsonPropertyName("error_code")]
    public string? ErrorCodeSnake { get; set; }
}

/// <summary>One media input of a generation (create request and response).</summary>
internal sealed class RawInput
{
    [JsonPropertyName("type")]
    public string Type { get; set; } = string.Empty;

    [JsonPropertyName("url")]
    public string? Url { get; set; }
}

/// <summary>The body of <c>POST /v2/generate</c> as a hand-written client would send it.</summary>
internal sealed class RawCreateGeneration
{
    [JsonPropertyName("model")]
    public string Model { get; set; } = string.Empty;

    [JsonPropertyName("input")]
    public List<RawInput> Input { get; set; } = [];
}

/// <summary>The answer of <c>POST /v2/assets/upload</c>.</summary>
internal sealed class RawAssetUpload
{
    [JsonPropertyName("uploadUrl")]
    public string UploadUrl { get; set; } = string.Empty;

    [JsonPropertyName("url")]
    public string Url { get; set; } = string.Empty;
}

/// <summary>The body of <c>POST /v2/assets/upload</c>.</summary>
internal sealed class RawCreateUpload
{
    [JsonPropertyName("fileName")]
    public string FileName { get; set; } = string.Empty;

    [JsonPropertyName("contentType")]
    public string ContentType { get; set; } = string.Empty;

    [JsonPropertyName("size")]
    public long Size { get; set; }
}

/// <summary>The body of <c>POST /v2/assets</c>.</summary>
internal sealed class RawRegisterAsset
{
    [JsonPropertyName("url")]
    public string Url { get; set; } = string.Empty;

    [JsonPropertyName("type")]
    public string Type { get; set; } = string.Empty;

    [JsonPropertyName("name")]
    public string? Name { get; set; }
}

/// <summary>The answer of <c>POST /v2/assets</c> (the fields a caller reads).</summary>
internal sealed class RawAsset
{
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonPropertyName("size")]
    public long? Size { get; set; }
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RawGeneration))]
[JsonSerializable(typeof(RawCreateGeneration))]
[JsonSerializable(typeof(RawAssetUpload))]
[JsonSerializable(typeof(RawCreateUpload))]
[JsonSerializable(typeof(RawRegisterAsset))]
[JsonSerializable(typeof(RawAsset))]
internal sealed partial class RawJsonContext : JsonSerializerContext
{
}
