namespace LipSync.Cli.Output;

/// <summary>Picks the presenter for <c>--json</c> or human output.</summary>
internal static class Presenters
{
    public static Presenter For(CliContext context, bool json) => json ? new JsonPresenter(context) : new HumanPresenter(context);
}
