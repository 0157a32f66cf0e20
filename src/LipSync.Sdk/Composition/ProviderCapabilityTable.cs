using LipSync.Sdk.Providers.Chamelaion;
using LipSync.Sdk.Providers.HeyGen;
using LipSync.Sdk.Providers.Sync;

namespace LipSync.Sdk;

/// <summary>
/// What the neutral client can do with each provider, as data: one row per provider, with where each fact comes from.
/// A provider without a row (envelope providers, custom profiles) gets <see cref="LipSyncCapabilities.None"/>: their
/// jobs are read and waited for, nothing more.
/// </summary>
internal static class ProviderCapabilityTable
{
    private static readonly Dictionary<string, LipSyncCapabilities> Rows = new(StringComparer.OrdinalIgnoreCase)
    {
        // sync.md §3–§4 and api-updates.md: DELETE /v2/generations/{id} only in a terminal state (409
        // generation_not_deletable_while_processing); the cancel endpoint appears only in the older docs-v2 spec, so it
        // is not offered. Image input is sync-3 only; audio at most 300 s; POST /v2/analyze/cost prices a request.
        [SyncErrorCatalog.ProviderName] = new()
        {
            Submit = true,
            Delete = true,
            List = true,
            Webhooks = true,
            ImageInput = true,
            ImageInputModels = [SyncModels.Sync3],
            MaxAudioDuration = SyncRequestRules.MaxAudioDuration,
            Models = [SyncModels.Lipsync2, SyncModels.Lipsync2Pro, SyncModels.Lipsync190Beta, SyncModels.React1, SyncModels.Sync3, SyncModels.Lipsync2Mini],
            CostEstimate = true,
        },

        // heygen-chamelaion.md B4 and the official CLI (gen/lipsync.go): DELETE /v3/lipsyncs/{id} "permanently delete
        // a lipsync", with no state restriction documented (whether it stops a running job is not, so no Cancel);
        // callback_url; no image input on /v3/lipsyncs; audio at most 10 minutes (usage limits); the neutral Model is
        // the lipsync mode.
        [HeyGenErrorCatalog.ProviderName] = new()
        {
            Submit = true,
            Delete = true,
            DeleteWhileRunning = true,
            List = true,
            Webhooks = true,
            MaxAudioDuration = HeyGenRequestRules.MaxAudioDuration,
            Models = ["speed", "precision"],
        },

        // heygen-chamelaion.md A3–A4: no delete, no webhooks (the neutral client refuses a WebhookUrl), URL or
        // uploaded video and audio only, lipsync-2 the only model.
        [ChamelaionErrorCatalog.ProviderName] = new()
        {
            Submit = true,
            List = true,
            Models = ["lipsync-2"],
        },
    };

    public static LipSyncCapabilities For(string provider) =>
        Rows.TryGetValue(provider, out var row) ? row : LipSyncCapabilities.None;
}
