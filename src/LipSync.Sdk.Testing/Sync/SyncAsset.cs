namespace LipSync.Sdk.Testing;

/// <summary>A point-in-time copy of one asset held by a <see cref="SyncEmulator"/>.</summary>
public sealed record SyncAsset
{
    /// <summary>The asset id.</summary>
    public required string Id { get; init; }

    /// <summary><c>VIDEO</c>, <c>AUDIO</c> or <c>IMAGE</c>.</summary>
    public required string Type { get; init; }

    /// <summary>The registered URL.</summary>
    public required string Url { get; init; }

    /// <summary>The display name, if given.</summary>
    public string? Name { get; init; }

    /// <summary>The size in bytes, for uploaded files.</summary>
    public long? Size { get; init; }

    /// <summary><c>UPLOAD</c> for files PUT to the emulator, <c>URL</c> for external URLs.</summary>
    public required string InputType { get; init; }

    /// <summary>
    /// Whether the asset is shared with the organization (visibility <c>ORGANIZATION</c>): an API key can read it but
    /// not delete it. Set by <see cref="SyncEmulator.ShareAsset"/>.
    /// </summary>
    public bool Shared { get; init; }
}

/// <summary>A point-in-time copy of one presigned upload slot of a <see cref="SyncEmulator"/>.</summary>
public sealed record SyncUpload
{
    /// <summary>The token in the upload URL.</summary>
    public required string Token { get; init; }

    /// <summary>The declared file name.</summary>
    public required string FileName { get; init; }

    /// <summary>The declared content type (the PUT must repeat it).</summary>
    public required string ContentType { get; init; }

    /// <summary>The declared size in bytes.</summary>
    public required long DeclaredSize { get; init; }

    /// <summary>Bytes received by the last complete PUT (0 before any).</summary>
    public required long ReceivedBytes { get; init; }

    /// <summary>How many PUTs reached the slot.</summary>
    public required int PutCount { get; init; }
}
