using System.Text;
using System.Text.Json;

namespace LipSync.Sdk;

/// <summary>What an error body turned out to be.</summary>
internal enum ErrorBodyShape
{
    /// <summary>No bytes, or only white space.</summary>
    Empty,

    /// <summary>A JSON object (possibly truncated).</summary>
    JsonObject,

    /// <summary>Some other JSON value: an array, a string, a number, <c>null</c>.</summary>
    OtherJson,

    /// <summary>Not JSON at all: HTML from a proxy, plain text, binary.</summary>
    NotJson,
}

/// <summary>
/// The set of dotted paths one provider's error bodies are searched for, compiled once per profile.
/// </summary>
internal sealed class JsonFieldPaths
{
    public JsonFieldPaths(IEnumerable<string> paths)
    {
        var names = new List<string>();
        var compiled = new List<int[]>();
        foreach (var path in paths.Distinct(StringComparer.Ordinal))
        {
            var segments = path.Split('.');
            var indices = new int[segments.Length];
            for (var i = 0; i < segments.Length; i++)
            {
                var index = names.IndexOf(segments[i]);
                if (index < 0)
                {
                    index = names.Count;
                    names.Add(segments[i]);
                }

                indices[i] = index;
            }

            compiled.Add(indices);
            Text.Add(path);
        }

        Names = [.. names];
        Segments = [.. compiled];
        MaxDepth = Segments.Length == 0 ? 0 : Segments.Max(s => s.Length);
    }

    public List<string> Text { get; } = [];

    public string[] Names { get; }

    public int[][] Segments { get; }

    public int MaxDepth { get; }

    public int IndexOf(string path) => Text.IndexOf(path);
}

/// <summary>
/// Pulls a handful of fields out of an error body without trusting it: the body may be truncated (we read at most
/// 64 KiB), not JSON, invalid UTF-8, or enormous. It never throws; it returns whatever it could read before the body
/// stopped making sense, so a code that precedes a truncation point is still found.
/// </summary>
internal static class ErrorBodyScanner
{
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static ErrorBodyShape Scan(ReadOnlySpan<byte> utf8, JsonFieldPaths paths, string?[] values)
    {
        var start = FirstSignificantByte(utf8);
        if (start < 0)
        {
            return ErrorBodyShape.Empty;
        }

        var first = utf8[start];
        if (first != (byte)'{')
        {
            return first is (byte)'[' or (byte)'"' or (byte)'-' or (>= (byte)'0' and <= (byte)'9') || IsJsonLiteral(utf8[start..])
                ? ErrorBodyShape.OtherJson
                : ErrorBodyShape.NotJson;
        }

        var reader = new Utf8JsonReader(utf8[start..], isFinalBlock: false, new JsonReaderState(ReaderOptions));
        try
        {
            Walk(ref reader, paths, values);
        }
        catch (JsonException)
        {
            // Invalid or truncated JSON (including invalid UTF-8): keep what was read so far.
        }
        catch (InvalidOperationException)
        {
            // A value of an unexpected token type; same policy.
        }

        return ErrorBodyShape.JsonObject;
    }

    private static void Walk(ref Utf8JsonReader reader, JsonFieldPaths paths, string?[] values)
    {
        Span<int> chain = stackalloc int[Math.Max(1, paths.MaxDepth)];
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return;
        }

        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            var depth = reader.CurrentDepth; // 1 for the root object's own properties
            var nameIndex = depth <= paths.MaxDepth ? MatchName(ref reader, paths.Names) : -1;
            if (!reader.Read())
            {
                return;
            }

            if (nameIndex < 0)
            {
                if (!reader.TrySkip())
                {
                    return;
                }

                continue;
            }

            chain[depth - 1] = nameIndex;
            var current = chain[..depth];
            var pathIndex = FindPath(paths.Segments, current);
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject when HasLongerPath(paths.Segments, current):
                    continue; // descend: the next property names are one level deeper
                case JsonTokenType.StartArray when pathIndex >= 0:
                    values[pathIndex] ??= ReadStringArray(ref reader);
                    continue;
                case JsonTokenType.String when pathIndex >= 0:
                    values[pathIndex] ??= reader.GetString();
                    continue;
                case JsonTokenType.Number when pathIndex >= 0:
                    values[pathIndex] ??= Encoding.UTF8.GetString(reader.ValueSpan);
                    continue;
                case JsonTokenType.True when pathIndex >= 0:
                    values[pathIndex] ??= "true";
                    continue;
                case JsonTokenType.False when pathIndex >= 0:
                    values[pathIndex] ??= "false";
                    continue;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    if (!reader.TrySkip())
                    {
                        return;
                    }

                    continue;
                default:
                    continue;
            }
        }
    }

    /// <summary>Separates the items of a message array inside one captured value (the unit separator never occurs in text).</summary>
    public const char ItemSeparator = '\u001F';

    // NestJS-style validation messages arrive as an array of strings; the items are kept apart by ItemSeparator.
    private static string? ReadStringArray(ref Utf8JsonReader reader)
    {
        var depth = reader.CurrentDepth;
        StringBuilder? joined = null;
        while (reader.Read() && !(reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == depth))
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.Number && reader.CurrentDepth == depth + 1)
            {
                joined ??= StringBuilderCache.Acquire();
                if (joined.Length > 0)
                {
                    joined.Append(ItemSeparator);
                }

                AppendValue(joined, ref reader);
            }
            else if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
            {
                break;
            }
        }

        return joined is null ? null : StringBuilderCache.GetStringAndRelease(joined);
    }

    // Appends a string or number token without allocating a string for it (the joined text is the only allocation).
    private static void AppendValue(StringBuilder joined, ref Utf8JsonReader reader)
    {
        // UTF-8 never has fewer bytes than the UTF-16 chars it decodes to, and unescaping only shortens.
        var maxChars = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        var chars = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(maxChars, 1));
        try
        {
            var length = reader.TokenType == JsonTokenType.String
                ? reader.CopyString(chars)
                : Encoding.UTF8.GetChars(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan, chars);
            joined.Append(chars, 0, length);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static int MatchName(ref Utf8JsonReader reader, string[] names)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (reader.ValueTextEquals(names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int FindPath(int[][] segments, ReadOnlySpan<int> chain)
    {
        for (var i = 0; i < segments.Length; i++)
        {
            if (chain.SequenceEqual(segments[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool HasLongerPath(int[][] segments, ReadOnlySpan<int> chain)
    {
        foreach (var path in segments)
        {
            if (path.Length > chain.Length && path.AsSpan(0, chain.Length).SequenceEqual(chain))
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstSignificantByte(ReadOnlySpan<byte> utf8)
    {
        var i = utf8.StartsWith("\uFEFF"u8) ? 3 : 0;
        for (; i < utf8.Length; i++)
        {
            if (utf8[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsJsonLiteral(ReadOnlySpan<byte> utf8) =>
        utf8.StartsWith("null"u8) || utf8.StartsWith("true"u8) || utf8.StartsWith("false"u8);
}
