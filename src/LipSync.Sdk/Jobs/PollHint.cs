namespace LipSync.Sdk;

/// <summary>
/// The server's "ask again after" hint on a successful status response, read by the same
/// <see cref="RetryAfterParser"/> as an error's, and the bounds a wait keeps it within.
/// </summary>
internal static class PollHint
{
    // A hint of 0 must not turn a wait into a busy loop.
    internal static readonly TimeSpan Shortest = TimeSpan.FromMilliseconds(100);

    /// <summary>The response's <c>retry-after-ms</c> or <c>Retry-After</c>, or null when it has none.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time) =>
        RetryAfterParser.FromHeaders(response.Headers, time.GetUtcNow());

    /// <summary>
    /// The delay before the next poll for a server's <paramref name="hint"/>: at least <see cref="Shortest"/> and at
    /// most <paramref name="longest"/> (the client's <c>MaxRetryAfter</c>). A status response that says "come back
    /// tomorrow" must not park a wait whose job finishes in seconds.
    /// </summary>
    public static TimeSpan Bound(TimeSpan hint, TimeSpan longest) =>
        hint < Shortest ? Shortest : hint > longest ? (longest < Shortest ? Shortest : longest) : hint;
}
