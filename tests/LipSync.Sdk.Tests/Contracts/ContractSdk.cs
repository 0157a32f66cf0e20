using LipSync.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace LipSync.Sdk.Tests.Contracts;

/// <summary>
/// The SDK wired the way an application wires it — <c>AddLipSyncClient</c> in a service collection, the provider's
/// base address pointed at WireMock — with a <see cref="ManualTimeProvider"/> as the <see cref="TimeProvider"/> (every
/// back-off and hint up to 61 s fires at once and is recorded; the 100 s attempt and 5 min total timeouts never fire)
/// and <c>FakeLogger</c> capturing every log record. Only public API is used, so the suite holds whatever the
/// pipeline looks like inside.
/// </summary>
internal sealed class ContractSdk : IAsyncDisposable
{
    /// <summary>The retry budget the contract asserts against (the SDK default).</summary>
    public const int MaxRetries = 3;

    private static readonly TimeSpan TimeoutThreshold = TimeSpan.FromSeconds(90);

    private readonly ServiceProvider _services;
    private readonly string _provider;

    public ContractSdk(ProviderContract contract, Uri serverRoot)
    {
        Clock = new ManualTimeProvider(autoAdvance: true) { AutoAdvanceMaxDueTime = TimeSpan.FromSeconds(61) };
        _services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Clock)
            // Trace: everything any layer logs is captured, structured state included (issue 10 #2).
            .AddLogging(builder => builder.SetMinimumLevel(LogLevel.Trace).AddFakeLogging())
            .AddLipSyncClient(options =>
            {
                options.DefaultProvider = contract.Name;
                options.AttemptTimeout = TimeSpan.FromSeconds(100);
                options.TotalTimeout = TimeSpan.FromMinutes(5);
                options.Retry.MaxRetries = MaxRetries;
                options.Retry.UseJitter = false;
                options.AddProvider(contract.Name, provider =>
                {
                    provider.ApiKey = contract.ApiKey;
                    provider.BaseAddress = new Uri(serverRoot.GetLeftPart(UriPartial.Authority) + contract.ApiPath);
                });
            })
            .Services.BuildServiceProvider();
        Client = _services.GetRequiredKeyedService<ILipSyncClient>(contract.Name);
        _provider = contract.Name;
        Logs = _services.GetFakeLogCollector();
    }

    public ManualTimeProvider Clock { get; }

    public ILipSyncClient Client { get; }

    public FakeLogCollector Logs { get; }

    /// <summary>The provider's native client, resolved the way an application resolves it.</summary>
    public TClient Native<TClient>() where TClient : class => _services.GetRequiredService<ILipSyncClientFactory>().GetNativeClient<TClient>(_provider);

    /// <summary>The delays the SDK waited between attempts (timeout timers left out).</summary>
    public IReadOnlyList<TimeSpan> RetryDelays => Clock.RecordedDelays.Where(delay => delay < TimeoutThreshold).ToList();

    /// <summary>Log records of the SDK's retry line (event 1001), one per retry.</summary>
    public IReadOnlyList<FakeLogRecord> RetryRecords => Logs.GetSnapshot().Where(r => r.Id.Id == 1001).ToList();

    /// <summary>The request lines of the provider's named HttpClient (the SDK's own HTTP logger, one per request on the wire).</summary>
    public IReadOnlyList<FakeLogRecord> HttpRecords =>
        Logs.GetSnapshot().Where(r => r.Category?.StartsWith("LipSync.Sdk.Http.", StringComparison.Ordinal) == true).ToList();

    /// <summary>Records of IHttpClientFactory's default loggers, which must not run for the SDK's clients.</summary>
    public IReadOnlyList<FakeLogRecord> DefaultHttpClientRecords =>
        Logs.GetSnapshot().Where(r => r.Category?.StartsWith("System.Net.Http.HttpClient.LipSync.", StringComparison.Ordinal) == true).ToList();

    /// <summary>Every text a log record carries: formatted message, structured values and exception.</summary>
    public IEnumerable<string> LoggedText() =>
        Logs.GetSnapshot().SelectMany(record =>
            new[] { record.Message, record.Exception?.ToString() ?? string.Empty }
                .Concat(record.StructuredState?.Select(pair => $"{pair.Key}={pair.Value}") ?? []));

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
