using System.Text.Json;

namespace LipSync.Sdk;

/// <summary>
/// Reads an array of per-field validation problems at a dotted path of an error body (AudioSpliter
/// <c>error.details.fields[] {field, message}</c>). Tolerant like <see cref="ErrorBodyScanner"/>: a truncated or odd
/// body yields what could be read, never an exception. It walks the body once with a forward-only reader and
/// allocates only the items it returns.
/// </summary>
internal static class FieldErrorReader
{
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static IReadOnlyList<LipSyncFieldError>? Read(ReadOnlySpan<byte> utf8, string[] path, string fieldName, string messageName)
    {
        List<LipSyncFieldError>? errors = null;
        var reader = new Utf8JsonReader(utf8, isFinalBlock: false, new JsonReaderState(ReaderOptions));
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            for (var level = 0; level < path.Length; level++)
            {
                if (!MoveToProperty(ref reader, path[level])
                    || (level < path.Length - 1 && reader.TokenType != JsonTokenType.StartObject))
                {
                    return null;
                }
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        var item = ReadItem(ref reader, fieldName, messageName);
                        if (item is not null)
                        {
                            (errors ??= []).Add(item);
                        }

                        break;
                    case JsonTokenType.String:
                        (errors ??= []).Add(new LipSyncFieldError(null, reader.GetString()!));
                        break;
                    case JsonTokenType.StartArray when !reader.TrySkip():
                        return errors;
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Truncated or malformed: keep the items read so far.
        }

        return errors;
    }

    // The reader is on a StartObject; on success it is left on the value of the named property.
    private static bool MoveToProperty(ref Utf8JsonReader reader, string name)
    {
        var depth = reader.CurrentDepth;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth)
            {
                return false;
            }

            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            var match = reader.ValueTextEquals(name);
            if (!reader.Read())
            {
                return false;
            }

            if (match)
            {
                return true;
            }

            if (!reader.TrySkip())
            {
                return false;
            }
        }

        return false;
    }

    private static LipSyncFieldError? ReadItem(ref Utf8JsonReader reader, string fieldName, string messageName)
    {
        var depth = reader.CurrentDepth;
        string? field = null;
        string? message = null;
        var closed = false;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth)
            {
                closed = true;
                break;
            }

            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            var isField = reader.ValueTextEquals(fieldName);
            var isMessage = !isField && reader.ValueTextEquals(messageName);
            if (!reader.Read())
            {
                break;
            }

            if (reader.TokenType == JsonTokenType.String && (isField || isMessage))
            {
                if (isField)
                {
                    field = reader.GetString();
                }
                else
                {
                    message = reader.GetString();
                }
            }
            else if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
            {
                break;
            }
        }

        // An item cut off by truncation is dropped rather than reported half-read.
        return !closed || (message is null && field is null) ? null : new LipSyncFieldError(field, message ?? "Invalid value.");
    }
}
