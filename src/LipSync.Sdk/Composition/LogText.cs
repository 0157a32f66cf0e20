using System.Text;

namespace LipSync.Sdk;

/// <summary>
/// Makes text a server chose safe to log: control characters (forged log lines) become spaces and the length is
/// capped. Used on provider codes and statuses; free-text messages are not logged at all.
/// </summary>
internal static class LogText
{
    private const int MaxLength = 64;

    public static string? Sanitize(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var length = Math.Min(text.Length, MaxLength);
        var clean = new StringBuilder(length + 1);
        for (var i = 0; i < length; i++)
        {
            clean.Append(char.IsControl(text[i]) ? ' ' : text[i]);
        }

        return text.Length > MaxLength ? clean.Append('…').ToString() : clean.ToString();
    }
}
