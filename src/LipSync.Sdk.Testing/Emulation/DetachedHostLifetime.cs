using Microsoft.Extensions.Hosting;

namespace LipSync.Sdk.Testing;

/// <summary>
/// The host lifetime of an emulator: none. <see cref="Microsoft.AspNetCore.Builder.WebApplication"/> defaults to the
/// console lifetime, which registers SIGINT/SIGTERM/SIGQUIT handlers that cancel the signal and only stop the web
/// host, so a program that starts an emulator would ignore Ctrl+C and survive <c>kill</c>. An emulator is a guest in
/// someone else's process: it starts and stops when its owner says (<see cref="LoopbackEmulator.DisposeAsync"/>), and
/// the process's signals keep their normal meaning.
/// </summary>
internal sealed class DetachedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
