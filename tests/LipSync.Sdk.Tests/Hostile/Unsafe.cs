using System.Globalization;

namespace LipSync.Sdk.Tests.Hostile;

/// <summary>What a neutralised string must not contain: controls (CR, LF, ESC, BEL...), format characters (bidi
/// overrides, zero-width), line and paragraph separators.</summary>
internal static class Unsafe
{
    public static IEnumerable<char> CharsIn(string? text) => (text ?? string.Empty).Where(c =>
        char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator);
}
