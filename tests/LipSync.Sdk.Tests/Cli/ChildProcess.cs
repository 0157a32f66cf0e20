using System.Diagnostics;
using System.Runtime.InteropServices;

namespace LipSync.Sdk.Tests.Cli;

/// <summary>
/// A .NET program from the test output folder (the CLI, the emulator host) run as a real child process, so tests can
/// send it POSIX signals and watch it exit. Every wait ends on a process event; <see cref="SafetyNet"/> only stops a
/// broken run from hanging the suite.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    public const int SIGINT = 2;
    public const int SIGTERM = 15;

    /// <summary>How long any one wait may take before the test fails instead of hanging (not a performance bound).</summary>
    public static readonly TimeSpan SafetyNet = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly Task<string> _stderr;

    private ChildProcess(Process process)
    {
        _process = process;
        _stderr = process.StandardError.ReadToEndAsync();
    }

    public int ExitCode => _process.ExitCode;

    /// <summary>
    /// Starts <c>dotnet exec {project}.dll {args}</c> from the project's own build output (same configuration as the
    /// tests), where its deps.json and its dependencies are, with redirected streams.
    /// </summary>
    public static ChildProcess Start(string projectFolder, params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(BuildOutput(projectFolder));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return new ChildProcess(Process.Start(start) ?? throw new InvalidOperationException($"{projectFolder} did not start."));
    }

    /// <summary>The next line the program writes to stdout (fails the test if it exits first or the safety net fires).</summary>
    public async Task<string> ReadLineAsync()
    {
        using var safety = new CancellationTokenSource(SafetyNet);
        var line = await _process.StandardOutput.ReadLineAsync(safety.Token);
        return line ?? throw new InvalidOperationException($"The program ended without writing a line (exit {ExitCodeOrRunning()}): {await StandardErrorAsync()}");
    }

    /// <summary>Sends a POSIX signal, as Ctrl+C (SIGINT) or <c>kill</c> (SIGTERM) do.</summary>
    public void Signal(int signal)
    {
        if (Kill(_process.Id, signal) != 0)
        {
            throw new InvalidOperationException($"kill({_process.Id}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}.");
        }
    }

    /// <summary>Waits for the process to exit; true when it did, false when the safety net fired first.</summary>
    public async Task<bool> WaitForExitAsync()
    {
        using var safety = new CancellationTokenSource(SafetyNet);
        try
        {
            await _process.WaitForExitAsync(safety.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Everything written to stderr (complete once the process has exited).</summary>
    public Task<string> StandardErrorAsync() => _stderr.WaitAsync(SafetyNet);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private string ExitCodeOrRunning() => _process.HasExited ? _process.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : "still running";

    // tests/LipSync.Sdk.Tests/bin/{Configuration}/{tfm}/ → {projectFolder}/bin/{Configuration}/{tfm}/{name}.dll
    private static string BuildOutput(string projectFolder)
    {
        var tfm = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = tfm.Parent!;
        var name = Path.GetFileName(projectFolder);
        var path = Path.Combine(Snapshots.RepositoryRoot, projectFolder, "bin", configuration.Name, tfm.Name, name + ".dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build {projectFolder} first (it is referenced by the test project).", path);
    }

    // The same dotnet that runs the tests (the SDK sets DOTNET_HOST_PATH for test runs).
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path
        : "dotnet";

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Kill(int pid, int signal);
}

/// <summary>A theory that needs POSIX signals (Linux, macOS); skipped on Windows.</summary>
public sealed class PosixTheoryAttribute : TheoryAttribute
{
    /// <summary>Skips on Windows.</summary>
    public PosixTheoryAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Needs POSIX signals.";
        }
    }
}
