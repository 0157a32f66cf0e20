using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Media;

/// <summary>Emulators serve results like storage hosts: byte ranges, validators, 416, and links that expire on their clock.</summary>
public sealed class EmulatorOutputServingTests
{
    [Fact]
    public async Task Ranges_are_answered_206_with_content_range_and_an_unsatisfiable_one_416()
    {
        await using var emulator = await SyncEmulator.StartAsync(new SyncEmulatorOptions { OutputVideoLength = 1000 });
        var job = emulator.AddJob();
        using var http = new HttpClient();
        var url = emulator.GetOutputUrl(job.Id);

        using var whole = await http.GetAsync(url);
        var etag = whole.Headers.ETag!.ToString();
        var bytes = await whole.Content.ReadAsByteArrayAsync();
        whole.Headers.AcceptRanges.Should().Contain("bytes");

        using var tail = await SendAsync(http, url, "bytes=900-");
        ((int)tail.StatusCode).Should().Be(206);
        tail.Content.Headers.ContentRange!.ToString().Should().Be("bytes 900-999/1000");
        (await tail.Content.ReadAsByteArrayAsync()).Should().Equal(bytes[900..]);

        using var suffix = await SendAsync(http, url, "bytes=-10");
        (await suffix.Content.ReadAsByteArrayAsync()).Should().Equal(bytes[990..]);

        using var beyond = await SendAsync(http, url, "bytes=1000-");
        ((int)beyond.StatusCode).Should().Be(416);
        beyond.Content.Headers.ContentRange!.ToString().Should().Be("bytes */1000");

        using var matching = await SendAsync(http, url, "bytes=10-", etag);
        ((int)matching.StatusCode).Should().Be(206);

        using var changed = await SendAsync(http, url, "bytes=10-", "\"another-version\"");
        ((int)changed.StatusCode).Should().Be(200, "If-Range with another validator gets the whole object");
        (await changed.Content.ReadAsByteArrayAsync()).Should().Equal(bytes);
    }

    [Fact]
    public async Task A_link_answers_403_once_older_than_its_lifetime_by_the_emulator_clock()
    {
        var clock = ProviderHarness.NewClock();
        await using var emulator = await HeyGenEmulator.StartAsync(new HeyGenEmulatorOptions { TimeProvider = clock, OutputLinkLifetime = TimeSpan.FromHours(1) });
        using var sdk = new LipSyncClientFactory(Options(emulator), clock);
        var client = sdk.GetClient("heygen");
        var job = await client.WaitForCompletionAsync((await client.SubmitAsync(HeyGen.HeyGenHarness.Request())).Id);
        using var http = new HttpClient();

        (await http.GetAsync(job.OutputUrl)).StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        clock.Advance(TimeSpan.FromHours(1));
        using var expired = await http.GetAsync(job.OutputUrl);

        expired.StatusCode.Should().Be(System.Net.HttpStatusCode.Forbidden);
        (await expired.Content.ReadAsStringAsync()).Should().Contain("Request has expired");
    }

    private static LipSyncOptions Options(HeyGenEmulator emulator)
    {
        var options = new LipSyncOptions { DefaultProvider = "heygen" };
        options.AddProvider("heygen", p =>
        {
            p.ApiKey = HeyGenEmulator.DefaultApiKey;
            p.BaseAddress = emulator.BaseAddress;
        });
        return options;
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, string url, string range, string? ifRange = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Range", range);
        if (ifRange is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Range", ifRange);
        }

        return http.SendAsync(request);
    }
}
