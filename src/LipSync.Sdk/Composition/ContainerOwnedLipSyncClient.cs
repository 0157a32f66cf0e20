namespace LipSync.Sdk;

/// <summary>
/// The neutral client the container hands out: the middleware chain, behind a view whose <see cref="IDisposable.Dispose"/>
/// does nothing. The container disposes the chain itself (through <see cref="Chain"/>) when it is disposed.
/// </summary>
internal sealed class ContainerOwnedLipSyncClient(ILipSyncClient chain) : DelegatingLipSyncClient(chain)
{
    // The chain is shared by every consumer of the singleton: one consumer's Dispose must not end it for the others.
    protected override void Dispose(bool disposing)
    {
    }

    /// <summary>The container-owned chain: disposed with the container, never by a consumer.</summary>
    internal sealed class Chain(ILipSyncClient outermost) : IDisposable
    {
        public ILipSyncClient Client { get; } = new ContainerOwnedLipSyncClient(outermost);

        public void Dispose() => outermost.Dispose();
    }
}
