using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Benchmarks;

/// <summary>
/// <c>--serve</c>: the server half of the out-of-process measurement. Starts a <see cref="SyncEmulator"/> in this
/// process (which the script pins to its own core), adds one frozen COMPLETED job, prints one line
/// <c>baseAddress apiKey jobId</c> on stdout and serves until stdin closes or the process is signalled. Running the server
/// elsewhere is the point: the client's CPU time then holds only what the client does.
/// </summary>
internal static class ServeMode
{
    public static async Task RunAsync()
    {
        await using var emulator = await SyncEmulator.StartAsync().ConfigureAwait(false);
        var job = emulator.AddJob();
        emulator.SetJobStatus(job.Id, "COMPLETED");
        Console.WriteLine($"{emulator.BaseAddress} {emulator.ApiKey} {job.Id}");
        Console.Out.Flush();

        // The emulator records every request; forget them now and then so the server's memory stays flat over long runs.
        using var trim = new PeriodicTimer(TimeSpan.FromSeconds(1));
        var stdinClosed = Task.Run(() => Console.In.ReadToEnd());
        while (!stdinClosed.IsCompleted)
        {
            await Task.WhenAny(stdinClosed, trim.WaitForNextTickAsync().AsTask()).ConfigureAwait(false);
            emulator.ClearRequests();
        }
    }
}
