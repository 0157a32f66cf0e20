using System.Diagnostics;
using Microsoft.Extensions.Http.Logging;
using Microsoft.Extensions.Logging;

namespace LipSync.Sdk;

/// <summary>
/// The only request logging of a provider's named HttpClient, in place of <see cref="IHttpClientFactory"/>'s default
/// loggers: one Debug line per request on the wire (method, path, status, time), no headers, no query, no server text.
/// The default loggers put header values in the structured state of their Trace events unredacted (the redaction
/// applies to the formatted text only), so a server echoing the key in a response header, or a request id carrying
/// escapes, reached JSON and OpenTelemetry sinks; and they wrote four Information lines per status poll.
/// </summary>
internal sealed class ProviderHttpLogger(ILogger logger, string provider) : IHttpClientLogger
{
    private static readonly Action<ILogger, string, string, string, int, long, Exception?> Answered = LoggerMessage.Define<string, string, string, int, long>(
        LogLevel.Debug, new EventId(1101, "HttpRequestAnswered"), "{Provider}: {Method} {Path} answered HTTP {StatusCode} in {ElapsedMilliseconds} ms");

    private static readonly Action<ILogger, string, string, string, string, long, Exception?> Failed = LoggerMessage.Define<string, string, string, string, long>(
        LogLevel.Debug, new EventId(1102, "HttpRequestFailed"), "{Provider}: {Method} {Path} failed with {Failure} after {ElapsedMilliseconds} ms");

    public object? LogRequestStart(HttpRequestMessage request) => null;

    public void LogRequestStop(object? context, HttpRequestMessage request, HttpResponseMessage response, TimeSpan elapsed)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            Answered(logger, provider, request.Method.Method, PathOf(request), (int)response.StatusCode, (long)elapsed.TotalMilliseconds, null);
        }
    }

    // The exception itself stays out: a socket-level message can quote what the server sent (a malformed header line
    // echoing the key). Its type says what kind of failure it was; the caller gets the redacted LipSyncException.
    public void LogRequestFailed(object? context, HttpRequestMessage request, HttpResponseMessage? response, Exception exception, TimeSpan elapsed)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            Failed(logger, provider, request.Method.Method, PathOf(request), exception.GetType().Name, (long)elapsed.TotalMilliseconds, null);
        }
    }

    // The path only: a presigned link's query is its credential.
    private static string PathOf(HttpRequestMessage request) => request.RequestUri is { IsAbsoluteUri: true } uri ? uri.AbsolutePath : "(relative)";
}
