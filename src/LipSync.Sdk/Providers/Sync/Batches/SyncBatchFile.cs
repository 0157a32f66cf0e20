using System.Text.Json;

namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// A batch input file (JSONL, one generation per line), built from typed records or taken as-is. It is checked
/// against every batch rule by <see cref="Validate"/>, which <see cref="ISyncClient.CreateBatchAsync"/> calls before
/// sending anything.
/// </summary>
public sealed class SyncBatchFile
{
    private SyncBatchFile(ReadOnlyMemory<byte> content) => Content = content;

    /// <summary>The JSONL bytes (UTF-8, <c>\n</c>-separated).</summary>
    public ReadOnlyMemory<byte> Content { get; }

    /// <summary>Builds the JSONL from typed records: <c>request_id</c>, <c>endpoint</c> <c>/v2/generate</c>, <c>payload</c>.</summary>
    /// <param name="records">The generations.</param>
    /// <returns>The file (not yet validated).</returns>
    public static SyncBatchFile Create(IEnumerable<SyncBatchRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        using var buffer = new MemoryStream();
        foreach (var record in records)
        {
            ArgumentNullException.ThrowIfNull(record);
            JsonSerializer.Serialize(buffer, new SyncBatchLine { RequestId = record.RequestId, Payload = record.Payload }, SyncJsonContext.Default.SyncBatchLine);
            buffer.WriteByte((byte)'\n');
        }

        return new SyncBatchFile(buffer.ToArray());
    }

    /// <summary>Takes JSONL written elsewhere, unchanged.</summary>
    /// <param name="jsonl">The file's bytes.</param>
    /// <returns>The file (not yet validated).</returns>
    public static SyncBatchFile FromJsonl(ReadOnlyMemory<byte> jsonl) => new(jsonl);

    /// <summary>
    /// Checks every batch rule of Sync's error reference and reports problems with Sync's codes and 1-based line
    /// numbers: size (<c>batch_file_too_large</c>), JSON per line (<c>batch_invalid_jsonl</c>), endpoint
    /// (<c>batch_invalid_endpoint</c>), unique <c>request_id</c> (<c>batch_duplicate_request_id</c>) and record count
    /// (<c>batch_insufficient_records</c>, <c>batch_too_many_requests</c>).
    /// </summary>
    /// <param name="limits">The limits; null for <see cref="SyncBatchLimits.Default"/>.</param>
    /// <returns>The number of records.</returns>
    /// <exception cref="LipSyncValidationException">
    /// A rule is broken: <see cref="LipSyncException.ErrorCode"/> is the first problem's code and
    /// <see cref="LipSyncValidationException.FieldErrors"/> lists every problem (field <c>line N</c>).
    /// </exception>
    public int Validate(SyncBatchLimits? limits = null) => SyncBatchValidator.Validate(Content.Span, limits ?? SyncBatchLimits.Default);
}
