namespace LipSync.Sdk.Providers.Chamelaion;

/// <summary>The query of <c>GET /v1/lipsync/requests</c>.</summary>
public sealed class ListRequestsOptions
{
    /// <summary>The page size (<c>limit</c>); null leaves it to the server (its documented example uses 20).</summary>
    public int? Limit { get; set; }

    /// <summary>How many jobs to skip (<c>offset</c>); null starts at the first.</summary>
    public int? Offset { get; set; }

    /// <summary>Only jobs with exactly this <c>reference_id</c>. Reference ids are not unique, so this may match several.</summary>
    public string? ReferenceId { get; set; }
}
