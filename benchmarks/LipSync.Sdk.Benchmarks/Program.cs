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
// Other BenchmarkDotNet switches (--filter, --list flat, --job dry, --exporters ...) pass through.
var shortRun = args.Contains("--short");
args = [.. args.Where(a => a != "--short")];
if (shortRun && !args.Contains("--filter"))
{
    args = [.. args, "--filter", "*"];
}

var artifacts = Path.GetFullPath("BenchmarkDotNet.Artifacts");
PeakMemoryProbe.UseResultsDirectory(Path.Combine(artifacts, "lipsync"));

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
