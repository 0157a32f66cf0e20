namespace LipSync.Sdk.Testing;

/// <summary>Settings shared by every <see cref="LoopbackEmulator"/>.</summary>
public class LoopbackEmulatorOptions
{
    /// <summary>
    /// The API key the emulator accepts, or <see langword="null"/> to accept every request. Each emulator decides
    /// which header carries the key and what a 401 looks like.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// Whether request bodies are kept in <see cref="RecordedRequest.Body"/> (default <see langword="true"/>).
    /// Turn it off for very large uploads: only <see cref="RecordedRequest.BodyLength"/> is then tracked.
    /// </summary>
    public bool RecordBodies { get; set; } = true;

    /// <summary>
    /// The clock used for server-side timestamps (<see cref="RecordedRequest.ReceivedAt"/>, job creation times).
    /// Defaults to <see cref="TimeProvider.System"/>. Scripted <see cref="Fault.Delay"/> and <see cref="Fault.Stall"/>
    /// always use real time, because the client on the other side of the socket does.
    /// </summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>
    /// The port on 127.0.0.1 to listen on; 0 (default) lets the system pick a free one, which tests should always use.
    /// Set a fixed port to run an emulator for another program (<c>lipsync emulate --port</c>, an app's
    /// <c>appsettings.json</c>); starting fails if the port is taken. Read the address from <see cref="LoopbackEmulator.BaseAddress"/>.
    /// </summary>
    public int Port { get; set; }

    /// <summary>
    /// How long result links stay valid, by <see cref="TimeProvider"/> (default 7 days, as Sync and HeyGen document);
    /// see <see cref="LoopbackEmulator.OutputLinkLifetime"/>.
    /// </summary>
    public TimeSpan OutputLinkLifetime { get; set; } = TimeSpan.FromDays(7);
}
