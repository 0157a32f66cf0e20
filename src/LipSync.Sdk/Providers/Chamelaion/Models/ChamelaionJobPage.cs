using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.Chamelaion;

/// <summary>One page of <c>GET /v1/lipsync/requests</c>: <c>{"data": [...], "pagination": {"limit", "offset", "total"}}</c>.</summary>
public sealed class ChamelaionJobPage
{
    /// <summary>The jobs of this page (<c>data</c>).</summary>
    [JsonPropertyName("data")]
    public IReadOnlyList<ChamelaionJob> Data { get; set; } = [];

    /// <summary>Where this page sits in the whole list (<c>pagination</c>).</summary>
    [JsonPropertyName("pagination")]
    public ChamelaionPagination? Pagination { get; set; }
}

/// <summary>The <c>pagination</c> object of a list page.</summary>
public sealed class ChamelaionPagination
{
    /// <summary>The page size the server applied (<c>limit</c>).</summary>
    [JsonPropertyName("limit")]
    public int Limit { get; set; }

    /// <summary>The index of the page's first job in the whole list (<c>offset</c>).</summary>
    [JsonPropertyName("offset")]
    public int Offset { get; set; }

    /// <summary>How many jobs match the query in total (<c>total</c>).</summary>
    [JsonPropertyName("total")]
    public int Total { get; set; }
}
