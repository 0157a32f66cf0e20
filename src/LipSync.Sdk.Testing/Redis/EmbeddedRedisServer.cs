using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Garnet;

namespace LipSync.Sdk.Testing;

/// <summary>
/// A Redis-protocol server in this process (Microsoft Garnet) on a free loopback port, with atomic Lua scripts (as
/// Redis runs them) and pub/sub,
/// so scale-out tests and samples need nothing installed. Memory only (no persistence); dispose to stop it.
/// </summary>
public sealed class EmbeddedRedisServer : IDisposable
{
    private readonly GarnetServer _server;
    private readonly string _directory;

    private EmbeddedRedisServer(GarnetServer server, int port, string directory)
    {
        _server = server;
        Port = port;
        _directory = directory;
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

            // Garnet's checkpoint folder defaults to the working directory: give it a private one instead, and never let
            // Garnet delete folders itself (its cleanup removes the whole folder, which once took a repository with it).
            var directory = Directory.CreateTempSubdirectory("lipsync-garnet-").FullName;
            GarnetServer? server = null;
            try
            {
                server = new GarnetServer(
                    [
                        "--bind", IPAddress.Loopback.ToString(),
                        "--port", port.ToString(CultureInfo.InvariantCulture),
                        "--lua", "true",

                        // Without it Garnet runs a script's commands unlocked, interleaved with other clients': the
                        // slots' check-then-add could then admit one holder too many (a 429 concurrency_limit_reached).
                        "--lua-transaction-mode", "true",
                        "--memory", "128m",
                        "--index", "16m",
                        "--logger-level", "None",
                        "--checkpointdir", directory,
                    ],
                    loggerFactory: null,
                    cleanupDir: false);
                server.Start();
                return new EmbeddedRedisServer(server, port, directory);
            }
            catch (Exception)
            {
                server?.Dispose();
                DeleteQuietly(directory);
                if (attempt >= 3)
                {
                    throw;
                }
            }
        }
    }

    /// <summary>Stops the server and deletes its private temporary folder.</summary>
    public void Dispose()
    {
        _server.Dispose();
        DeleteQuietly(_directory);
    }

    private static void DeleteQuietly(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open: the OS temp cleaner takes it later.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
