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
/// ends promptly once its token is cancelled while the emulator stalls every request, with an
/// <see cref="OperationCanceledException"/> that is not wrapped in a <see cref="LipSyncException"/>.
/// </summary>
/// <remarks>
/// "Promptly" is checked on the manual clock, not the wall clock: short waits (poll intervals, back-offs) fire at once,
/// but the 100 s attempt timeout never does, so a call that ends after <c>Cancel()</c> with the clock still short of
/// that timeout was ended by the cancellation itself. One that is not wired through hangs until the hang guard.
/// </remarks>
public sealed class CancellationTests(ITestOutputHelper output)
{
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
        await using var host = await ReliabilityHost.StartAsync(adapter, pollsUntilDone: int.MaxValue);
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
        var cancelled = new List<string>();
        try
        {
            foreach (var (contract, target) in targets)
            {
                foreach (var method in AsyncMethods(contract))
                {
                    if (await CancelWhileStalledAsync(host, method, method.IsStatic ? null : target, arguments, neutral))
                    {
                        cancelled.Add($"{contract.Name}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name))})");
                    }
                }
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }

        foreach (var method in cancelled)
        {
            output.WriteLine($"CANCEL | {provider} | {method} | ended by cancellation");
        }

        cancelled.Should().HaveCountGreaterThanOrEqualTo(4);
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

    // False when the method refuses the call up front by design (NotSupportedException: e.g. Breeze has no lip-sync submit).
    private async Task<bool> CancelWhileStalledAsync(ReliabilityHost host, MethodInfo method, object? target, CancellationArguments arguments, ILipSyncClient neutral)
    {
        var emulator = host.Emulator!;
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
            return false;
        }

        // Let the call reach the stalled emulator before cancelling (waits poll at once: short delays fire on the clock).
        await Task.WhenAny(call, emulator.WaitForRequestsAsync(_ => true, before + 1)).WaitAsync(ObservedClock.HangGuard);
        if (call.IsCompleted)
        {
            var early = await Record.ExceptionAsync(() => call);
            if (early is NotSupportedException)
            {
                output.WriteLine($"CANCEL | {neutral.Provider} | {method.Name} | not supported by design: {early.Message}");
                return false;
            }

            throw new Xunit.Sdk.XunitException($"{method.DeclaringType?.Name}.{method.Name} ended before cancellation (bad arguments?): {early}");
        }

        var cancelledAt = host.Time.GetUtcNow();
        await cancel.CancelAsync();
        var thrown = await Record.ExceptionAsync(() => call.WaitAsync(ObservedClock.HangGuard));
        thrown.Should().BeAssignableTo<OperationCanceledException>($"{method.DeclaringType?.Name}.{method.Name} surfaces cancellation unwrapped, got {thrown}");
        thrown.Should().NotBeAssignableTo<LipSyncException>();
        (host.Time.GetUtcNow() - cancelledAt).Should().BeLessThan(ReliabilityHost.AttemptTimeout,
            $"{method.Name} ended on cancellation, not on a timeout");
        return true;
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
