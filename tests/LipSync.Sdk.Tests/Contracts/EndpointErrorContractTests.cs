using System.Globalization;

namespace LipSync.Sdk.Tests.Contracts;

/// <summary>
/// The per-endpoint contract: for every documented error of every native endpoint in <see cref="EndpointContracts"/>,
/// WireMock answers with the provider's native error body, the catalogue row's status and a request id; the SDK must
/// throw the row's exception type with its kind, code and retryability, use the endpoint's method, retry only a
/// retryable row (exactly <see cref="ContractSdk.MaxRetries"/> times) and send the API key on every attempt.
/// </summary>
public sealed class EndpointErrorContractTests : IClassFixture<WireMockProviderServer>
{
    private readonly WireMockProviderServer _server;

    public EndpointErrorContractTests(WireMockProviderServer server)
    {
        _server = server;
        _server.Reset();
    }

    public static TheoryData<string, string, string> Rows() => EndpointContracts.Rows();

    [Fact]
    public void Every_documented_endpoint_code_is_a_catalogue_row()
    {
        foreach (var endpoint in EndpointContracts.All)
        {
            var catalogue = LipSyncErrors.GetCatalog(endpoint.Provider);
            endpoint.Codes.Where(code => !catalogue.TryGet(code, out _)).Should().BeEmpty($"{endpoint}'s documented errors are catalogue rows");
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task The_endpoint_answered_with_a_documented_error_throws_its_typed_exception(string provider, string operation, string code)
    {
        var endpoint = EndpointContracts.Get(provider, operation);
        var contract = ProviderContracts.Get(provider);
        LipSyncErrors.GetCatalog(provider).TryGet(code, out var row).Should().BeTrue();
        var marker = Guid.NewGuid().ToString("N");
        var status = contract.StatusFor(row!);
        _server.Answer(marker, status, contract.ErrorBody(row!, status, null), new Dictionary<string, string> { ["x-request-id"] = "req-" + marker });
        await using var sdk = new ContractSdk(contract, _server.Root);

        var thrown = await Record.ExceptionAsync(() => endpoint.Call(sdk.Client, marker));

        var error = thrown.Should().BeAssignableTo<LipSyncException>($"got {thrown}").Subject;
        var requests = _server.RequestsWith(marker);
        error.GetType().Should().Be(ErrorKindTypes.For(row!.Kind), error.ToString());
        error.Kind.Should().Be(row.Kind);
        error.ErrorCode.Should().Be(code);
        error.StatusCode.Should().Be(status);
        error.IsRetryable.Should().Be(row.IsRetryable);
        error.RequestId.Should().Be("req-" + marker);
        requests.Should().HaveCount(1 + (row.IsRetryable ? ContractSdk.MaxRetries : 0), string.Create(CultureInfo.InvariantCulture, $"{code} retryable={row.IsRetryable}"));
        error.Attempts.Should().Be(requests.Count);
        requests.Should().OnlyContain(r => r.Method == endpoint.Method);
        requests.Should().OnlyContain(r => r.Header(contract.ApiKeyHeader) == contract.ApiKey);
    }
}
