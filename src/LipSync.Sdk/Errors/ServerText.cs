using System.Globalization;

namespace LipSync.Sdk;

/// <summary>
/// The one sanitiser for text a server chose (error codes, request ids, messages, field errors, job failures and
/// statuses) before the SDK hands it to callers, exception messages and log lines. A hostile or broken server must
/// not be able to forge a log line (CR, LF, NEL, U+2028/U+2029), drive a terminal (ESC, BEL and every other C0/C1
/// control), reorder what a reader sees (bidi overrides and isolates, zero-width and other format characters) or
/// flood a log: each such character becomes a space, a lone surrogate becomes U+FFFD, and the text is cut at a
/// length bound. Clean text is returned as is, without allocating.
/// </summary>
internal static class ServerText
{
    /// <summary>The bound for short tokens: error codes, request ids, job statuses, field names.</summary>
    public const int MaxTokenLength = 256;

    /// <summary>The bound for messages (a provider's failure text, a whole exception message).</summary>
    public const int MaxMessageLength = 2048;

    private const char Ellipsis = '…';

    /// <summary>Neutralises <paramref name="text"/> and bounds its length (the ellipsis included).</summary>
    /// <param name="text">Text as the server sent it.</param>
    /// <param name="maxLength">The longest result, in UTF-16 code units.</param>
    /// <returns>Null for null; otherwise text without unsafe characters, at most <paramref name="maxLength"/> long.</returns>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    public static string? Clean(string? text, int maxLength = MaxTokenLength)
    {
        if (text is null || (text.Length <= maxLength && FirstUnsafe(text) < 0))
        {
            return text;
        }

        var keep = text.Length <= maxLength ? text.Length : maxLength - 1;
        if (keep > 0 && char.IsHighSurrogate(text[keep - 1]))
        {
            keep--; // never split a surrogate pair
        }

        return string.Create(keep + (keep < text.Length ? 1 : 0), (text, keep), static (target, state) =>
        {
            var (source, keep) = state;
            for (var i = 0; i < keep; i++)
            {
                target[i] = Replacement(source, i);
            }

            if (keep < target.Length)
            {
                target[keep] = Ellipsis;
            }
        });
    }

    /// <summary>Whether <paramref name="c"/> may not reach a log or terminal as is (surrogates are judged in pairs by <see cref="Clean"/>).</summary>
    public static bool IsUnsafe(char c) => char.GetUnicodeCategory(c) switch
    {
        // C0/C1 controls (CR, LF, ESC, BEL, NEL...), format characters (bidi embeddings, overrides and isolates,
        // LRM/RLM, zero-width joiners, BOM) and the Unicode line and paragraph separators.
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => true,
        _ => false,
    };

    private static int FirstUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ' || (c >= '\u007F' && (IsUnsafe(c) || IsLoneSurrogate(text, i))))
            {
                return i;
            }
        }

        return -1;
    }

    private static char Replacement(string text, int i) =>
        IsUnsafe(text[i]) ? ' ' : IsLoneSurrogate(text, i) ? '\uFFFD' : text[i];

    private static bool IsLoneSurrogate(string text, int i) =>
        char.IsHighSurrogate(text[i]) ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
        : char.IsLowSurrogate(text[i]) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
}
