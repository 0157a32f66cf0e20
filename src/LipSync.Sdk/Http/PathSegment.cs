namespace LipSync.Sdk;

/// <summary>
/// Ids that go into a URL path as one segment. <c>"."</c> and <c>".."</c> are refused: URL normalisation removes them
/// (<c>/v2/generate/..</c> is <c>/v2/</c>), so an id from untrusted input would move a signed call to another
/// endpoint. Everything else is escaped (Refit escapes its path parameters the same way).
/// </summary>
internal static class PathSegment
{
    /// <summary>Checks <paramref name="id"/> and returns it unescaped (for Refit, which escapes path parameters).</summary>
    public static string Id(string id, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(id))] string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id, name);
        if (id is "." or "..")
        {
            throw new ArgumentException($"'{id}' is not an id: a path segment of dots would name another endpoint.", name);
        }

        return id;
    }

    /// <summary>Checks <paramref name="id"/> and returns it escaped for a hand-built path.</summary>
    public static string Escape(string id, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(id))] string? name = null) =>
        Uri.EscapeDataString(Id(id, name));
}
