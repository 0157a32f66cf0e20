using System.CommandLine;
using LipSync.Cli.Commands;
using LipSync.Cli.Output;

namespace LipSync.Cli;

/// <summary>
/// The <c>lipsync</c> command line. <see cref="RunAsync"/> is the whole program, callable in-process: tests pass
/// their own writers, environment and clock. Commands, flags, <c>--json</c> shapes and exit codes are a contract
/// (docs/cli.md).
/// </summary>
public static class LipSyncCli
{
    /// <summary>Runs one command line.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="context">Output streams, environment and clock.</param>
    /// <param name="cancellationToken">Cancels the command (Ctrl+C).</param>
    /// <returns>The exit code (<see cref="ExitCodes"/>).</returns>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var root = CreateRootCommand(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            var presenter = Presenters.For(context, json: false);
            foreach (var error in parse.Errors)
            {
                presenter.UsageError(error.Message);
            }

            context.Error.WriteLine($"Run 'lipsync {string.Join(' ', CommandPath(parse))} --help' for usage.".Replace("  ", " ", StringComparison.Ordinal));
            return ExitCodes.Usage;
        }

        var invocation = new InvocationConfiguration
        {
            Output = context.Output,
            Error = context.Error,
            EnableDefaultExceptionHandler = true,

            // Only the real process turns Ctrl+C/SIGTERM into cancellation; a host running the CLI in-process keeps its signals.
            ProcessTerminationTimeout = context.HandleTerminationSignals ? TimeSpan.FromSeconds(2) : null,
        };
        return await parse.InvokeAsync(invocation, cancellationToken);
    }

    internal static RootCommand CreateRootCommand(CliContext context)
    {
        var root = new RootCommand("lipsync: lip-sync jobs and provider errors from the command line (LipSync.Sdk).")
        {
            JobCommands.Generate(context),
            JobCommands.Status(context),
            JobCommands.Wait(context),
            ErrorsCommands.Create(context),
            EmulateCommand.Create(context),
        };
        return root;
    }

    private static IEnumerable<string> CommandPath(ParseResult parse)
    {
        var names = new Stack<string>();
        for (var result = parse.CommandResult; result.Parent is System.CommandLine.Parsing.CommandResult parent; result = parent)
        {
            names.Push(result.Command.Name);
        }

        return names;
    }
}
