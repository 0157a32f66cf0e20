namespace LipSync.Sdk;

/// <summary>How the SDK retries failures that the taxonomy marks retryable.</summary>
public sealed class LipSyncRetryOptions
{
    /// <summary>How many times a failed attempt is retried (0 disables retries). Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff delay; each retry doubles it. The first retry waits too. Default 1 second.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest backoff delay the SDK chooses itself. Default 30 seconds.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest server hint (Retry-After and friends) the SDK waits out. A longer hint is not waited: the typed
    /// exception is thrown at once with <see cref="LipSyncException.RetryAfter"/> set. Default 60 seconds.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Whether backoff delays are spread randomly (±20 %) so clients don't retry in lockstep. Default true.</summary>
    public bool UseJitter { get; set; } = true;

    internal LipSyncRetryOptions Clone() => (LipSyncRetryOptions)MemberwiseClone();

    internal IEnumerable<string> Validate(string owner)
    {
        if (MaxRetries is < 0 or > 20)
        {
            yield return $"{owner}:MaxRetries must be between 0 and 20 (was {MaxRetries}).";
        }

        if (BaseDelay < TimeSpan.Zero || MaxDelay < BaseDelay)
        {
            yield return $"{owner}:BaseDelay must be non-negative and not above MaxDelay.";
        }

        if (MaxRetryAfter < TimeSpan.Zero)
        {
            yield return $"{owner}:MaxRetryAfter must be non-negative.";
        }
    }
}
