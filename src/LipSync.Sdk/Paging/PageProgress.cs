using System.Globalization;

namespace LipSync.Sdk;

/// <summary>
/// The one guard every pager runs between pages (Sync cursors, Chamelaion offsets, HeyGen tokens, envelope page
/// tokens and numbers). A server whose paging does not advance — it hands back a cursor already asked for, or the same
/// full page again under a new cursor or offset — would otherwise be asked for that page forever, hammering the API.
/// The pager stops with a typed <see cref="LipSyncServiceException"/> (<see cref="LipSyncErrorKind.ServerError"/>,
/// not retryable: asking again would loop again) instead of looping or silently ending a list it did not finish.
/// </summary>
/// <typeparam name="T">The item type; pages are compared by the keys of their first and last items.</typeparam>
internal sealed class PageProgress<T>
{
    private readonly string _provider;
    private readonly string _listing;
    private readonly Func<T, string?> _keyOf;
    private readonly HashSet<string> _cursors = new(StringComparer.Ordinal);
    private (int Count, string? First, string? Last) _previous;
    private int _pages;

    /// <param name="provider">The provider name, for the exception.</param>
    /// <param name="listing">What is listed ("ListGenerations"), for the exception.</param>
    /// <param name="keyOf">An item's identity (its id).</param>
    /// <param name="firstCursor">The cursor of the first request, when the caller gave one.</param>
    public PageProgress(string provider, string listing, Func<T, string?> keyOf, string? firstCursor = null)
    {
        _provider = provider;
        _listing = listing;
        _keyOf = keyOf;
        if (!string.IsNullOrEmpty(firstCursor))
        {
            _cursors.Add(firstCursor);
        }
    }

    /// <summary>Records a page that was not the last, before the pager asks for <paramref name="nextCursor"/>.</summary>
    /// <param name="items">The page just read.</param>
    /// <param name="nextCursor">What the next request asks for: a cursor, token, offset or page number as text.</param>
    /// <exception cref="LipSyncServiceException">The page repeats the previous one, or the cursor was asked for before.</exception>
    public void Advance(IReadOnlyList<T> items, string nextCursor)
    {
        _pages++;
        var page = items.Count == 0 ? (0, null, null) : (items.Count, _keyOf(items[0]), _keyOf(items[^1]));
        if (_pages > 1 && page.Item2 is not null && page == _previous)
        {
            throw Stuck($"page {_pages} repeated page {_pages - 1}");
        }

        if (!_cursors.Add(nextCursor))
        {
            throw Stuck($"page {_pages} pointed back to a page already read ({nextCursor})");
        }

        _previous = page;
    }

    private LipSyncServiceException Stuck(string what) => new(
        string.Create(CultureInfo.InvariantCulture,
            $"{_provider}: {_listing} stopped: the server's paging does not advance ({what}); the list was not read to its end."),
        LipSyncErrorKind.ServerError, isRetryable: false, _provider);
}
