using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace LipSync.Sdk.Testing;

// GET /v1/lipsync/requests/{id} and GET /v1/lipsync/requests (notes §A5).
public sealed partial class ChamelaionEmulator
{
    private async Task HandleGetAsync(HttpContext context)
    {
        // Kestrel leaves %2F encoded in the path; a reference id may contain a slash.
        var id = Uri.UnescapeDataString(context.Request.RouteValues["id"] as string ?? string.Empty);
        var job = _store.Poll(id);
        if (job is null)
        {
            await WriteErrorAsync(context, StatusCodes.Status404NotFound, ChamelaionErrorBodies.RequestNotFound).ConfigureAwait(false);
            return;
        }

        await WriteJsonAsync(context, StatusCodes.Status200OK, job).ConfigureAwait(false);
    }

    private async Task HandleListAsync(HttpContext context)
    {
        var query = context.Request.Query;
        if (!TryReadInt(query["limit"].ToString(), _defaultPageSize, 1, out var limit) || !TryReadInt(query["offset"].ToString(), 0, 0, out var offset))
        {
            // Not documented; the emulator rejects what the real schema types as integers.
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, ChamelaionErrorBodies.InvalidRequestBody).ConfigureAwait(false);
            return;
        }

        var referenceId = query.TryGetValue("reference_id", out var reference) ? reference.ToString() : null;
        await WriteJsonAsync(context, StatusCodes.Status200OK, _store.List(referenceId, Math.Min(limit, _maxPageSize), offset)).ConfigureAwait(false);
    }

    private static bool TryReadInt(string text, int fallback, int minimum, out int value)
    {
        if (string.IsNullOrEmpty(text))
        {
            value = fallback;
            return true;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= minimum;
    }
}
