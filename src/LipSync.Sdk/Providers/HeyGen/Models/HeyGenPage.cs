using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.HeyGen;

/// <summary>One page of a v3 list endpoint: <c>{"data": [...], "has_more": bool, "next_token": string}</c>.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class HeyGenPage<T>
{
    /// <summary>The items (<c>data</c>).</summary>
    [JsonPropertyName("data")]
    public List<T> Data { get; set; } = [];

    /// <summary>Whether another page follows (<c>has_more</c>).</summary>
    [JsonPropertyName("has_more")]
    public bool HasMore { get; set; }

    /// <summary>The token of the next page (<c>next_token</c>); pass it as <see cref="HeyGenListOptions.Token"/>.</summary>
    [JsonPropertyName("next_token")]
    public string? NextToken { get; set; }
}

/// <summary>The <c>limit</c> and <c>token</c> of a v3 list call.</summary>
public sealed class HeyGenListOptions
{
    /// <summary>Page size (<c>limit</c>); null uses HeyGen's default.</summary>
    public int? Limit { get; set; }

    /// <summary>Where to continue (<c>token</c>): the previous page's <see cref="HeyGenPage{T}.NextToken"/>.</summary>
    public string? Token { get; set; }
}

/// <summary>The v2/v3 success envelope <c>{"data": …}</c>.</summary>
/// <typeparam name="T">The payload type.</typeparam>
internal sealed class HeyGenData<T>
{
    [JsonPropertyName("data")]
    public T? Data { get; set; }
}
