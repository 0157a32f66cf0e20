using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using LipSync.Sdk.Benchmarks;

// Full run (separate process per benchmark, 15-30 iterations):
//   dotnet run -c Release --project benchmarks/LipSync.Sdk.Benchmarks -- --filter '*'
// Short run (in-process, 2 warm-ups + 5 iterations of 150 ms; everything in under 3 minutes on 2 cores):
//   dotnet run -c Release --project benchmarks/LipSync.Sdk.Benchmarks -- --short
// Paired SDK/raw ratios only (interleaved rounds, robust to load from other processes; about 30 s):
//   dotnet run -c Release --project benchmarks/LipSync.Sdk.Benchmarks -- --paired
// Client CPU per call with the server in another process pinned to another core (and the TypeScript SDK as a peer):
//   benchmarks/cpu-per-call.sh   (runs this program with --serve and --cpu-per-call BASE KEY JOB [rounds calls concurrency])
// Other BenchmarkDotNet switches (--filter, --list flat, --job dry, --exporters ...) pass through.
if (args is ["--serve", ..])
{
    await ServeMode.RunAsync().ConfigureAwait(false);
    return;
}

if (args is ["--cpu-per-call", var baseAddress, var apiKey, var jobId, .. var rest])
{
    int Arg(int index, int fallback) => rest.Length > index ? int.Parse(rest[index], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    Console.WriteLine(await CpuPerCallRun.RunAsync(new Uri(baseAddress), apiKey, jobId, Arg(0, 20), Arg(1, 2000), Arg(2, 16)).ConfigureAwait(false));
    return;
}

var shortRun = args.Contains("--short");
var pairedOnly = args.Contains("--paired");
args = [.. args.Where(a => a is not ("--short" or "--paired"))];
if (shortRun && !args.Contains("--filter"))
{
    args = [.. args, "--filter", "*"];
}

var artifacts = Path.GetFullPath("BenchmarkDotNet.Artifacts");
PeakMemoryProbe.UseResultsDirectory(Path.Combine(artifacts, "lipsync"));
if (pairedOnly)
{
    ReportPaired();
    return;
}

var job = shortRun
    ? Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(5)
        .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(150)).WithId("Short")
    : Job.Default.WithLaunchCount(1).WithMinIterationCount(15).WithMaxIterationCount(30).WithId("Full");

var config = DefaultConfig.Instance
    .AddJob(job.AsDefault())
    .AddColumn(StatisticColumn.Median, new MedianRatioColumn(), new ThroughputColumn(), new PeakMemoryColumn())
    .WithArtifactsPath(artifacts)
    .WithOptions(ConfigOptions.JoinSummary);

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
if (shortRun)
{
    // The BDN rows above ran one after another; add the interleaved ratios (fresh memory figures too).
    PeakMemoryProbe.UseResultsDirectory(Path.Combine(artifacts, "lipsync-paired"));
    ReportPaired();
}

void ReportPaired()
{
    var table = PairedRun.Run();
    var file = Path.Combine(artifacts, "results", "paired.md");
    Directory.CreateDirectory(Path.GetDirectoryName(file)!);
    File.WriteAllText(file, table);
    Console.WriteLine();
    Console.WriteLine("// * Paired SDK/raw ratios (interleaved rounds) *");
    Console.WriteLine(table);
    Console.WriteLine($"// written to {file}");
}
