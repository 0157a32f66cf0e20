namespace LipSync.Cli;

/// <summary>
/// Everything the CLI reads from or writes to its surroundings, so it can run in-process (tests) exactly as it runs
/// from a terminal: the two output streams, the environment, the clock and whether the terminal is interactive.
/// </summary>
public sealed class CliContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="output">Standard output: results (and the <c>--json</c> success object).</param>
    /// <param name="error">Standard error: errors (and the <c>--json</c> failure object), live status and progress.</param>
    /// <param name="getEnvironmentVariable">Reads an environment variable; null when unset.</param>
    public CliContext(TextWriter output, TextWriter error, Func<string, string?> getEnvironmentVariable)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
        Output = output;
        Error = error;
        GetEnvironmentVariable = getEnvironmentVariable;
    }

    /// <summary>Standard output.</summary>
    public TextWriter Output { get; }

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>Reads an environment variable (API keys, base URLs).</summary>
    public Func<string, string?> GetEnvironmentVariable { get; }

    /// <summary>The clock for polling, timeouts and retry delays. Default: the system clock.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Whether to draw live status lines and progress bars (a terminal). Default false: plain lines.</summary>
    public bool Interactive { get; init; }

    /// <summary>How often the job is polled at first while waiting. Default 1 second (then growing to 10 s).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Whether Ctrl+C and SIGTERM cancel the running command (which then ends with <see cref="ExitCodes.Canceled"/>,
    /// or 0 for <c>emulate</c>). Default <see langword="false"/>: a program or test that runs the CLI in-process keeps
    /// its own signal handling and cancels through the token given to <see cref="LipSyncCli.RunAsync"/>.
    /// </summary>
    public bool HandleTerminationSignals { get; init; }

    /// <summary>The context of the real process: console streams, process environment, system clock.</summary>
    /// <returns>The context.</returns>
    public static CliContext ForConsole() =>
        new(Console.Out, Console.Error, Environment.GetEnvironmentVariable)
        {
            Interactive = !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null,
            HandleTerminationSignals = true,
        };
}
