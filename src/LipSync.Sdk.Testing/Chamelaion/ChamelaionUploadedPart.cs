namespace LipSync.Sdk.Testing;

/// <summary>One file part of a <c>generate-with-media</c> upload, as the emulator received it (only counted, never kept).</summary>
/// <param name="Name">The form field name, e.g. <c>video</c>.</param>
/// <param name="FileName">The file name from <c>Content-Disposition</c>.</param>
/// <param name="ContentType">The part's <c>Content-Type</c>, if any.</param>
/// <param name="Length">The number of bytes received.</param>
public sealed record ChamelaionUploadedPart(string Name, string? FileName, string? ContentType, long Length);
