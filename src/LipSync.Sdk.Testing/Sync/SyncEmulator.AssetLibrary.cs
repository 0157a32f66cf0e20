using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace LipSync.Sdk.Testing;

// GET /v2/assets (cursor pages), DELETE /v2/assets/{id} and GET /v2/assets/{id}/download, as the assets-api reference
// describes them: {items, nextCursor, totalCount}; 200 {id} on delete, 403 asset_forbidden for an organization-shared
// asset, 404 asset_not_found; the download URL as an unquoted text/plain body.
public sealed partial class SyncEmulator
{
    private static readonly string[] AssetSorts =
        ["nameAsc", "nameDesc", "dateAsc", "dateDesc", "durationAsc", "durationDesc", "sizeAsc", "sizeDesc", "kindAsc", "kindDesc"];

    /// <summary>
    /// Marks a registered asset as shared with the organization: the API key can still read it, but deleting it
    /// answers 403 <c>asset_forbidden</c>, as Sync does for organization-shared assets.
    /// </summary>
    /// <param name="assetId">The id of an asset registered with this emulator.</param>
    public void ShareAsset(string assetId) => _assets.Share(assetId);

    private async Task HandleListAssetsAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var messages = new List<string>();
        var limit = 20;
        if (query.TryGetValue("limit", out var limitText)
            && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > 100))
        {
            messages.Add("limit must not be less than 1 and not be greater than 100");
        }

        var sortBy = query["sortBy"].ToString();
        if (sortBy.Length > 0 && !AssetSorts.Contains(sortBy, StringComparer.Ordinal))
        {
            messages.Add("sortBy must be one of the following values: " + string.Join(", ", AssetSorts));
        }

        var types = query["types"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (types.Any(type => !AssetTypeNames.Contains(type)))
        {
            messages.Add("each value in types must be one of the following values: VIDEO, AUDIO, IMAGE");
        }

        if (messages.Count > 0)
        {
            await WriteValidationErrorAsync(context, messages, SyncEmulatorErrorCodes.GenerationInputValidationFailed).ConfigureAwait(false);
            return;
        }

        // The emulator keeps no projects, so a projectId filter matches nothing it holds.
        var search = query["searchQuery"].ToString();
        var matching = query.ContainsKey("projectId")
            ? []
            : Sorted(_assets.LiveAssets, sortBy)
                .Where(a => types.Length == 0 || types.Contains(a.Type))
                .Where(a => search.Length == 0 || (a.Name?.Contains(search, StringComparison.OrdinalIgnoreCase) ?? false))
                .ToList();

        // The cursor is opaque to clients; here it is the id of the first asset of the next page.
        var start = 0;
        if (query["cursor"].ToString() is { Length: > 0 } cursor)
        {
            start = matching.FindIndex(a => a.Id == cursor);
            if (start < 0)
            {
                await WriteValidationErrorAsync(context, ["cursor is invalid"], SyncEmulatorErrorCodes.GenerationInputValidationFailed).ConfigureAwait(false);
                return;
            }
        }

        var items = new JsonArray();
        foreach (var asset in matching.Skip(start).Take(limit))
        {
            items.Add(AssetJson(asset));
        }

        var page = new JsonObject { ["items"] = items, ["totalCount"] = matching.Count };
        if (start + limit < matching.Count)
        {
            page["nextCursor"] = matching[start + limit].Id;
        }

        await WriteJsonAsync(context, StatusCodes.Status200OK, page).ConfigureAwait(false);
    }

    private async Task HandleDeleteAssetAsync(HttpContext context)
    {
        var id = (string)context.Request.RouteValues["id"]!;
        if (_assets.FindAsset(id) is not { } asset)
        {
            await WriteAssetNotFoundAsync(context).ConfigureAwait(false);
            return;
        }

        if (asset.Shared)
        {
            await WriteJsonAsync(context, StatusCodes.Status403Forbidden, SyncErrorBodies.CreateNode(
                StatusCodes.Status403Forbidden, "You do not have permission to delete this asset.", "asset_forbidden",
                "Organization-shared assets can only be deleted by an organization admin or owner.", "id")).ConfigureAwait(false);
            return;
        }

        _assets.Delete(id);
        await WriteJsonAsync(context, StatusCodes.Status200OK, new JsonObject { ["id"] = id }).ConfigureAwait(false);
    }

    private async Task HandleAssetDownloadUrlAsync(HttpContext context)
    {
        var id = (string)context.Request.RouteValues["id"]!;
        if (_assets.FindAsset(id) is not { } asset)
        {
            await WriteAssetNotFoundAsync(context).ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(asset.Url, context.RequestAborted).ConfigureAwait(false);
    }

    private static Task WriteAssetNotFoundAsync(HttpContext context) =>
        WriteJsonAsync(context, StatusCodes.Status404NotFound, SyncErrorBodies.CreateNode(
            StatusCodes.Status404NotFound, "Asset not found", "asset_not_found", "Check the asset id, or list assets with GET /v2/assets.", "id"));

    private static IEnumerable<SyncAsset> Sorted(IReadOnlyList<SyncAsset> assets, string sortBy) => sortBy switch
    {
        "nameAsc" => assets.OrderBy(a => a.Name, StringComparer.Ordinal),
        "nameDesc" => assets.OrderByDescending(a => a.Name, StringComparer.Ordinal),
        "sizeAsc" or "durationAsc" => assets.OrderBy(a => a.Size ?? 0),
        "sizeDesc" or "durationDesc" => assets.OrderByDescending(a => a.Size ?? 0),
        "kindAsc" => assets.OrderBy(a => a.Type, StringComparer.Ordinal),
        "kindDesc" => assets.OrderByDescending(a => a.Type, StringComparer.Ordinal),
        "dateAsc" => assets,
        _ => assets.Reverse(), // dateDesc, and the default: newest first
    };
}
