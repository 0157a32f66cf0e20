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
    private readonly Func<string?>? _currentSecret;

    /// <param name="secrets">The keys known now.</param>
    /// <param name="currentSecret">The key in force at the time of redaction (a key rotated by an options reload).</param>
    public SecretRedactor(IEnumerable<string?> secrets, Func<string?>? currentSecret = null)
    {
        _secrets = secrets.Where(s => s is { Length: >= ShortestSecret }).Select(s => s!).Distinct().ToArray();
        _currentSecret = currentSecret;
    }

    public string Redact(string text)
    {
        foreach (var secret in _secrets)
        {
            text = Hide(text, secret);
        }

        return _currentSecret?.Invoke() is { Length: >= ShortestSecret } current ? Hide(text, current) : text;
    }

    /// <summary>The job with its failure's code and message redacted (some providers echo the key in a job's failure).</summary>
    public LipSyncJob Redact(LipSyncJob job)
    {
        if (job.Error is not { } error)
        {
            return job;
        }

        var code = error.ErrorCode is null ? null : Redact(error.ErrorCode);
        var message = Redact(error.Message);
        return ReferenceEquals(code, error.ErrorCode) && ReferenceEquals(message, error.Message)
            ? job
            : job with { Error = error with { ErrorCode = code, Message = message } };
    }

    private static string Hide(string text, string secret) =>
        text.Contains(secret, StringComparison.Ordinal) ? text.Replace(secret, SecretRedactor.Mask, StringComparison.Ordinal) : text;
}
