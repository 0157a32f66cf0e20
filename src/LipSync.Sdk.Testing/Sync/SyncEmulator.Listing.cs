using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace LipSync.Sdk.Testing;

// GET /v2/generations (sync.md §3.4): bare array, comma-separated filters, optional newest-first paging.
public sealed partial class SyncEmulator
{
    private async Task HandleListAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var statuses = ParseList(query["status"]);
        if (statuses?.FirstOrDefault(s => !SyncStatuses.All.Contains(s)) is { } unknown)
        {
            // Also catches the TS SDK's JSON-array encoding (status=["COMPLETED"]), which the docs do not allow.
            await WriteValidationErrorAsync(
                context,
                [$"each value in status must be one of the following values: {string.Join(", ", SyncStatuses.All)} (got '{unknown}')"],
                errorCode: null).ConfigureAwait(false);
            return;
        }

        int? limit = null;
        if (query.TryGetValue("limit", out var limitValue))
        {
            if (!int.TryParse(limitValue.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed is < 1 or > 100)
            {
                await WriteValidationErrorAsync(context, ["limit must be an integer between 1 and 100"], errorCode: null).ConfigureAwait(false);
                return;
            }

            limit = parsed;
        }

        var cursor = query.TryGetValue("cursor", out var cursorValue) ? cursorValue.ToString() : null;
        if (cursor is not null && limit is null)
        {
            await WriteValidationErrorAsync(context, ["cursor requires limit"], errorCode: null).ConfigureAwait(false);
            return;
        }

        var page = _store.List(statuses, ParseList(query["ids"]), limit, cursor);
        if (page is null)
        {
            await WriteValidationErrorAsync(context, ["cursor must be the id of an existing generation"], errorCode: null).ConfigureAwait(false);
            return;
        }

        await WriteJsonAsync(context, StatusCodes.Status200OK, page).ConfigureAwait(false);
    }

    // Accepts the documented comma-separated form and repeated parameters; null when the parameter is absent.
    private static HashSet<string>? ParseList(StringValues values)
    {
        if (StringValues.IsNullOrEmpty(values))
        {
            return null;
        }

        return values
            .SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.Ordinal);
    }
}
