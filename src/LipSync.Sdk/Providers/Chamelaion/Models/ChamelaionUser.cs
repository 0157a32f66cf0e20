using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.Chamelaion;

/// <summary>The answer of <c>GET /v1/users/me</c>: the API token's identity.</summary>
public sealed class ChamelaionUser
{
    /// <summary>The token's display name (<c>name</c>), e.g. "My API Token".</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }
}

/// <summary>The answer of <c>GET /health</c>.</summary>
public sealed class ChamelaionHealth
{
    /// <summary>The service state (<c>status</c>), <c>ok</c> when healthy.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }
}
