using System.Globalization;
using System.Text.Json.Nodes;

namespace LipSync.Sdk.Testing;

// Renders a job as Sync's Generation object (sync.md §4.1), with explicit wire names: camelCase fields, plus
// "error_code" next to "errorCode" because the SDK and the docs disagree on the spelling.
internal static class SyncGenerationJson
{
    public static string FormatTimestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static JsonObject ToJson(SyncJobState job, int? progressPercent)
    {
        var json = new JsonObject
        {
            ["id"] = job.Id,
            ["createdAt"] = FormatTimestamp(job.CreatedAt),
            ["status"] = job.Status,
            ["model"] = job.Model,
            ["input"] = job.Request["input"]?.DeepClone() ?? new JsonArray(),
            ["options"] = job.Request["options"]?.DeepClone() ?? new JsonObject(),
        };

        if (job.Request["segments"] is { } segments)
        {
            json["segments"] = segments.DeepClone();
        }

        json["webhookUrl"] = job.Request["webhookUrl"]?.DeepClone();
        if (job.Request["outputFileName"] is { } outputFileName)
        {
            json["outputFileName"] = outputFileName.DeepClone();
        }

        // outputMediaUrl is the current name; outputUrl stays as its deprecated alias with the same value.
        json["outputMediaUrl"] = job.OutputUrl;
        json["outputUrl"] = job.OutputUrl;
        json["outputDuration"] = job.OutputDuration;
        json["error"] = job.Error;
        json["errorCode"] = job.ErrorCode;
        json["error_code"] = job.ErrorCode;
        if (progressPercent is { } progress)
        {
            json["progress_percent"] = progress;
        }

        return json;
    }
}
