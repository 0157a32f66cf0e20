using System.Collections.Frozen;
using System.Text.Json;

namespace LipSync.Sdk.Providers.HeyGen;

/// <summary>
/// HeyGen's three error envelopes in one profile (provider notes B1): v3 <c>{"error": {code, message, param, doc_url}}</c>,
/// v2 <c>{"data": null, "error": {code, message}}</c> with a string or numeric code (or <c>error</c> as a bare string),
/// and legacy v1 <c>{"code": N, "message"}</c>, which v1 endpoints also send with HTTP 200 — only <c>code: 100</c> is
/// success there. The code decides, not the status: HeyGen sends most errors as 400.
/// </summary>
internal sealed class HeyGenErrorProfile : ProviderErrorProfile
{
    /// <summary>v2's catch-all code, sent for unrelated failures; it decides only with a 5xx.</summary>
    public const string GenericV2Code = "internal_error";

    // The official CLI treats a missing code or "error" as no code and falls back on the status.
    private static readonly FrozenSet<string> GenericCodes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, GenericV2Code, "error");

    private readonly FrozenDictionary<string, ErrorCatalogEntry> _byMessage;

    private HeyGenErrorProfile()
        : base(
            HeyGenErrorCatalog.ProviderName,
            HeyGenErrorCatalog.Catalog,
            new ErrorBodyLayout
            {
                // v2/v3 nest the code in "error"; legacy v1 keeps it at the top.
                CodePaths = ["error.code", "code"],

                // v2 may send "error" as a bare string (HeyGen's skills docs type it null | string); legacy uses "msg" too.
                MessagePaths = ["error.message", "message", "msg", "error.detail", "error"],
                FieldPaths = ["error.param"],
            },
            requestIdHeaders: ["x-request-id"])
    {
        // Bodies without a code ("Unauthorized" from v2's internal_error on 401) are matched on the reference messages.
        var byMessage = new Dictionary<string, ErrorCatalogEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in HeyGenErrorCatalog.Catalog.Entries)
        {
            if (!GenericCodes.Contains(entry.Code))
            {
                byMessage.TryAdd(entry.Message, entry);
            }
        }

        _byMessage = byMessage.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public static HeyGenErrorProfile Instance { get; } = new();

    /// <inheritdoc />
    public override bool InspectsSuccessBodies => true;

    /// <summary>
    /// A known code decides. Otherwise (no code, an unknown one, or the catch-all <c>internal_error</c>) the documented
    /// context-specific messages, then the reference messages, then — for the catch-all with a 5xx — its own row; else
    /// the status decides.
    /// </summary>
    public override ErrorCatalogEntry? Match(int statusCode, string? code, string? message)
    {
        if (code is not null && !GenericCodes.Contains(code) && Catalog.TryGet(code, out var byCode))
        {
            return byCode;
        }

        if (HeyGenMessageRules.Match(message) is { } rule)
        {
            return rule;
        }

        if (message is not null && _byMessage.TryGetValue(message.Trim(), out var byMessage))
        {
            return byMessage;
        }

        return code is not null && statusCode >= 500 && Catalog.TryGet(code, out var generic) ? generic : null;
    }

    /// <summary>
    /// A 2xx body is an error when its top-level <c>code</c> is anything but 100 (legacy v1), or when its top-level
    /// <c>error</c> is an object or a non-empty string (v2). Nested fields (a failed job's <c>data.error</c>) are job
    /// state, not request errors.
    /// </summary>
    public override bool IsErrorInSuccessBody(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isCode = reader.ValueTextEquals("code"u8);
                var isError = reader.ValueTextEquals("error"u8);
                if (!reader.Read())
                {
                    return false;
                }

                if (isCode && IsLegacyErrorCode(ref reader))
                {
                    return true;
                }

                if (isError && (reader.TokenType == JsonTokenType.StartObject
                    || (reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length > 0)))
                {
                    return true;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Not JSON: deserialization reports it as an unexpected success body.
        }

        return false;
    }

    // movio.la-era bodies sent the code as a string ("400009"), so both forms count.
    private static bool IsLegacyErrorCode(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number => !(reader.TryGetInt64(out var number) && number == 100),
        JsonTokenType.String => !reader.ValueTextEquals(HeyGenErrorCatalog.LegacySuccessCode),
        _ => false,
    };
}
