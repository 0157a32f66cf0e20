namespace LipSync.Sdk;

/// <summary>
/// The one check of a URL the SDK hands to a provider (media URLs, webhook URLs): absolute http or https. A relative URL
/// used to throw a raw <see cref="UriFormatException"/> and <c>ftp://</c> an <see cref="ArgumentException"/>; every
/// wrong URL now gives the same <see cref="ArgumentException"/> naming the parameter. The message never repeats the
/// URL's query string (signed URLs carry credentials there).
/// </summary>
internal static class HttpUrl
{
    public static Uri Parse(string text, string parameterName) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) ? Require(url, parameterName)
        : throw new ArgumentException($"{parameterName} must be an absolute http or https URL; it is relative or not a URL.", parameterName);

    public static Uri Require(Uri url, string parameterName)
    {
        if (!url.IsAbsoluteUri)
        {
            throw new ArgumentException($"{parameterName} must be an absolute http or https URL; it is relative.", parameterName);
        }

        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException($"{parameterName} must be an absolute http or https URL; it is a {url.Scheme} URL.", parameterName);
        }

        return url;
    }
}
