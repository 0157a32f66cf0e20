// One small program per provider, each running keyless against that provider's emulator (a real HTTP server on
// 127.0.0.1 from LipSync.Sdk.Testing). Each <Provider>Sample.cs stands on its own: copy the one you need.
//
//   dotnet run --project samples/Providers -- --provider sync|chamelaion|heygen|breeze|audiospliter
//   dotnet run --project samples/Providers -- --provider all
using ProvidersSample;

var samples = new Dictionary<string, Func<Task>>(StringComparer.OrdinalIgnoreCase)
{
    ["sync"] = SyncSample.RunAsync,
    ["chamelaion"] = ChamelaionSample.RunAsync,
    ["heygen"] = HeyGenSample.RunAsync,
    ["breeze"] = BreezeSample.RunAsync,
    ["audiospliter"] = AudioSpliterSample.RunAsync,
};

var index = Array.IndexOf(args, "--provider");
var chosen = index >= 0 && index + 1 < args.Length ? args[index + 1] : "sync";
if (!chosen.Equals("all", StringComparison.OrdinalIgnoreCase) && !samples.ContainsKey(chosen))
{
    Console.Error.WriteLine($"Unknown provider '{chosen}'. Use --provider {string.Join('|', samples.Keys)}|all.");
    return 2;
}

foreach (var (name, run) in samples.Where(s => chosen.Equals("all", StringComparison.OrdinalIgnoreCase) || s.Key.Equals(chosen, StringComparison.OrdinalIgnoreCase)))
{
    Console.WriteLine($"== {name}");
    await run();
}

return 0;
