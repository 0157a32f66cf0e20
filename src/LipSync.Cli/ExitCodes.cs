using System.Collections.Frozen;
using static LipSync.Sdk.LipSyncErrorKind;

namespace LipSync.Cli;

/// <summary>
/// The process exit codes: a contract for scripts (see docs/cli.md). Every <see cref="LipSyncErrorKind"/> maps to
/// exactly one code through <see cref="ByKind"/>, the one table of the mapping.
/// </summary>
public static class ExitCodes
{
    /// <summary>The command succeeded.</summary>
    public const int Success = 0;

    /// <summary>The failure could not be classified (<see cref="Unknown"/>).</summary>
    public const int Unknown = 1;

    /// <summary>The command line was wrong: unknown command or option, missing or invalid value.</summary>
    public const int Usage = 2;

    /// <summary>The user interrupted the command (Ctrl+C): the shell convention 128 + SIGINT.</summary>
    public const int Canceled = 130;

    /// <summary>The exit code of each error kind.</summary>
    public static FrozenDictionary<LipSyncErrorKind, int> ByKind { get; } = new Dictionary<LipSyncErrorKind, int>
    {
        [LipSyncErrorKind.Unknown] = 1,
        [Authentication] = 3,
        [PermissionDenied] = 3,
        [QuotaExceeded] = 4,
        [LipSyncErrorKind.Timeout] = 5,
        [NotReady] = 5,
        [Network] = 6,
        [ServiceUnavailable] = 6,
        [ServerError] = 6,
        [NotFound] = 7,
        [InvalidRequest] = 8,
        [InvalidMedia] = 8,
        [Conflict] = 8,
        [RateLimited] = 9,
        [ContentRejected] = 10,
        [GenerationFailed] = 11,
    }.ToFrozenDictionary();

    /// <summary>The exit code of an error kind (<see cref="Unknown"/> for a kind added later and not yet mapped).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The exit code.</returns>
    public static int For(LipSyncErrorKind kind) => ByKind.TryGetValue(kind, out var code) ? code : Unknown;
}
