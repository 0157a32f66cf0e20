namespace LipSync.Cli.Output;

/// <summary>How a command shows its result, its failure and its progress: for people, or as <c>--json</c>.</summary>
internal abstract class Presenter
{
    /// <summary>A job's state (and the file its result was saved to).</summary>
    public abstract void Job(LipSyncJob job, string? savedTo);

    /// <summary>A failure of the command.</summary>
    public abstract void Failure(LipSyncException error, string? apiKeyVariable);

    /// <summary>A command line that parsed but cannot be run.</summary>
    public abstract void UsageError(string message);

    /// <summary>What an error response means (<c>errors explain</c>).</summary>
    public abstract void Explanation(LipSyncException error);

    /// <summary>Error catalogues (<c>errors list</c>).</summary>
    public abstract void Catalogues(IReadOnlyList<ErrorCatalog> catalogues);

    /// <summary>An emulator listens (<c>emulate</c>): where, and with which key.</summary>
    public abstract void EmulatorStarted(Emulation.EmulatorListing listing);

    /// <summary>The emulator stopped (Ctrl+C or SIGTERM).</summary>
    public virtual void EmulatorStopped(string provider)
    {
    }

    /// <summary>Runs work while showing a status line (with elapsed time) that the work updates.</summary>
    public virtual Task<T> WithStatusAsync<T>(string initialStatus, Func<Action<string>, Task<T>> work) => work(_ => { });

    /// <summary>Runs work while showing a progress bar per transfer.</summary>
    public virtual Task<T> WithTransfersAsync<T>(IReadOnlyList<TransferMeter> transfers, Func<Task<T>> work) => work();
}
