using System.Globalization;
using LipSync.Cli.Output;

namespace LipSync.Cli.Commands;

/// <summary>
/// Runs one command body and turns whatever it throws into output and an exit code: a
/// <see cref="LipSyncException"/> by <see cref="ExitCodes"/>, a <see cref="CliUsageException"/> as 2, and the
/// overall <c>--timeout</c> as a <see cref="LipSyncErrorKind.Timeout"/> error (5).
/// </summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(
        CliContext context, Presenter presenter, string provider, TimeSpan? timeout, Func<CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        using var deadline = timeout is { } limit ? new CancellationTokenSource(limit, context.TimeProvider) : new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            return await body(linked.Token);
        }
        catch (CliUsageException usage)
        {
            presenter.UsageError(usage.Message);
            return ExitCodes.Usage;
        }
        catch (LipSyncException failure)
        {
            presenter.Failure(failure, ProviderConnection.ApiKeyVariableOf(failure.Provider));
            return ExitCodes.For(failure.Kind);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            var failure = new LipSyncTimeoutException(
                string.Create(CultureInfo.InvariantCulture, $"{provider}: gave up after --timeout {timeout!.Value.TotalSeconds:0.###} s."),
                isRetryable: true, provider);
            presenter.Failure(failure, ProviderConnection.ApiKeyVariableOf(provider));
            return ExitCodes.For(failure.Kind);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            context.Error.WriteLine("lipsync: canceled.");
            return ExitCodes.Canceled;
        }
    }
}
