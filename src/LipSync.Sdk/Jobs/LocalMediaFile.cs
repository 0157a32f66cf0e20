namespace LipSync.Sdk;

/// <summary>
/// The one check of a local media path. A missing file used to surface per provider as something else ("the length is
/// unknown", a retried network error, a raw <see cref="UnauthorizedAccessException"/> for a directory); it is a file
/// problem, reported as such before any request: <see cref="FileNotFoundException"/> with the full path, the exception
/// .NET's own file APIs use. It is not a <see cref="LipSyncException"/>: no provider was involved.
/// </summary>
internal static class LocalMediaFile
{
    public static void ThrowIfNotAFile(FileInfo file)
    {
        file.Refresh();
        if (file.Exists)
        {
            return;
        }

        var what = Directory.Exists(file.FullName) ? "is a directory, not a media file" : "does not exist";
        throw new FileNotFoundException($"The media file '{file.FullName}' {what}; nothing was sent.", file.FullName);
    }
}
