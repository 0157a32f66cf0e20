using System.Globalization;

namespace Workers;

/// <summary>What one worker process is told on its command line.</summary>
public sealed record WorkerArguments(
    int Index, string Redis, string KeyPrefix, Uri SyncBaseAddress, int Concurrency, int FirstJob, int JobCount, bool DieAfterAccept, bool Resume)
{
    public IEnumerable<string> ToArgs() =>
    [
        "--index", Index.ToString(CultureInfo.InvariantCulture),
        "--redis", Redis,
        "--prefix", KeyPrefix,
        "--sync", SyncBaseAddress.ToString(),
        "--concurrency", Concurrency.ToString(CultureInfo.InvariantCulture),
        "--first", FirstJob.ToString(CultureInfo.InvariantCulture),
        "--count", JobCount.ToString(CultureInfo.InvariantCulture),
        .. DieAfterAccept ? ["--die-after-accept"] : Array.Empty<string>(),
        .. Resume ? ["--resume"] : Array.Empty<string>(),
    ];

    public static WorkerArguments Parse(string[] args)
    {
        string Value(string name) => args[Array.IndexOf(args, name) + 1];
        int Number(string name) => int.Parse(Value(name), CultureInfo.InvariantCulture);
        return new WorkerArguments(
            Number("--index"), Value("--redis"), Value("--prefix"), new Uri(Value("--sync")), Number("--concurrency"),
            Number("--first"), Number("--count"), args.Contains("--die-after-accept"), args.Contains("--resume"));
    }
}
