using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace LipSync.Sdk.Testing;

// GET /v1/voices: page/page_size and next_page_token (an opaque offset), has_more, total_count.
public sealed partial class BreezeEmulator
{
    private const int DefaultVoicePageSize = 50;

    private async Task HandleVoicesAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var pageSize = DefaultVoicePageSize;
        if (query.TryGetValue("page_size", out var size) && (!int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > 100))
        {
            await WriteErrorAsync(context, 400, "BAD_REQUEST", "page_size must be between 1 and 100.").ConfigureAwait(false);
            return;
        }

        var offset = 0;
        if (query.TryGetValue("next_page_token", out var token))
        {
            if (!token.ToString().StartsWith("off-", StringComparison.Ordinal)
                || !int.TryParse(token.ToString()[4..], NumberStyles.None, CultureInfo.InvariantCulture, out offset))
            {
                await WriteErrorAsync(context, 400, "BAD_REQUEST", "Invalid next_page_token.").ConfigureAwait(false);
                return;
            }
        }
        else if (query.TryGetValue("page", out var page) && int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1)
        {
            offset = (number - 1) * pageSize;
        }

        JsonArray voices;
        int total;
        lock (_lock)
        {
            total = _voices.Count;
            voices = new JsonArray([.. _voices.Skip(offset).Take(pageSize).Select(v => v.DeepClone())]);
        }

        var hasMore = offset + pageSize < total;
        await WriteJsonAsync(context, 200, new JsonObject
        {
            ["voices"] = voices,
            ["has_more"] = hasMore,
            ["total_count"] = total,
            ["next_page_token"] = hasMore ? string.Create(CultureInfo.InvariantCulture, $"off-{offset + pageSize}") : null,
        }).ConfigureAwait(false);
    }
}
