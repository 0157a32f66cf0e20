using LipSync.Cli;

return await LipSyncCli.RunAsync(args, CliContext.ForConsole());
