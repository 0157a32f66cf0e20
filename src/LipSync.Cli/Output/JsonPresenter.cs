namespace LipSync.Cli.Output;

/// <summary><c>--json</c>: one object on stdout on success, one on stderr on failure, no progress output.</summary>
internal sealed class JsonPresenter(CliContext context) : Presenter
{
    public override void Job(LipSyncJob job, string? savedTo) => context.Output.WriteLine(JsonShapes.Job(job));

    public override void Failure(LipSyncException error, string? apiKeyVariable) => context.Error.WriteLine(JsonShapes.Failure(error));

    // Usage errors are not provider failures: plain text, so no script mistakes them for a LipSyncErrorKind.
    public override void UsageError(string message) => context.Error.WriteLine($"lipsync: {message}");

    public override void Explanation(LipSyncException error) => context.Output.WriteLine(JsonShapes.Explanation(error));

    public override void EmulatorStarted(Emulation.EmulatorListing listing)
    {
        // Written at once: a script waits for this line before it starts using the emulator.
        context.Output.WriteLine(JsonShapes.Emulator(listing));
        context.Output.Flush();
    }

    public override void Catalogues(IReadOnlyList<ErrorCatalog> catalogues) => context.Output.WriteLine(JsonShapes.Catalogues(catalogues));
}
