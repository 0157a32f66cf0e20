using LipSync.Sdk.Providers.Sync;
using Fault = LipSync.Sdk.Testing.Fault;

namespace LipSync.Sdk.Tests.Sync;

/// <summary>
/// The asset library against the emulator over loopback: <c>GET /v2/assets</c> (cursor pages), <c>GET /v2/assets/{id}</c>,
/// <c>DELETE /v2/assets/{id}</c> and <c>GET /v2/assets/{id}/download</c> (sync.so/docs api-reference/api/assets-api).
/// </summary>
public sealed class SyncAssetLibraryTests
{
    [Fact]
    public async Task Listing_follows_next_cursor_to_the_end_with_the_documented_query()
    {
        await using var h = await SyncHarness.StartAsync();
        var registered = await RegisterAsync(h, 5);

        var listed = await h.Native.ListAssetsAsync(new ListAssetsOptions { Limit = 2, SortBy = "dateAsc", Types = [AssetTypes.Video, AssetTypes.Audio] })
            .ToListAsync();

        listed.Select(a => a.Id).Should().Equal(registered.Select(a => a.Id));
        var calls = h.Emulator.RequestsTo("GET", "/v2/assets");
        calls.Should().HaveCount(3, "pages of 2, 2 and 1; the last has no nextCursor");
        // Refit escapes the comma inside a query value (%2C); the server reads the same comma-separated list.
        Uri.UnescapeDataString(calls[0].QueryString).Should().Be("?limit=2&sortBy=dateAsc&types=VIDEO,AUDIO");
        calls[1].QueryString.Should().Contain("cursor=" + registered[2].Id);
        calls.Should().OnlyContain(c => c.Header("x-api-key") == SyncHarness.ApiKey);
    }

    [Fact]
    public async Task One_page_carries_the_total_and_the_next_cursor()
    {
        await using var h = await SyncHarness.StartAsync();
        await RegisterAsync(h, 3);

        var page = await h.Native.GetAssetsPageAsync(new ListAssetsOptions { Limit = 2, SearchQuery = "clip" });

        page.Items.Should().HaveCount(2);
        page.TotalCount.Should().Be(3);
        page.NextCursor.Should().NotBeNullOrEmpty();
        h.Emulator.RequestsTo("GET", "/v2/assets").Single().QueryString.Should().Be("?limit=2&searchQuery=clip");
    }

    [Fact]
    public async Task Get_reads_one_asset_and_an_unknown_id_is_not_found_with_the_suggestion_and_field()
    {
        await using var h = await SyncHarness.StartAsync();
        var asset = (await RegisterAsync(h, 1))[0];

        var read = await h.Native.GetAssetAsync(asset.Id);
        var act = () => h.Native.GetAssetAsync("no-such-asset");

        read.Id.Should().Be(asset.Id);
        read.Visibility.Should().Be(AssetVisibilities.User);
        var error = (await act.Should().ThrowAsync<LipSyncNotFoundException>()).Which;
        error.ErrorCode.Should().Be("asset_not_found");
        error.Suggestion.Should().Be("Check the asset id, or list assets with GET /v2/assets.");
        error.Attempts.Should().Be(1, "a 404 is not retried");
    }

    [Fact]
    public async Task Delete_removes_the_asset_and_a_second_delete_is_not_found()
    {
        await using var h = await SyncHarness.StartAsync();
        var asset = (await RegisterAsync(h, 1))[0];

        await h.Native.DeleteAssetAsync(asset.Id);
        var again = () => h.Native.DeleteAssetAsync(asset.Id);

        (await again.Should().ThrowAsync<LipSyncNotFoundException>()).Which.ErrorCode.Should().Be("asset_not_found");
        h.Emulator.RequestsTo("DELETE", "/v2/assets/" + asset.Id).Should().HaveCount(2);
        (await h.Native.ListAssetsAsync().ToListAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Deleting_an_organization_shared_asset_is_forbidden_with_a_suggestion()
    {
        await using var h = await SyncHarness.StartAsync();
        var asset = (await RegisterAsync(h, 1))[0];
        h.Emulator.ShareAsset(asset.Id);

        var act = () => h.Native.DeleteAssetAsync(asset.Id);

        var error = (await act.Should().ThrowAsync<LipSyncAuthenticationException>()).Which;
        error.Kind.Should().Be(LipSyncErrorKind.PermissionDenied);
        error.ErrorCode.Should().Be("asset_forbidden");
        error.StatusCode.Should().Be(403);
        error.IsRetryable.Should().BeFalse();
        error.Suggestion.Should().Contain("organization admin");
        (await h.Native.GetAssetAsync(asset.Id)).Visibility.Should().Be(AssetVisibilities.Organization);
    }

    [Fact]
    public async Task The_download_url_is_read_from_the_plain_text_body()
    {
        await using var h = await SyncHarness.StartAsync();
        var asset = (await RegisterAsync(h, 1))[0];

        var url = await h.Native.GetAssetDownloadUrlAsync(asset.Id);

        url.OriginalString.Should().Be(asset.Url);
        h.Emulator.RequestsTo("GET", $"/v2/assets/{asset.Id}/download").Single().Header("x-api-key").Should().Be(SyncHarness.ApiKey);
    }

    [Fact]
    public async Task A_limit_outside_1_to_100_is_refused_before_anything_is_sent()
    {
        await using var h = await SyncHarness.StartAsync();

        var act = () => h.Native.GetAssetsPageAsync(new ListAssetsOptions { Limit = 101 });

        await act.Should().ThrowAsync<ArgumentOutOfRangeException>();
        h.Emulator.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_next_cursor_that_points_back_stops_the_listing_with_a_typed_error_instead_of_looping()
    {
        await using var h = await SyncHarness.StartAsync();
        var page = """{"items":[{"id":"a1","type":"VIDEO"}],"nextCursor":"c1"}""";
        h.Emulator.Faults.Enqueue("GET", "/v2/assets", Fault.Respond(200, page), times: 3);

        var act = async () => await h.Native.ListAssetsAsync().ToListAsync();

        (await act.Should().ThrowAsync<LipSyncServiceException>()).Which.Message.Should().Contain("does not advance");
        h.Emulator.RequestsTo("GET", "/v2/assets").Count.Should().BeLessThanOrEqualTo(3);
    }

    [Fact]
    public async Task A_page_of_the_wrong_shape_is_a_typed_unexpected_response()
    {
        await using var h = await SyncHarness.StartAsync(configure: o => o.Retry.MaxRetries = 0);
        h.Emulator.Faults.Enqueue("GET", "/v2/assets", Fault.Respond(200, """{"items":5}"""));

        var act = () => h.Native.GetAssetsPageAsync();

        var error = (await act.Should().ThrowAsync<LipSyncException>()).Which;
        error.Kind.Should().Be(LipSyncErrorKind.ServerError);
        error.Attempts.Should().Be(1);
    }

    private static async Task<List<SyncAsset>> RegisterAsync(SyncHarness h, int count)
    {
        var assets = new List<SyncAsset>();
        for (var i = 0; i < count; i++)
        {
            assets.Add(await h.Native.RegisterAssetAsync(new RegisterAssetRequest
            {
                Url = $"https://assets.example.com/clip-{i}.mp4",
                Type = i % 2 == 0 ? AssetTypes.Video : AssetTypes.Audio,
                Name = $"clip-{i}",
            }));
        }

        return assets;
    }
}
