using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace LipSync.Sdk.Tests.Hostile;

/// <summary>
/// A raw-socket HTTP/1.1 server on loopback for what Kestrel refuses to send: response heads with control
/// characters, escapes or non-ASCII bytes in header values. Each connection reads one request head, writes the
/// scripted bytes verbatim and closes. Records the request lines it received.
/// </summary>
internal sealed class RawHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stopping = new();
    private readonly byte[] _response;
    private readonly Task _accepting;

    public RawHttpServer(byte[] response)
    {
        _response = response;
        _listener.Start();
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");
        _accepting = AcceptAsync();
    }

    public Uri BaseAddress { get; }

    public ConcurrentQueue<string> RequestLines { get; } = new();

    /// <summary>A response head (joined with CRLF, as given) plus a JSON body with a matching Content-Length.</summary>
    public static byte[] Response(string statusLine, IEnumerable<string> headerLines, string body)
    {
        var bodyBytes = Encoding.UTF8.GetBytes(body);
        var head = new StringBuilder(statusLine).Append("\r\n");
        foreach (var line in headerLines)
        {
            head.Append(line).Append("\r\n");
        }

        head.Append("Content-Type: application/json\r\nContent-Length: ").Append(bodyBytes.Length).Append("\r\nConnection: close\r\n\r\n");
        return [.. Encoding.UTF8.GetBytes(head.ToString()), .. bodyBytes];
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stopping.Token);
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            var head = new StringBuilder();
            var buffer = new byte[4096];
            while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                var read = await stream.ReadAsync(buffer, _stopping.Token);
                if (read == 0)
                {
                    return;
                }

                head.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }

            RequestLines.Enqueue(head.ToString()[..head.ToString().IndexOf("\r\n", StringComparison.Ordinal)]);
            await stream.WriteAsync(_response, _stopping.Token);
            await stream.FlushAsync(_stopping.Token);
            client.Client.Shutdown(SocketShutdown.Send);
        }
    }
}
