namespace LipSync.Sdk.ScaleOut;

/// <summary>How a submit whose outcome is unknown (the worker died between send and record) finds its job again.</summary>
internal enum ReattachPolicy
{
    /// <summary>Send again with the same <c>Idempotency-Key</c>: the provider answers with the job it created (Sync, HeyGen v3).</summary>
    ReplayKey,

    /// <summary>Look the job up by the <c>reference_id</c> sent with the create; send again only when none exists (Chamelaion).</summary>
    LookUpByReference,

    /// <summary>No way to tell: resuming is refused rather than risking a second paid job.</summary>
    Refuse,
}

/// <summary>Each provider's reattach policy: data, one row per provider.</summary>
internal static class ReattachPolicies
{
    private static readonly Dictionary<string, ReattachPolicy> Table = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sync"] = ReattachPolicy.ReplayKey,
        ["heygen"] = ReattachPolicy.ReplayKey,
        ["chamelaion"] = ReattachPolicy.LookUpByReference,
    };

    public static ReattachPolicy For(string provider) => Table.GetValueOrDefault(provider, ReattachPolicy.Refuse);
}
