namespace LipSync.Sdk.Providers.Breeze;

/// <summary>Query of <c>GET /v1/voices</c>.</summary>
public sealed class BreezeVoiceQuery
{
    /// <summary>Page size (Breeze's default is 50).</summary>
    public int? PageSize { get; set; }

    /// <summary>The 1-based page number (offset paging).</summary>
    public int? Page { get; set; }

    /// <summary>The token of the page to read (token paging, from <see cref="BreezeVoicePage.NextPageToken"/>).</summary>
    public string? PageToken { get; set; }

    /// <summary>Free-text search.</summary>
    public string? Search { get; set; }

    /// <summary><c>premade</c>, <c>generated</c> or <c>cloned</c>.</summary>
    public string? Category { get; set; }

    /// <summary><c>all</c>, <c>default</c> or <c>personal</c>.</summary>
    public string? VoiceType { get; set; }

    /// <summary><c>created_at_unix</c> or <c>name</c>.</summary>
    public string? Sort { get; set; }

    /// <summary><c>asc</c> or <c>desc</c>.</summary>
    public string? SortDirection { get; set; }

    internal BreezeVoiceQuery Clone() => (BreezeVoiceQuery)MemberwiseClone();
}
