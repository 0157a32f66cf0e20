using System.CommandLine;
using System.Globalization;
using LipSync.Cli.Emulation;
using LipSync.Cli.Output;

namespace LipSync.Cli.Commands;

/// <summary>
/// <c>emulate</c>: runs a provider's emulator (LipSync.Sdk.Testing) on 127.0.0.1 for other programs, prints where it
/// listens and its key, and stops on Ctrl+C or SIGTERM (exit 0: stopping is how an emulator session ends).
/// </summary>
internal static class EmulateCommand
{
    public static Command Create(CliContext context)
    {
        var provider = CommonOptions.Provider(EmulatorCatalog.Providers);
        var port = CommonOptions.Port();
        var apiKey = new Option<string?>("--api-key") { Description = "The key the emulator accepts (default: its test key, e.g. test-sync-key)." };
        var json = CommonOptions.Json();
        var command = new Command("emulate", "Run a provider's emulator on 127.0.0.1 until Ctrl+C, to try the SDK, the CLI or your app without a real key.")
        {
            provider, port, apiKey, json,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var presenter = Presenters.For(context, parse.GetValue(json));
            var name = parse.GetRequiredValue(provider);
            return CommandRunner.RunAsync(context, presenter, name, null, async ct =>
            {
                var entry = EmulatorCatalog.Get(name);
                var key = parse.GetValue(apiKey) is { } given && !string.IsNullOrWhiteSpace(given) ? given.Trim() : entry.DefaultApiKey;
                var listenPort = parse.GetValue(port) ?? 0;
                RunningEmulator running;
                try
                {
                    running = await entry.StartAsync(listenPort, key, ct);
                }
                catch (IOException bind) when (bind.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException or System.Net.Sockets.SocketException)
                {
                    throw new CliUsageException(string.Create(CultureInfo.InvariantCulture, $"--port: cannot listen on 127.0.0.1:{listenPort}: {bind.Message}"));
                }

                await using (running.Emulator)
                {
                    presenter.EmulatorStarted(new EmulatorListing(
                        entry.Provider, running.SdkBaseAddress, key, ProviderConnection.ApiKeyVariableOf(entry.Provider)!, ProviderConnection.BaseUrlVariableOf(entry.Provider)));
                    var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    using (ct.Register(() => stopped.TrySetResult()))
                    {
                        await stopped.Task;
                    }
                }

                presenter.EmulatorStopped(entry.Provider);
                return ExitCodes.Success;
            }, cancellationToken);
        });
        return command;
    }
}
