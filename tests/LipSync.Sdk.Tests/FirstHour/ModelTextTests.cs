using LipSync.Sdk.Providers.AudioSpliter;
using LipSync.Sdk.Providers.Breeze;
using LipSync.Sdk.Providers.Chamelaion;
using LipSync.Sdk.Providers.HeyGen;
using LipSync.Sdk.Providers.Sync;
using LipSync.Sdk.Tests.HeyGen;

namespace LipSync.Sdk.Tests.FirstHour;

/// <summary>
/// Issue 11 defect 14: <c>ToString()</c> of the public models printed only the type name (and <see cref="LipSyncJob"/>,
/// a record, printed its signed output URL whole). Each now prints what identifies it and how it ended, with URLs cut
/// at the path and never a key; the two <c>Asset</c> types got provider prefixes; HeyGen's submit says what it knows.
/// </summary>
public sealed class ModelTextTests
{
    private const string SignedQuery = "?X-Amz-Signature=secret-signature";

    public static TheoryData<object, string[]> Models => new()
    {
        { new Generation { Id = "gen-1", Status = "COMPLETED", Model = "lipsync-2", OutputUrl = "https://cdn.sync.so/out.mp4" + SignedQuery }, ["Generation {", "Id = gen-1", "Status = COMPLETED", "Model = lipsync-2", "OutputUrl = https://cdn.sync.so/out.mp4"] },
        { new ModelInfo { Id = "lipsync-2", Name = "Lipsync 2", Type = "lipsync", Version = "2.0.0" }, ["ModelInfo {", "Id = lipsync-2", "Name = Lipsync 2", "Version = 2.0.0"] },
        { new ChamelaionJob { Id = "42", ReferenceId = "ref-1", Status = "done", OutputUrl = "https://files.example.com/o.mp4" + SignedQuery }, ["ChamelaionJob {", "Id = 42", "ReferenceId = ref-1", "Status = done", "OutputUrl = https://files.example.com/o.mp4"] },
        { new Lipsync { Id = "ls-1", Status = "failed", FailureCode = "MOVIO_PAYMENT_INSUFFICIENT_CREDIT", VideoUrl = "https://heygen.example/v.mp4" + SignedQuery }, ["Lipsync {", "Id = ls-1", "Status = failed", "FailureCode = MOVIO_PAYMENT_INSUFFICIENT_CREDIT"] },
        { new Video { Id = "v-1", Status = "completed", Duration = 4.2 }, ["Video {", "Id = v-1", "Duration = 4.2"] },
        { new SyncAsset { Id = "a-1", Type = "VIDEO", Url = "https://cdn.sync.so/a.mp4" + SignedQuery }, ["SyncAsset {", "Id = a-1", "Type = VIDEO"] },
        { new HeyGenAsset { AssetId = "h-1", MimeType = "video/mp4" }, ["HeyGenAsset {", "AssetId = h-1", "MimeType = video/mp4"] },
        { new SplitJob { Id = "s-1", Status = "completed" }, ["SplitJob {", "Id = s-1", "Segments = 0"] },
        { new BreezeGenerationJob { GenerationJobId = "b-1", Status = "completed", DownloadUrl = "https://breeze.example/b.mp3" + SignedQuery }, ["BreezeGenerationJob {", "GenerationJobId = b-1"] },
        { new LipSyncJob { Id = "j-1", Provider = "sync", Status = JobStatus.Completed, OutputUrl = new Uri("https://cdn.sync.so/out.mp4" + SignedQuery) }, ["LipSyncJob {", "Id = j-1", "Provider = sync", "Status = Completed", "OutputUrl = https://cdn.sync.so/out.mp4"] },
    };

    [Theory]
    [MemberData(nameof(Models))]
    public void Models_print_their_identity_and_outcome_without_signed_queries(object model, string[] expected)
    {
        var text = model.ToString();

        text.Should().ContainAll(expected);
        text.Should().NotContain("secret-signature").And.NotContain(model.GetType().FullName!);
    }

    [Fact]
    public void Options_print_their_settings_and_never_a_key()
    {
        var options = new LipSyncOptions { DefaultProvider = "sync" };
        options.AddProvider("sync", p => p.ApiKey = "sk-live-secret-123");

        var text = options.ToString();

        text.Should().ContainAll("DefaultProvider=sync", "sync: ", "ApiKey=(set)", "TotalTimeout=00:05:00", "MaxRetries=3");
        text.Should().NotContain("sk-live-secret-123");
    }

    [Fact]
    public void A_request_prints_its_inputs_without_signed_queries()
    {
        var request = new LipSyncRequest
        {
            Video = MediaSource.FromUrl("https://cdn.example.com/v.mp4" + SignedQuery),
            Audio = MediaSource.FromProviderAsset("asset-7"),
            Model = "lipsync-2",
            WebhookUrl = new Uri("https://hooks.example.com/lipsync?token=secret-signature"),
        };

        var text = request.ToString();

        text.Should().ContainAll("Video=https://cdn.example.com/v.mp4", "Audio=asset:asset-7", "Model=lipsync-2", "WebhookUrl=https://hooks.example.com/lipsync");
        text.Should().NotContain("secret-signature");
    }

    [Fact]
    public void Both_asset_types_can_be_imported_together()
    {
        // CS0104 when both namespaces were imported: the names now say whose asset it is.
        typeof(SyncAsset).Namespace.Should().Be("LipSync.Sdk.Providers.Sync");
        typeof(HeyGenAsset).Namespace.Should().Be("LipSync.Sdk.Providers.HeyGen");
        typeof(ISyncClient).Assembly.GetExportedTypes().Should().NotContain(t => t.Name == "Asset");
    }

    [Fact]
    public async Task HeyGen_submit_returns_its_provider_status_and_creation_time()
    {
        await using var h = await HeyGenHarness.StartAsync();

        var job = await h.Client.SubmitAsync(HeyGenHarness.Request());

        job.ProviderStatus.Should().Be("pending");
        job.CreatedAt.Should().NotBeNull().And.BeOnOrBefore(h.Time.GetUtcNow());
    }
}
