using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LipSync.Sdk.Testing;

// The server side of the batch file rules (Sync's error reference, seed 000): returns the first broken rule as
// (errorCode, message) in the reference's wording, or the parsed lines.
internal static class SyncBatchRules
{
    public const long MaxFileBytes = 5L * 1024 * 1024;
    public const int MinRecords = 20;

    public static (string? Code, string? Message, List<JsonObject> Lines) Check(byte[] file, int maxRecords)
    {
        var lines = new List<JsonObject>();
        if (file.LongLength > MaxFileBytes)
        {
            return ("batch_file_too_large", "File size exceeds the maximum limit of 5MB.", lines);
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var raw in Encoding.UTF8.GetString(file).Split('\n'))
        {
            number++;
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            JsonObject? line;
            try
            {
                line = JsonNode.Parse(raw) as JsonObject;
            }
            catch (JsonException ex)
            {
                return ("batch_invalid_jsonl", $"Invalid JSON at line {number}: {ex.Message}", lines);
            }

            if (line is null)
            {
                return ("batch_invalid_jsonl", $"Invalid JSON at line {number}: expected an object", lines);
            }

            if (line["endpoint"]?.GetValueKind() != JsonValueKind.String || line["endpoint"]!.GetValue<string>() != "/v2/generate")
            {
                return ("batch_invalid_endpoint", "Invalid endpoint specified. Only '/v2/generate' is supported.", lines);
            }

            var id = line["request_id"]?.GetValueKind() == JsonValueKind.String ? line["request_id"]!.GetValue<string>() : null;
            if (id is null || !ids.Add(id))
            {
                return ("batch_duplicate_request_id", $"Duplicate request_id found at line {number}: {id}", lines);
            }

            lines.Add(line);
        }

        if (lines.Count < MinRecords)
        {
            return ("batch_insufficient_records", $"Input file must contain at least {MinRecords} records. Found {lines.Count} record(s).", lines);
        }

        if (lines.Count > maxRecords)
        {
            return ("batch_too_many_requests", $"Number of records exceeds the maximum limit of {maxRecords:N0}.", lines);
        }

        return (null, null, lines);
    }
}
