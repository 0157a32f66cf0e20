using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LipSync.Sdk.Providers.Sync;

// The batch rules of Sync's error reference (seed 000), in the order the server meets them: the file size, then each
// line, then the record count. Messages follow the reference's wording ("Invalid JSON at line X: ...").
internal static class SyncBatchValidator
{
    private const int MaxListedProblems = 50;

    public static int Validate(ReadOnlySpan<byte> content, SyncBatchLimits limits)
    {
        if (content.Length > limits.MaxFileBytes)
        {
            throw Failure("batch_file_too_large", [new(null, Format($"File size ({content.Length} bytes) exceeds the maximum limit of {limits.MaxFileBytes} bytes."))]);
        }

        var problems = new List<(string Code, LipSyncFieldError Error)>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var records = 0;
        var lineNumber = 0;
        while (!content.IsEmpty)
        {
            lineNumber++;
            var end = content.IndexOf((byte)'\n');
            var line = end < 0 ? content : content[..end];
            content = end < 0 ? [] : content[(end + 1)..];
            if (line.Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }

            records++;
            CheckLine(line, lineNumber, seen, problems);
        }

        if (records < limits.MinRecords)
        {
            problems.Add(("batch_insufficient_records", new(null, Format($"Input file must contain at least {limits.MinRecords} records. Found {records} record(s)."))));
        }
        else if (records > limits.MaxRecords)
        {
            problems.Add(("batch_too_many_requests", new(null, Format($"Number of records ({records}) exceeds the maximum limit of {limits.MaxRecords}."))));
        }

        return problems.Count == 0 ? records : throw Failure(problems[0].Code, problems.Take(MaxListedProblems).Select(p => p.Error).ToArray());
    }

    private static void CheckLine(ReadOnlySpan<byte> line, int number, Dictionary<string, int> seen, List<(string, LipSyncFieldError)> problems)
    {
        var field = Format($"line {number}");
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(line);
            document = JsonDocument.ParseValue(ref reader);
            if (reader.BytesConsumed != line.TrimEnd(" \t\r"u8).Length)
            {
                throw new JsonException("unexpected content after the JSON value");
            }
        }
        catch (JsonException ex)
        {
            problems.Add(("batch_invalid_jsonl", new(field, Format($"Invalid JSON at line {number}: {FirstSentence(ex.Message)}"))));
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add(("batch_invalid_jsonl", new(field, Format($"Invalid JSON at line {number}: a line must be a JSON object"))));
                return;
            }

            if (!root.TryGetProperty("endpoint", out var endpoint) || endpoint.ValueKind != JsonValueKind.String
                || endpoint.GetString() != SyncBatchLine.GenerateEndpoint)
            {
                problems.Add(("batch_invalid_endpoint", new(field, Format($"Invalid endpoint specified at line {number}. Only '/v2/generate' is supported."))));
            }

            if (!root.TryGetProperty("request_id", out var id) || id.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(id.GetString()))
            {
                problems.Add(("batch_invalid_jsonl", new(field, Format($"Invalid JSON at line {number}: request_id must be a non-empty string"))));
            }
            else if (seen.TryGetValue(id.GetString()!, out var first))
            {
                problems.Add(("batch_duplicate_request_id", new(field, Format($"Duplicate request_id found at line {number}: {id.GetString()} (first at line {first})"))));
            }
            else
            {
                seen[id.GetString()!] = number;
            }

            if (!root.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
            {
                problems.Add(("batch_invalid_jsonl", new(field, Format($"Invalid JSON at line {number}: payload must be an object"))));
            }
        }
    }

    private static LipSyncValidationException Failure(string code, IReadOnlyList<LipSyncFieldError> errors)
    {
        var summary = new StringBuilder(errors[0].Message);
        if (errors.Count > 1)
        {
            summary.Append(Format($" (+{errors.Count - 1} more problem(s), see FieldErrors)"));
        }

        return SyncRequestRules.LocalFailure(code, errors[0].Field, summary.ToString(), errors);
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
