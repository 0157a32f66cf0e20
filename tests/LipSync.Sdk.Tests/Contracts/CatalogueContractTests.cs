using System.Globalization;

namespace LipSync.Sdk.Tests.Contracts;

/// <summary>
/// The per-code contract: for every row of every registered provider's error catalogue, WireMock answers with the
/// provider's native error body, the row's status, a request id and (for 425/429/503) <c>Retry-After</c>; the SDK,
/// called through its public API, must throw the row's exception type with its kind and retryability, retry a
/// retryable row exactly <see cref="ContractSdk.MaxRetries"/> times (honouring the hint) and a non-retryable one never,
/// report as <see cref="LipSyncException.Attempts"/> exactly the requests WireMock saw, and send the API key on each of
/// them. Keyed creates (Sync, HeyGen) must send one <c>Idempotency-Key</c>, the same on every attempt.
/// </summary>
public sealed class CatalogueContractTests : IClassFixture<WireMockProviderServer>
{
    private const string RequestIdHeader = "x-request-id";
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(2);
    private static readonly HashSet<int> StatusesWithRetryAfter = [425, 429, 503];

    private readonly WireMockProviderServer _server;

    public CatalogueContractTests(WireMockProviderServer server)
    {
        _server = server;
        _server.Reset();
    }

    /// <summary>(provider, code) for every catalogue row of every provider built into the SDK.</summary>
    public static TheoryData<string, string> Rows()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in ProviderContracts.BuiltInProviders)
        {
            foreach (var row in LipSyncErrors.GetCatalog(provider).Entries)
            {
                data.Add(provider, row.Code);
            }
        }

        return data;
    }

    /// <summary>The rows of the providers whose creates carry an Idempotency-Key.</summary>
    public static TheoryData<string, string> KeyedCreateRows()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in Rows().Where(row => ProviderContracts.Get((string)row[0]).KeyedCreate is not null))
        {
            data.Add((string)row[0], (string)row[1]);
        }

        return data;
    }

    /// <summary>(provider, native endpoint, code, status) for every documented error of every native endpoint in the contracts.</summary>
    public static TheoryData<string, string, string, int> NativeEndpointRows()
    {
        var data = new TheoryData<string, string, string, int>();
        foreach (var contract in ProviderContracts.All)
        {
            foreach (var endpoint in contract.NativeEndpoints)
            {
                foreach (var (code, status) in endpoint.DocumentedErrors)
                {
                    data.Add(contract.Name, endpoint.Name, code, status);
                }
            }
        }

        return data;
    }

    [Fact]
    public void Every_registered_provider_has_a_contract_and_every_seed_code_is_a_catalogue_row()
    {
        ProviderContracts.BuiltInProviders.Should().BeEquivalentTo(ProviderContracts.All.Select(c => c.Name));
        foreach (var contract in ProviderContracts.All)
        {
            var catalogue = LipSyncErrors.GetCatalog(contract.Name);
            var seedCodes = contract.SeedCodes().ToList();
            seedCodes.Should().NotBeEmpty($"{contract.Name}'s seed document lists codes");
            seedCodes.Where(code => !catalogue.TryGet(code, out _)).Should().BeEmpty(
                $"every code of {contract.Name}'s seed document is a catalogue row, so the contract below serves it");
        }

        Rows().Count().Should().BeGreaterThan(350, "five catalogues");
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Reading_a_job_answered_with_the_row(string provider, string code)
    {
        var (contract, row) = Lookup(provider, code);
        var jobId = Guid.NewGuid().ToString();
        var served = Serve(contract, row, jobId);
        await using var sdk = new ContractSdk(contract, _server.Root);

        var error = await CatchAsync(() => sdk.Client.GetJobAsync(jobId));

        var requests = _server.RequestsWith(jobId);
        AssertTyped(error, contract, row, served, requests.Count, sdk);
        requests.Should().OnlyContain(r => r.Method == "GET" && r.Path.EndsWith("/" + jobId, StringComparison.Ordinal));
        AssertKeyOnEveryRequest(contract, requests, sdk);
    }

    [Theory]
    [MemberData(nameof(KeyedCreateRows))]
    public async Task Keyed_create_answered_with_the_row_keeps_one_idempotency_key(string provider, string code)
    {
        var (contract, row) = Lookup(provider, code);
        var marker = Guid.NewGuid().ToString("N");
        var served = Serve(contract, row, marker);
        await using var sdk = new ContractSdk(contract, _server.Root);

        var error = await CatchAsync(() => sdk.Client.SubmitAsync(contract.KeyedCreate!(marker)));

        var requests = _server.RequestsWith(marker);
        AssertTyped(error, contract, row, served, requests.Count, sdk);
        requests.Should().OnlyContain(r => r.Method == "POST");
        AssertKeyOnEveryRequest(contract, requests, sdk);
        var keys = requests.Select(r => r.Header("Idempotency-Key")).ToList();
        keys.Should().OnlyContain(key => !string.IsNullOrWhiteSpace(key), "every attempt of a keyed create carries the key");
        keys.Distinct().Should().ContainSingle("a retry reuses the key of the first attempt");
    }

    [Theory]
    [MemberData(nameof(NativeEndpointRows))]
    public async Task Native_endpoint_answered_with_a_documented_error(string provider, string endpointName, string code, int status)
    {
        var contract = ProviderContracts.Get(provider);
        var endpoint = contract.NativeEndpoints.Single(e => e.Name == endpointName);
        LipSyncErrors.GetCatalog(provider).TryGet(code, out var row).Should().BeTrue($"{endpointName} documents {code}, so it is a catalogue row");
        var marker = endpoint.FixedMarker ?? Guid.NewGuid().ToString("N");
        var served = Serve(contract, row! with { Code = code }, status, marker);
        await using var sdk = new ContractSdk(contract, _server.Root);

        var error = await CatchAsync(() => endpoint.Call(sdk, marker));

        // The wire spelling may differ in case from the catalogue's (v3 "forbidden" is the reference's FORBIDDEN row).
        error.ErrorCode.Should().BeEquivalentTo(code);
        var requests = _server.RequestsWith(marker);
        AssertTyped(error, contract, row with { Code = error.ErrorCode! }, served, requests.Count, sdk);
        requests.Should().OnlyContain(r => r.Method == endpoint.Method);
        AssertKeyOnEveryRequest(contract, requests, sdk);
        if (endpoint.Keyed)
        {
            var keys = requests.Select(r => r.Header("Idempotency-Key")).ToList();
            keys.Should().OnlyContain(key => !string.IsNullOrWhiteSpace(key), "every attempt of a keyed mutation carries the key");
            keys.Distinct().Should().ContainSingle("a retry reuses the key of the first attempt");
        }
    }

    private static (ProviderContract Contract, ErrorCatalogEntry Row) Lookup(string provider, string code)
    {
        LipSyncErrors.GetCatalog(provider).TryGet(code, out var row).Should().BeTrue();
        return (ProviderContracts.Get(provider), row!);
    }

    private Served Serve(ProviderContract contract, ErrorCatalogEntry row, string marker) => Serve(contract, row, contract.StatusFor(row), marker);

    private Served Serve(ProviderContract contract, ErrorCatalogEntry row, int status, string marker)
    {
        TimeSpan? hint = StatusesWithRetryAfter.Contains(status) ? RetryAfter : null;
        var requestId = "req-" + marker;
        var headers = new Dictionary<string, string> { [RequestIdHeader] = requestId };
        if (hint is { } wait)
        {
            headers["Retry-After"] = wait.TotalSeconds.ToString(CultureInfo.InvariantCulture);
        }

        _server.Answer(marker, status, contract.ErrorBody(row, status, hint), headers);
        return new Served(status, hint, requestId);
    }

    private static async Task<LipSyncException> CatchAsync(Func<Task> call)
    {
        var thrown = await Record.ExceptionAsync(call);
        return thrown.Should().BeAssignableTo<LipSyncException>($"the SDK reports a provider error as a LipSyncException, got {thrown}").Subject;
    }

    private static void AssertTyped(LipSyncException error, ProviderContract contract, ErrorCatalogEntry row, Served served, int requestsSeen, ContractSdk sdk)
    {
        var retries = row.IsRetryable ? ContractSdk.MaxRetries : 0;
        error.GetType().Should().Be(ErrorKindTypes.For(row.Kind), error.ToString());
        error.Kind.Should().Be(row.Kind, error.ToString());
        error.IsRetryable.Should().Be(row.IsRetryable);
        error.Provider.Should().Be(contract.Name);
        error.ErrorCode.Should().Be(row.Code);
        error.StatusCode.Should().Be(served.Status);
        error.RequestId.Should().Be(served.RequestId);
        error.RetryAfter.Should().Be(served.RetryAfter);
        requestsSeen.Should().Be(1 + retries, row.IsRetryable ? "a retryable row is retried MaxRetries times" : "a non-retryable row is sent once");
        error.Attempts.Should().Be(requestsSeen, "Attempts counts the requests that reached the server");

        // The waits ran on the manual clock: one per retry, never shorter than the server's hint.
        sdk.RetryDelays.Should().HaveCount(retries);
        if (served.RetryAfter is { } hint && retries > 0)
        {
            sdk.RetryDelays.Should().OnlyContain(delay => delay >= hint);
        }

        sdk.RetryRecords.Should().HaveCount(retries, "one log line per retry");

        // Issue 11 #13: a missing code reads "none", not "code )" or "(null)", and the delay is whole milliseconds.
        foreach (var record in sdk.RetryRecords)
        {
            record.Message.Should().NotContain("(null)").And.NotContain("code )").And.MatchRegex(@"retrying in \d+ ms$");
        }
    }

    private static void AssertKeyOnEveryRequest(ProviderContract contract, IReadOnlyList<RecordedCall> requests, ContractSdk sdk)
    {
        requests.Should().OnlyContain(r => r.Header(contract.ApiKeyHeader) == contract.ApiKey, $"every API call carries {contract.ApiKeyHeader}");
        sdk.HttpRecords.Should().HaveCount(requests.Count, "one Debug line per request on the wire");
        sdk.DefaultHttpClientRecords.Should().BeEmpty("IHttpClientFactory's loggers put header values, unredacted, in their structured state");
        sdk.LoggedText().Should().NotContain(text => text.Contains(contract.ApiKey, StringComparison.Ordinal), "the key is never logged, formatted or structured");
    }

    private sealed record Served(int Status, TimeSpan? RetryAfter, string RequestId);
}
