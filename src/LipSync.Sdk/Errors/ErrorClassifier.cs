using System.Globalization;
using System.Net;
using System.Text;

namespace LipSync.Sdk;

/// <summary>
/// The one place that turns a non-success response into a <see cref="LipSyncException"/>. The provider's code
/// decides the kind; the HTTP status decides only when there is no known code. Never throws anything else.
/// </summary>
internal static class ErrorClassifier
{
    /// <summary>Error bodies are read up to this many bytes, never whole.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>How much of the body an exception keeps for diagnostics (kept small: exceptions get logged and held).</summary>
    public const int MaxKeptBodyBytes = 8 * 1024;

    private const int MaxMessageLength = 500;

    public static LipSyncException Classify(
        ProviderErrorProfile profile,
        int statusCode,
        ReadOnlySpan<byte> body,
        string? contentType,
        IEnumerable<KeyValuePair<string, IEnumerable<string>>>? headers,
        DateTimeOffset now,
        SecretRedactor redactor,
        bool bodyTruncated = false)
    {
        if (body.Length > MaxBodyBytes)
        {
            body = body[..MaxBodyBytes];
            bodyTruncated = true;
        }

        var parsed = profile.Parse(body);
        var entry = profile.Match(statusCode, parsed.Code, parsed.Message);
        // An error reported inside a 2xx body (ok:false) has no meaningful HTTP status: the body's own status decides.
        var kind = entry?.Kind ?? profile.KindForStatus(statusCode < 400 && parsed.Status is >= 400 ? parsed.Status.Value : statusCode);
        var retryable = entry?.IsRetryable ?? ErrorKindRules.IsRetryableByDefault(kind);
        var retryAfter = RetryAfterParser.FromHeaders(headers, now) ?? parsed.RetryAfter;
        // Code and request id are echoed by the server like the message, so they are redacted like it (they reach ToString and logs).
        var requestId = Redacted(redactor, FindHeader(headers, profile.RequestIdHeaders) ?? parsed.RequestId);
        var message = redactor.Redact(Describe(profile.Name, statusCode, parsed, entry, contentType, body.Length, bodyTruncated));
        var bodyText = body.IsEmpty ? null : new PendingResponseBody(body[..Math.Min(body.Length, MaxKeptBodyBytes)].ToArray(), redactor);
        var error = LipSyncExceptionFactory.Create(
            kind, message, retryable, profile.Name, statusCode, Redacted(redactor, parsed.Code) ?? entry?.Code, retryAfter, requestId,
            responseBody: bodyText, fieldErrors: profile.ReadFieldErrors(kind, body) ?? FieldErrors(kind, parsed, entry?.Message));
        // Server text like the message: redacted here, neutralised by the property.
        error.Suggestion = Redacted(redactor, parsed.Suggestion);
        return error;
    }

    private static string? Redacted(SecretRedactor redactor, string? text) => text is null ? null : redactor.Redact(text);

    public static string? FindHeader(IEnumerable<KeyValuePair<string, IEnumerable<string>>>? headers, params IReadOnlyList<string> names)
    {
        if (headers is null)
        {
            return null;
        }

        if (headers is System.Net.Http.Headers.HttpHeaders http)
        {
            // A response's own headers: look the names up rather than enumerate (and parse) every header.
            foreach (var name in names)
            {
                if (http.NonValidated.TryGetValues(name, out var values))
                {
                    foreach (var value in values)
                    {
                        if (!string.IsNullOrWhiteSpace(value))
                        {
                            return value.Trim();
                        }
                    }
                }
            }

            return null;
        }

        foreach (var name in names)
        {
            foreach (var header in headers)
            {
                if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
                {
                    var value = header.Value?.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
                    if (value is not null)
                    {
                        return value.Trim();
                    }
                }
            }
        }

        return null;
    }

    private static string Describe(
        string provider, int statusCode, ParsedErrorBody parsed, ErrorCatalogEntry? entry, string? contentType, int length, bool truncated)
    {
        var text = StringBuilderCache.Acquire();
        text.Append(provider).Append(": ");
        // The raw message, not DisplayMessage: AppendClean writes the "; " between list items without a second copy.
        var detail = parsed.Message ?? entry?.Message;
        if (detail is not null)
        {
            AppendClean(text, detail);
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"HTTP {statusCode}");
            var reason = ReasonPhrase(statusCode);
            if (reason.Length > 0)
            {
                text.Append(' ').Append(reason);
            }

            text.Append(parsed.Shape switch
            {
                ErrorBodyShape.Empty => " with an empty body",
                ErrorBodyShape.NotJson => string.Create(CultureInfo.InvariantCulture,
                    $" with a non-JSON body ({contentType ?? "no content type"}, {length}{(truncated ? "+" : string.Empty)} bytes)"),
                ErrorBodyShape.OtherJson => " with a JSON body that is not an error object",
                _ => truncated ? " with an unreadable (truncated) JSON body" : " with no error message",
            });
        }

        // The status already leads a message that had no detail; say it once.
        if (detail is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $" (HTTP {statusCode}");
            if (parsed.Code is not null)
            {
                text.Append(", code ");
                AppendClean(text, parsed.Code);
            }

            text.Append(')');
        }
        else if (parsed.Code is not null)
        {
            text.Append(" (code ");
            AppendClean(text, parsed.Code);
            text.Append(')');
        }

        return StringBuilderCache.GetStringAndRelease(text);
    }

    private static void AppendClean(StringBuilder text, string value)
    {
        var start = text.Length;
        foreach (var c in value)
        {
            if (text.Length - start >= MaxMessageLength)
            {
                text.Append('…');
                return;
            }

            if (c == ErrorBodyScanner.ItemSeparator)
            {
                text.Append("; ");
            }
            else
            {
                text.Append(ServerText.IsUnsafe(c) ? ' ' : c);
            }
        }
    }

    // "BadGateway" → "Bad Gateway"; statuses without a name get none.
    private static string ReasonPhrase(int statusCode)
    {
        if (!Enum.IsDefined((HttpStatusCode)statusCode))
        {
            return string.Empty;
        }

        var name = ((HttpStatusCode)statusCode).ToString();
        var text = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(c);
        }

        return text.ToString();
    }

    // Validation messages that come as an array (even of one item) each become a field error callers can show;
    // a body that names the field (HeyGen v3 "param") gives exactly one field error.
    private static IReadOnlyList<LipSyncFieldError>? FieldErrors(LipSyncErrorKind kind, ParsedErrorBody parsed, string? defaultMessage) =>
        kind is not (LipSyncErrorKind.InvalidRequest or LipSyncErrorKind.InvalidMedia) ? null
        : parsed.Field is { } field ? [new LipSyncFieldError(field, parsed.DisplayMessage ?? defaultMessage ?? "invalid value")]
        : parsed.Message is { } message && (parsed.IsMessageList || FieldOf(message) is not null)
            ? ToFieldErrors(message.Split(ErrorBodyScanner.ItemSeparator))
            : null;

    private static LipSyncFieldError[] ToFieldErrors(string[] items)
    {
        var errors = new LipSyncFieldError[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            errors[i] = new LipSyncFieldError(FieldOf(items[i]), items[i]);
        }

        return errors;
    }

    // NestJS (Sync) validation lines start with the property path: "input.0.url must be a URL address".
    private static string? FieldOf(string message)
    {
        var space = message.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return null;
        }

        var head = message.AsSpan(0, space);

        // "input.0.url must ..." or "model should ...": a property path followed by a lower-case verb phrase.
        return head.IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._[]") < 0
            && char.IsLower(head[0]) && (head.Contains('.') || NestJsVerbs.Any(v => message.AsSpan(space + 1).StartsWith(v, StringComparison.Ordinal)))
            ? head.ToString()
            : null;
    }

    private static readonly string[] NestJsVerbs = ["must ", "should ", "is ", "has "];
}
