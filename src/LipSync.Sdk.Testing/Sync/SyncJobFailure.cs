namespace LipSync.Sdk.Testing;

// A scripted failure: when the job would complete, it ends in Status with this error instead.
internal sealed record SyncJobFailure(string ErrorCode, string Message, string Status);
