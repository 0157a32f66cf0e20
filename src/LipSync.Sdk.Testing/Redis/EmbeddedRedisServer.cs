using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Garnet;

namespace LipSync.Sdk.Testing;

/// <summary>
/// A Redis-protocol server in this process (Microsoft Garnet) on a free loopback port, with Lua scripting and pub/sub,
/// so scale-out tests and samples need nothing installed. Memory only (no persistence); dispose to stop it.
/// </summary>
public sealed class EmbeddedRedisServer : IDisposable
{
    private readonly GarnetServer _server;

    private EmbeddedRedisServer(GarnetServer server, int port)
    {
        _server = server;
        Port = port;
    }

    /// <summary>The loopback port the server listens on.</summary>
    public int Port { get; }

    /// <summary>A StackExchange.Redis configuration string for the server: <c>127.0.0.1:{port}</c>.</summary>
    public string ConnectionString => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{Port}");

    /// <summary>Starts a server on a free loopback port.</summary>
    /// <returns>The running server.</returns>
    public static EmbeddedRedisServer Start()
    {
        // Garnet binds the port it is given: take a free one from the OS, release it, hand it over (retry if it was raced).
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            var server = new GarnetServer(
                [
                    "--bind", IPAddress.Loopback.ToString(),
                    "--port", port.ToString(CultureInfo.InvariantCulture),
                    "--lua", "true",
                    "--memory", "128m",
                    "--index", "16m",
                    "--logger-level", "None",
                ],
                loggerFactory: null,
                cleanupDir: true);
            try
            {
                server.Start();
                return new EmbeddedRedisServer(server, port);
            }
            catch (Exception) when (attempt < 3)
            {
                server.Dispose();
            }
        }
    }

    /// <summary>Stops the server.</summary>
    public void Dispose() => _server.Dispose();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
