namespace LipSync.Sdk.Providers.Envelope;

/// <summary>The rate-limit state a provider reported on its latest response.</summary>
/// <param name="Limit">Requests allowed per window, when sent.</param>
/// <param name="Remaining">Requests left in the current window, when sent.</param>
/// <param name="ResetsAt">When the window resets, when sent.</param>
public sealed record RateLimitInfo(int? Limit, int? Remaining, DateTimeOffset? ResetsAt);
