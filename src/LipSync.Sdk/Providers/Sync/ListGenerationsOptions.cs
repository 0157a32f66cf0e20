namespace LipSync.Sdk.Providers.Sync;

/// <summary>Query of <c>GET /v2/generations</c>.</summary>
public sealed class ListGenerationsOptions
{
    /// <summary>Only generations in these statuses (sent comma-separated, as documented).</summary>
    public IList<string>? Statuses { get; set; }

    /// <summary>Only these generation ids.</summary>
    public IList<string>? Ids { get; set; }

    /// <summary>Only generations of this project.</summary>
    public string? ProjectId { get; set; }

    /// <summary>Page size, 1–100. When set, Sync returns newest first and pages.</summary>
    public int? Limit { get; set; }

    /// <summary>The id of the last generation of the previous page (requires <see cref="Limit"/>).</summary>
    public string? Cursor { get; set; }
}
