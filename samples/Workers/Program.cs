using Workers;

// dotnet run --project samples/Workers [-- --workers 4 --jobs 200 --concurrency 3 --redis localhost:6379 --no-kill --timeout-seconds 300]
// Without --redis (or LIPSYNC_REDIS) an embedded Garnet server stands in for Redis; no API key is needed.
if (args.Length > 0 && args[0] == WorkerProcess.Verb)
{
    return await WorkerProcess.RunAsync(WorkerArguments.Parse(args[1..]));
}

try
{
    var result = await WorkersRun.RunAsync(WorkersRunOptions.Parse(args), Console.Out);
    return result.Succeeded ? 0 : 1;
}
catch (TimeoutException hung)
{
    // The run's hang guard fired (its workers are already killed): say so plainly and fail, for CI's log.
    Console.Error.WriteLine($"FAILED: {hung.Message}");
    return 1;
}
