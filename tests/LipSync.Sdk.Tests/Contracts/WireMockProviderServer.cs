using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace LipSync.Sdk.Tests.Contracts;

/// <summary>
/// One WireMock server on an ephemeral loopback port, shared by a test class. Each test scripts its own answer under a
/// marker no other test uses (a job id in the URL, or a URL inside a create's body), and reads back only the requests
/// that carry its marker, so tests never see each other's stubs or traffic.
/// </summary>
/// <remarks>
/// Only plain status, headers and body are used: WireMock's response templating is broken by a substituted package,
/// and its faults and delays do not close connections and run on real time (the emulators and the socket fault
/// server cover those).
/// </remarks>
public sealed class WireMockProviderServer : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start(new WireMockServerSettings
    {
        // Port 0: the OS picks a free port when Kestrel binds, so parallel test runs never race for one.
        Urls = ["http://127.0.0.1:0"],
        StartAdminInterface = false,
        ReadStaticMappings = false,
    });

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Root => new(_server.Urls[0]);

    /// <summary>Answers every request whose URL or body contains <paramref name="marker"/> with the given response.</summary>
    public void Answer(string marker, int status, string body, IReadOnlyDictionary<string, string> headers)
    {
        var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);
        foreach (var (name, value) in headers)
        {
            response = response.WithHeader(name, value);
        }

        var pattern = $"*{marker}*";
        _server.Given(Request.Create().UsingAnyMethod().WithUrl(new WildcardMatcher(pattern))).RespondWith(response);
        _server.Given(Request.Create().UsingAnyMethod().WithBody(new WildcardMatcher(pattern))).RespondWith(response);
    }

    /// <summary>The requests that carried <paramref name="marker"/>, in arrival order.</summary>
    public IReadOnlyList<RecordedCall> RequestsWith(string marker) =>
        _server.LogEntries
            .Select(entry => entry.RequestMessage)
            .Where(request => request.Url.Contains(marker, StringComparison.Ordinal)
                || (request.Body?.Contains(marker, StringComparison.Ordinal) ?? false))
            .OrderBy(request => request.DateTime)
            .Select(request => new RecordedCall(
                request.Method,
                request.AbsolutePath,
                (request.Headers ?? new Dictionary<string, WireMock.Types.WireMockList<string>>())
                    .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase)))
            .ToList();

    /// <summary>
    /// Forgets every stub and logged request. WireMock matches each request against every stub, so a class that runs
    /// hundreds of tests calls this per test (xunit runs one class's tests one at a time) to keep each request O(1).
    /// </summary>
    public void Reset() => _server.Reset();

    public void Dispose() => _server.Stop();
}

/// <summary>One request as WireMock received it; header names compare case-insensitively.</summary>
public sealed record RecordedCall(string Method, string Path, IReadOnlyDictionary<string, string> Headers)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
