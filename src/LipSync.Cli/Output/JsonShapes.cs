using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LipSync.Cli.Output;

/// <summary>
/// The <c>--json</c> objects, written field by field so their shapes are exactly the documented contract
/// (docs/cli.md): one compact object per line, nulls written out.
/// </summary>
internal static class JsonShapes
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary><c>{"provider","jobId","status","outputUrl","error"}</c>.</summary>
    public static string Job(LipSyncJob job) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("provider", job.Provider);
        w.WriteString("jobId", job.Id);
        w.WriteString("status", Formats.Status(job.Status));
        w.WriteString("outputUrl", job.OutputUrl?.AbsoluteUri);
        if (job.Error is { } error)
        {
            w.WriteStartObject("error");
            w.WriteString("kind", error.Cause.ToString());
            w.WriteBoolean("retryable", error.IsRetryable);
            w.WriteString("errorCode", error.ErrorCode);
            w.WriteString("message", error.Message);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("error");
        }

        w.WriteEndObject();
    });

    /// <summary><c>{"error": {"kind","retryable","provider","statusCode","errorCode","message","retryAfterSeconds","requestId","attempts"}}</c>.</summary>
    public static string Failure(LipSyncException error) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartObject("error");
        w.WriteString("kind", error.Kind.ToString());
        w.WriteBoolean("retryable", error.IsRetryable);
        w.WriteString("provider", error.Provider);
        WriteNumberOrNull(w, "statusCode", error.StatusCode);
        w.WriteString("errorCode", error.ErrorCode);
        w.WriteString("message", error.Message);
        WriteNumberOrNull(w, "retryAfterSeconds", error.RetryAfter?.TotalSeconds);
        w.WriteString("requestId", error.RequestId);
        w.WriteNumber("attempts", error.Attempts);
        w.WriteEndObject();
        w.WriteEndObject();
    });

    /// <summary><c>{"provider","kind","retryable","statusCode","errorCode","message","retryAfterSeconds"}</c>.</summary>
    public static string Explanation(LipSyncException error) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("provider", error.Provider);
        w.WriteString("kind", error.Kind.ToString());
        w.WriteBoolean("retryable", error.IsRetryable);
        WriteNumberOrNull(w, "statusCode", error.StatusCode);
        w.WriteString("errorCode", error.ErrorCode);
        w.WriteString("message", error.Message);
        WriteNumberOrNull(w, "retryAfterSeconds", error.RetryAfter?.TotalSeconds);
        w.WriteEndObject();
    });

    /// <summary><c>{"providers":[{"provider","errors":[{"code","status","kind","retryable","message"}]}]}</c>.</summary>
    public static string Catalogues(IEnumerable<ErrorCatalog> catalogues) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("providers");
        foreach (var catalog in catalogues)
        {
            w.WriteStartObject();
            w.WriteString("provider", catalog.Provider);
            w.WriteStartArray("errors");
            foreach (var entry in catalog.Entries)
            {
                w.WriteStartObject();
                w.WriteString("code", entry.Code);
                WriteNumberOrNull(w, "status", entry.Status);
                w.WriteString("kind", entry.Kind.ToString());
                w.WriteBoolean("retryable", entry.IsRetryable);
                w.WriteString("message", entry.Message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary><c>{"provider","baseUrl","apiKey","apiKeyVariable","baseUrlVariable"}</c>.</summary>
    public static string Emulator(Emulation.EmulatorListing listing) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("provider", listing.Provider);
        w.WriteString("baseUrl", listing.BaseUrl.AbsoluteUri);
        w.WriteString("apiKey", listing.ApiKey);
        w.WriteString("apiKeyVariable", listing.ApiKeyVariable);
        w.WriteString("baseUrlVariable", listing.BaseUrlVariable);
        w.WriteEndObject();
    });

    private static void WriteNumberOrNull(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteNumberOrNull(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
