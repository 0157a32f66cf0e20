namespace LipSync.Sdk.Providers.Chamelaion;

/// <summary>
/// The <c>reference_id</c> each logical create carries. Chamelaion takes no idempotency key, so this id is what lets
/// the SDK find a job whose create answer was lost instead of creating a second paid job.
/// </summary>
internal static class ChamelaionReferenceId
{
    /// <summary>The prefix of ids the SDK generates, so they are recognisable in Chamelaion's dashboard.</summary>
    public const string GeneratedPrefix = "lipsync-sdk-";

    /// <summary>The caller's reference, or a new unique one.</summary>
    public static string Resolve(string? callerReference) =>
        string.IsNullOrWhiteSpace(callerReference) ? GeneratedPrefix + Guid.NewGuid().ToString("N") : callerReference;
}
