using System.CommandLine;
using LipSync.Cli.Docs;
using LipSync.Cli.Output;

namespace LipSync.Cli.Commands;

/// <summary><c>errors explain</c> and <c>errors list</c>: the taxonomy offline, for every registered provider.</summary>
internal static class ErrorsCommands
{
    public static Command Create(CliContext context) => new("errors", "Explain provider error responses and list the error catalogues.")
    {
        Explain(context),
        List(context),
    };

    private static Command Explain(CliContext context)
    {
        var provider = CommonOptions.Provider([.. LipSyncErrors.Providers]);
        var status = CommonOptions.Status();
        status.Required = true;
        var body = new Option<string?>("--body") { Description = "The response body (JSON or anything else)." };
        var bodyFile = new Option<string?>("--body-file") { Description = "A file holding the response body." };
        var headers = new Option<string[]>("--header")
        {
            Description = "A response header, \"Name: value\" (repeatable), e.g. \"Retry-After: 30\".",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var json = CommonOptions.Json();
        var command = new Command("explain", "Classify an error response exactly as the SDK does (LipSyncErrors.FromResponse).")
        {
            provider, status, body, bodyFile, headers, json,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(body) is not null && result.GetResult(bodyFile) is not null)
            {
                result.AddError("Give either --body or --body-file, not both.");
            }
        });
        command.SetAction((parse, cancellationToken) =>
        {
            var presenter = Presenters.For(context, parse.GetValue(json));
            var name = parse.GetRequiredValue(provider);
            return CommandRunner.RunAsync(context, presenter, name, null, async ct =>
            {
                var text = parse.GetValue(body);
                if (parse.GetValue(bodyFile) is { } path)
                {
                    if (!File.Exists(path))
                    {
                        throw new CliUsageException($"--body-file: no such file '{path}'.");
                    }

                    text = await File.ReadAllTextAsync(path, ct);
                }

                var explained = LipSyncErrors.FromResponse(name, parse.GetRequiredValue(status)!.Value, text, ParseHeaders(parse.GetValue(headers) ?? []));
                presenter.Explanation(explained);
                return ExitCodes.Success;
            }, cancellationToken);
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var provider = new Option<string?>("--provider") { Description = $"Only this provider: {string.Join(", ", LipSyncErrors.Providers)}." };
        provider.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, [.. LipSyncErrors.Providers]);
        var json = CommonOptions.Json();
        var markdown = new Option<bool>("--markdown") { Description = "Write the Markdown catalogue section of docs/errors.md." };
        var command = new Command("list", "List every documented error code: code, status, kind, retryable, message.") { provider, json, markdown };
        command.Validators.Add(result =>
        {
            if (result.GetResult(json) is not null && result.GetResult(markdown) is not null)
            {
                result.AddError("Give either --json or --markdown, not both.");
            }
        });
        command.SetAction(parse =>
        {
            var names = parse.GetValue(provider) is { } only ? [only] : LipSyncErrors.Providers;
            var catalogues = names.Select(LipSyncErrors.GetCatalog).ToList();
            if (parse.GetValue(markdown))
            {
                context.Output.Write(CatalogMarkdown.Render(catalogues));
                return ExitCodes.Success;
            }

            Presenters.For(context, parse.GetValue(json)).Catalogues(catalogues);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <exception cref="CliUsageException">A header is not "Name: value".</exception>
    internal static List<KeyValuePair<string, IEnumerable<string>>> ParseHeaders(IEnumerable<string> values)
    {
        var headers = new List<KeyValuePair<string, IEnumerable<string>>>();
        foreach (var value in values)
        {
            var colon = value.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || string.IsNullOrWhiteSpace(value[..colon]))
            {
                throw new CliUsageException($"--header: '{value}' is not \"Name: value\".");
            }

            headers.Add(new(value[..colon].Trim(), [value[(colon + 1)..].Trim()]));
        }

        return headers;
    }
}
