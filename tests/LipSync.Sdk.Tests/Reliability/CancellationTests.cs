using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;
using LipSync.Sdk.Providers.Envelope;
using LipSync.Sdk.Testing;
using LipSync.Sdk.Tests.Reliability.Adapters;
using Xunit.Abstractions;

namespace LipSync.Sdk.Tests.Reliability;

/// <summary>
/// Every public async method of <see cref="ILipSyncClient"/> (and its public extension methods), of every native client
/// interface and of <see cref="IEnvelopeClient"/> — found by reflection, so a new method is covered the day it is added —
/// ends within 100 ms of its token being cancelled while the emulator stalls every request, with an
/// <see cref="OperationCanceledException"/> that is not wrapped in a <see cref="LipSyncException"/>.
/// </summary>
/// <remarks>
/// Timing is measured from the <c>Cancel()</c> call to the task's completion, on the real clock. The bound is asserted
/// on the median (&lt; 100 ms); the slowest single call may take up to 500 ms, a margin for CI jitter on shared cores
/// (a cancellation that is not wired through would hang for the 100 s attempt timeout instead).
/// </remarks>
public sealed class CancellationTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Bound = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan JitterMargin = TimeSpan.FromMilliseconds(500);

    public static TheoryData<string> Providers()
    {
        var data = new TheoryData<string>();
        foreach (var adapter in ProviderAdapter.All)
        {
            data.Add(adapter.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_public_async_method_returns_promptly_as_operation_canceled(string provider)
    {
        var adapter = ProviderAdapter.Get(provider);
        await using var host = await ReliabilityHost.StartAsync(adapter, pollsUntilDone: int.MaxValue, clock: TimeProvider.System);
        var emulator = host.Emulator!;
        var jobId = await adapter.CreateAsync(host.Sdk);
        var work = Directory.CreateTempSubdirectory("lipsync-cancel-");
        var arguments = new CancellationArguments(adapter, emulator.BaseAddress, jobId, work.FullName);
        var neutral = host.Sdk.GetClient(provider);
        var targets = new List<(Type Interface, object Target)>
        {
            (typeof(ILipSyncClient), neutral),
            (adapter.NativeClientType, neutral.GetService(adapter.NativeClientType)!),
        };
        if (neutral.GetService(typeof(IEnvelopeClient)) is { } envelope)
        {
            targets.Add((typeof(IEnvelopeClient), envelope));
        }

        emulator.Faults.Enqueue(Fault.Stall(), times: 100_000);
        var timings = new List<(string Method, TimeSpan Elapsed)>();
        try
        {
            foreach (var (contract, target) in targets)
            {
                foreach (var method in AsyncMethods(contract))
                {
                    var elapsed = await CancelWhileStalledAsync(emulator, method, method.IsStatic ? null : target, arguments, neutral);
                    if (elapsed is { } time)
                    {
                        timings.Add(($"{contract.Name}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name))})", time));
                    }
                }
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }

        foreach (var (method, elapsed) in timings.OrderByDescending(t => t.Elapsed))
        {
            output.WriteLine($"CANCEL | {provider} | {method} | {elapsed.TotalMilliseconds:0.0} ms");
        }

        var sorted = timings.Select(t => t.Elapsed).Order().ToList();
        output.WriteLine($"CANCEL | {provider} | {timings.Count} methods | median {sorted[sorted.Count / 2].TotalMilliseconds:0.0} ms | max {sorted[^1].TotalMilliseconds:0.0} ms");
        timings.Should().HaveCountGreaterThanOrEqualTo(4);
        sorted[sorted.Count / 2].Should().BeLessThan(Bound);
        sorted[^1].Should().BeLessThan(JitterMargin);
        emulator.UnhandledExceptions.Should().BeEmpty();
    }

    /// <summary>Public methods returning a task or an async stream and taking a token, plus extension methods on the interface.</summary>
    internal static IEnumerable<MethodInfo> AsyncMethods(Type contract)
    {
        var own = contract.GetMethods().Concat(contract.GetInterfaces().SelectMany(i => i.GetMethods()));
        var extensions = contract.Assembly.GetExportedTypes()
            .Where(t => t.IsAbstract && t.IsSealed)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.IsDefined(typeof(ExtensionAttribute)) && m.GetParameters()[0].ParameterType == contract);
        return own.Concat(extensions)
            .Where(m => m.GetParameters().Any(p => p.ParameterType == typeof(CancellationToken)) && (IsTask(m.ReturnType) || IsAsyncStream(m.ReturnType)))
            .OrderBy(m => m.Name, StringComparer.Ordinal);
    }

    // Null when the method refuses the call up front by design (NotSupportedException: e.g. Breeze has no lip-sync submit).
    private async Task<TimeSpan?> CancelWhileStalledAsync(LoopbackEmulator emulator, MethodInfo method, object? target, CancellationArguments arguments, ILipSyncClient neutral)
    {
        using var cancel = new CancellationTokenSource();
        var before = emulator.Requests.Count;
        Task call;
        try
        {
            call = Start(method, target, arguments.For(method, cancel.Token, neutral));
        }
        catch (TargetInvocationException ex) when (ex.InnerException is NotSupportedException)
        {
            output.WriteLine($"CANCEL | {neutral.Provider} | {method.Name} | not supported by design: {ex.InnerException.Message}");
            return null;
        }

        // Let the call reach the stalled emulator (or, for waits, sit in a delay) before cancelling.
        var deadline = Stopwatch.StartNew();
        while (emulator.Requests.Count == before && !call.IsCompleted && deadline.Elapsed < TimeSpan.FromSeconds(2))
        {
            await Task.Delay(2);
        }

        if (call.IsCompleted)
        {
            var early = await Record.ExceptionAsync(() => call);
            if (early is NotSupportedException)
            {
                output.WriteLine($"CANCEL | {neutral.Provider} | {method.Name} | not supported by design: {early.Message}");
                return null;
            }

            throw new Xunit.Sdk.XunitException($"{method.DeclaringType?.Name}.{method.Name} ended before cancellation (bad arguments?): {early}");
        }

        emulator.Requests.Count.Should().BeGreaterThan(before, $"{method.Name} reaches the emulator before it is cancelled");
        var stopwatch = Stopwatch.StartNew();
        await cancel.CancelAsync();
        var thrown = await Record.ExceptionAsync(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
        stopwatch.Stop();
        thrown.Should().BeAssignableTo<OperationCanceledException>($"{method.DeclaringType?.Name}.{method.Name} surfaces cancellation unwrapped, got {thrown}");
        thrown.Should().NotBeAssignableTo<LipSyncException>();
        return stopwatch.Elapsed;
    }

    private static Task Start(MethodInfo method, object? target, object?[] arguments)
    {
        var result = method.Invoke(target, arguments);
        if (result is Task task)
        {
            return task;
        }

        // IAsyncEnumerable<T>: enumerate the first item through a generic helper.
        var element = method.ReturnType.GetGenericArguments()[0];
        return (Task)typeof(CancellationTests).GetMethod(nameof(FirstAsync), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(element).Invoke(null, [result])!;
    }

    private static async Task FirstAsync<T>(IAsyncEnumerable<T> items)
    {
        await foreach (var _ in items)
        {
            return;
        }
    }

    private static bool IsTask(Type type) => typeof(Task).IsAssignableFrom(type);

    private static bool IsAsyncStream(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>);
}
