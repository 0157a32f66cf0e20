namespace LipSync.Sdk.Providers.Chamelaion;

/// <summary>
/// What <see cref="ChamelaionCreateRecovery"/> needs to know about one create, carried down the handler chain as a
/// request property next to its <see cref="CallState"/> (Refit's <c>[Property]</c>): the <c>reference_id</c> it was
/// sent with, whether the caller chose it, the client's rate gate, and how to list the jobs that carry a reference.
/// </summary>
internal sealed class ChamelaionCreateCall
{
    /// <summary>The request option (Refit's <c>[Property]</c> name) that carries it.</summary>
    public const string PropertyName = "LipSync.Chamelaion.Create";

    public static readonly HttpRequestOptionsKey<ChamelaionCreateCall> Key = new(PropertyName);

    public required string ReferenceId { get; init; }

    /// <summary>Whether the reference is the caller's (it may already name older jobs) rather than one the SDK generated.</summary>
    public required bool CallerChoseReference { get; init; }

    /// <summary>The client's opt-in pacing of generate requests, or null when it is off.</summary>
    public GenerationRateGate? RateGate { get; init; }

    /// <summary>Lists the jobs that carry a reference, as a call made for the given create (it spends the create's budget).</summary>
    public required Func<string, CallState, CancellationToken, IAsyncEnumerable<ChamelaionJob>> FindByReference { get; init; }
}
