using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;

namespace Workers;

/// <summary>
/// Starts the worker processes of one run and guards every wait on them. A lost webhook or a leaked slot would leave a
/// worker waiting forever, and CI with it: past the run's deadline every worker still running is killed with its whole
/// process tree and the wait fails with a <see cref="TimeoutException"/> naming them. Disposing kills whatever is still
/// running too, so no worker outlives the run (a test that fails half-way leaves no orphans behind). The supervisor owns
/// the <see cref="Process"/> objects it starts and disposes them last, so a late kill never meets a disposed one.
/// </summary>
internal sealed class WorkerSupervisor : IDisposable
{
    private readonly TimeSpan _timeout;
    private readonly CancellationToken _callerToken;
    private readonly CancellationTokenSource _deadline;
    private readonly CancellationTokenRegistration _killOnDeadline;
    private readonly ConcurrentDictionary<int, (Process Process, int Worker)> _startedByPid = new();

    public WorkerSupervisor(TimeSpan timeout, CancellationToken cancellationToken)
    {
        _timeout = timeout;
        _callerToken = cancellationToken;
        _deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _killOnDeadline = _deadline.Token.Register(KillRunning);
        _deadline.CancelAfter(timeout);
    }

    /// <summary>Cancelled at the deadline or by the caller; every wait on a worker takes it.</summary>
    public CancellationToken Token => _deadline.Token;

    /// <summary>Runs this same assembly in worker mode.</summary>
    public Process Start(WorkerArguments worker)
    {
        ThrowIfTimedOut(worker);
        _callerToken.ThrowIfCancellationRequested();

        // Loaded by another app (a test run), the assembly borrows that app's runtime configuration and dependency
        // graph, which include everything the worker needs.
        var dll = typeof(WorkerSupervisor).Assembly.Location;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        if (!File.Exists(Path.ChangeExtension(dll, ".runtimeconfig.json")) && Assembly.GetEntryAssembly()?.Location is { Length: > 0 } entry)
        {
            start.ArgumentList.Add("--runtimeconfig");
            start.ArgumentList.Add(Path.ChangeExtension(entry, ".runtimeconfig.json"));
            start.ArgumentList.Add("--depsfile");
            start.ArgumentList.Add(Path.ChangeExtension(entry, ".deps.json"));
        }

        start.ArgumentList.Add(dll);
        start.ArgumentList.Add(WorkerProcess.Verb);
        foreach (var argument in worker.ToArgs())
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The worker process did not start.");
        _startedByPid[process.Id] = (process, worker.Index);
        if (_deadline.IsCancellationRequested)
        {
            // The deadline passed while it started, after the deadline's kill ran: it must not outlive the run either.
            KillRunning();
        }

        return process;
    }

    /// <summary>Awaits a wait on a worker; past the deadline it fails with a <see cref="TimeoutException"/> instead.</summary>
    public async Task GuardAsync(WorkerArguments worker, Task wait)
    {
        try
        {
            await wait.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (TimedOut)
        {
        }

        ThrowIfTimedOut(worker);
    }

    /// <summary>Awaits a wait on a worker; past the deadline it fails with a <see cref="TimeoutException"/> instead.</summary>
    public async Task<T> GuardAsync<T>(WorkerArguments worker, Task<T> wait)
    {
        T result = default!;
        try
        {
            result = await wait.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (TimedOut)
        {
        }

        // A killed worker's pipes end, so a read can also return normally after the deadline.
        ThrowIfTimedOut(worker);
        return result;
    }

    public void Dispose()
    {
        _killOnDeadline.Dispose();
        KillRunning();
        foreach (var (process, _) in _startedByPid.Values)
        {
            process.Dispose();
        }

        _deadline.Dispose();
    }

    private bool TimedOut => _deadline.IsCancellationRequested && !_callerToken.IsCancellationRequested;

    private void ThrowIfTimedOut(WorkerArguments worker)
    {
        if (TimedOut)
        {
            var pids = string.Join(", ", _startedByPid.OrderBy(p => p.Value.Worker).Select(p => $"worker {p.Value.Worker} (pid {p.Key})"));
            throw new TimeoutException(
                $"The workers run did not finish within {_timeout.TotalSeconds:0} s (a hang guard, not a timing target) while waiting for worker {worker.Index}; every worker still running was killed with its process tree. Started: {(pids.Length > 0 ? pids : "none")}.");
        }
    }

    private void KillRunning()
    {
        foreach (var (process, _) in _startedByPid.Values)
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }
            }
            catch (InvalidOperationException)
            {
                // Exited (or was disposed) in the meantime.
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Exiting right now: nothing left to kill.
            }
        }
    }
}
