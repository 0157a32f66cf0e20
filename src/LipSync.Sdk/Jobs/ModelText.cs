using System.Globalization;
using System.Text;

namespace LipSync.Sdk;

/// <summary>
/// The one way the SDK's models print themselves: <c>Type { Name = value, ... }</c> with unset members left out and
/// every URL cut at its path, because signed output and upload URLs carry credentials in their query strings. Models
/// hold no API keys; this keeps their <c>ToString()</c> safe to log and useful in a debugger.
/// </summary>
internal static class ModelText
{
    public static string Describe(string type, params ReadOnlySpan<(string Name, object? Value)> members)
    {
        var text = new StringBuilder(type).Append(" {");
        var first = true;
        foreach (var (name, value) in members)
        {
            if (value is null || value is string { Length: 0 })
            {
                continue;
            }

            text.Append(first ? " " : ", ").Append(name).Append(" = ").Append(Format(value));
            first = false;
        }

        return text.Append(first ? "}" : " }").ToString();
    }

    /// <summary>A URL for display: scheme, host and path only (no query or fragment); text that is not a URL as is.</summary>
    public static string? Url(string? url) =>
        url is null ? null : Uri.TryCreate(url, UriKind.Absolute, out var parsed) ? Url(parsed) : url.Split('?', 2)[0];

    /// <inheritdoc cref="Url(string?)"/>
    public static string? Url(Uri? url) => url is null ? null : url.IsAbsoluteUri ? url.GetLeftPart(UriPartial.Path) : url.OriginalString.Split('?', 2)[0];

    private static string Format(object value) => value switch
    {
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        double number => number.ToString("0.###", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
