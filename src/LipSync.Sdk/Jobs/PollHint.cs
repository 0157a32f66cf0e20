namespace LipSync.Sdk;

/// <summary>Reads the server's "ask again after" hint from a successful status response.</summary>
internal static class PollHint
{
    /// <summary>The response's <c>Retry-After</c> (delta seconds or an HTTP date), or null when it has none.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow() is { } wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };
}
