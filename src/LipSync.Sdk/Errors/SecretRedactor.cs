namespace LipSync.Sdk;

/// <summary>
/// Removes known credentials from text that leaves the SDK (exception messages, captured bodies, logs). Some
/// providers echo the key they rejected; this keeps such echoes out of logs and crash reports.
/// </summary>
internal sealed class SecretRedactor
{
    public const string Mask = "***";

    // Keys shorter than this are not masked: masking "a" would shred every message.
    private const int ShortestSecret = 6;

    public static readonly SecretRedactor None = new([]);

    private readonly string[] _secrets;

    public SecretRedactor(IEnumerable<string?> secrets) =>
        _secrets = secrets.Where(s => s is { Length: >= ShortestSecret }).Select(s => s!).Distinct().ToArray();

    public string Redact(string text)
    {
        foreach (var secret in _secrets)
        {
            if (text.Contains(secret, StringComparison.Ordinal))
            {
                text = text.Replace(secret, Mask, StringComparison.Ordinal);
            }
        }

        return text;
    }
}
