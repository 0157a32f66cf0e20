namespace LipSync.Sdk.Providers.Sync;

/// <summary>One generation of a batch: a line <c>{"request_id", "endpoint": "/v2/generate", "payload"}</c> of the JSONL file.</summary>
/// <param name="RequestId">The caller's id for the line, unique within the file (<c>request_id</c>); results carry it back.</param>
/// <param name="Payload">The generation, exactly as for <c>POST /v2/generate</c>.</param>
public sealed record SyncBatchRecord(string RequestId, CreateGenerationRequest Payload);
