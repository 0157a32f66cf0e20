using System.Collections.Concurrent;

namespace LipSync.Sdk.Testing;

// Presigned upload slots and registered assets of one SyncEmulator (sync.md §6). Bodies are counted, never kept.
internal sealed class SyncAssetStore
{
    private readonly ConcurrentDictionary<string, SyncUpload> _uploads = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SyncAsset> _assets = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<SyncAsset> _order = new();

    public IReadOnlyList<SyncUpload> Uploads => _uploads.Values.ToArray();

    public IReadOnlyList<SyncAsset> Assets => _order.ToArray();

    public SyncUpload CreateUpload(string fileName, string contentType, long size)
    {
        var upload = new SyncUpload
        {
            Token = Guid.NewGuid().ToString("N"), FileName = fileName, ContentType = contentType, DeclaredSize = size, ReceivedBytes = 0, PutCount = 0,
        };
        _uploads[upload.Token] = upload;
        return upload;
    }

    public SyncUpload? FindUpload(string token) => _uploads.TryGetValue(token, out var upload) ? upload : null;

    public void RecordPut(string token, long? completedBytes) =>
        _uploads.AddOrUpdate(token, _ => throw new KeyNotFoundException(token), (_, u) => u with
        {
            PutCount = u.PutCount + 1,
            ReceivedBytes = completedBytes ?? u.ReceivedBytes,
        });

    public SyncAsset Register(string type, string url, string? name, long? size, string inputType)
    {
        var asset = new SyncAsset { Id = Guid.NewGuid().ToString(), Type = type, Url = url, Name = name, Size = size, InputType = inputType };
        _assets[asset.Id] = asset;
        _order.Enqueue(asset);
        return asset;
    }

    public SyncAsset? FindAsset(string id) => _assets.TryGetValue(id, out var asset) ? asset : null;

    /// <summary>The assets not deleted, in registration order.</summary>
    public IReadOnlyList<SyncAsset> LiveAssets => _order.Where(a => _assets.ContainsKey(a.Id)).ToArray();

    public bool Delete(string id) => _assets.TryRemove(id, out _);

    public void Share(string id) =>
        _assets.AddOrUpdate(id, _ => throw new KeyNotFoundException(id), (_, a) => a with { Shared = true });
}
