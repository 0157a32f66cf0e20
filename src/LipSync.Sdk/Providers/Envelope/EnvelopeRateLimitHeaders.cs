namespace LipSync.Sdk.Providers.Envelope;

/// <summary>The names of an API's rate-limit headers (AudioSpliter: <c>X-RateLimit-Limit/Remaining/Reset</c>).</summary>
public sealed class EnvelopeRateLimitHeaders
{
    /// <summary>The header with the request quota of the window. Default <c>X-RateLimit-Limit</c>.</summary>
    public string LimitHeader { get; set; } = "X-RateLimit-Limit";

    /// <summary>The header with the requests left in the window. Default <c>X-RateLimit-Remaining</c>.</summary>
    public string RemainingHeader { get; set; } = "X-RateLimit-Remaining";

    /// <summary>The header with the end of the window. Default <c>X-RateLimit-Reset</c>.</summary>
    public string ResetHeader { get; set; } = "X-RateLimit-Reset";

    /// <summary>Whether <see cref="ResetHeader"/> is a Unix timestamp in seconds (true, the default) or a number of seconds from now.</summary>
    public bool ResetIsUnixTime { get; set; } = true;
}
