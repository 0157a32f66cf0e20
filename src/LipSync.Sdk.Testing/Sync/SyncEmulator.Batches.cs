using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace LipSync.Sdk.Testing;

// POST /v2/batch (multipart), GET /v2/batch/{id}, GET /v2/batch, GET /v2/batches/{id}/result → 302 → /results/{id}.jsonl
// (sync.md §5). A batch moves PENDING → PROCESSING → COMPLETED on successive GETs; every line succeeds.
public sealed partial class SyncEmulator
{
    private readonly ConcurrentDictionary<string, EmulatedBatch> _batches = new(StringComparer.Ordinal);

    /// <summary>The record limit the emulated server enforces (<c>batch_too_many_requests</c>); default 500.</summary>
    public int BatchMaxRecords { get; set; } = 500;

    /// <summary>The number of batches created (dry runs excluded).</summary>
    public int CreatedBatchCount => _batches.Count;

    private async Task HandleCreateBatchAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, "input file is required").ConfigureAwait(false);
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        if (form.Files.GetFile("input") is not { } input)
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, "input file is required").ConfigureAwait(false);
            return;
        }

        using var buffer = new MemoryStream();
        await input.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        var (code, message, lines) = SyncBatchRules.Check(buffer.ToArray(), BatchMaxRecords);
        if (code is not null)
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, message!, code).ConfigureAwait(false);
            return;
        }

        if (string.Equals(form["dry_run"], "true", StringComparison.OrdinalIgnoreCase))
        {
            await WriteJsonAsync(context, StatusCodes.Status200OK, new JsonObject { ["status"] = "VALIDATED" }).ConfigureAwait(false);
            return;
        }

        var batch = new EmulatedBatch(
            "batch_" + Guid.NewGuid().ToString("N"), TimeProvider.GetUtcNow(), form["webhook_url"].ToString() is { Length: > 0 } hook ? hook : null, lines);
        _batches[batch.Id] = batch;
        await WriteJsonAsync(context, StatusCodes.Status201Created, BatchJson(batch)).ConfigureAwait(false);
    }

    private async Task HandleGetBatchAsync(HttpContext context)
    {
        var id = (string)context.Request.RouteValues["id"]!;
        if (!_batches.TryGetValue(id, out var batch))
        {
            await WriteErrorAsync(context, StatusCodes.Status404NotFound, "Batch not found", "batch_not_found").ConfigureAwait(false);
            return;
        }

        batch.Advance();
        await WriteJsonAsync(context, StatusCodes.Status200OK, BatchJson(batch)).ConfigureAwait(false);
    }

    private Task HandleListBatchesAsync(HttpContext context)
    {
        var status = context.Request.Query["status"].ToString();
        var list = new JsonArray();
        foreach (var batch in _batches.Values.OrderByDescending(b => b.CreatedAt))
        {
            if (status.Length == 0 || batch.Status == status)
            {
                list.Add(BatchJson(batch));
            }
        }

        return WriteJsonAsync(context, StatusCodes.Status200OK, list);
    }

    private async Task HandleBatchResultAsync(HttpContext context)
    {
        var id = (string)context.Request.RouteValues["id"]!;
        if (!_batches.TryGetValue(id, out var batch) || batch.Status != "COMPLETED")
        {
            await WriteErrorAsync(context, StatusCodes.Status404NotFound, "Batch result not found").ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = new Uri(BaseAddress, $"results/{id}.jsonl?X-Amz-Signature=emulated").ToString();
    }

    private async Task HandleBatchResultFileAsync(HttpContext context)
    {
        var id = (string)context.Request.RouteValues["id"]!;
        if (!_batches.TryGetValue(id, out var batch) || batch.Status != "COMPLETED")
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var text = new StringBuilder();
        foreach (var line in batch.Lines)
        {
            var generationId = Guid.NewGuid().ToString();
            text.Append(new JsonObject
            {
                ["request_id"] = line["request_id"]!.DeepClone(),
                ["status"] = "COMPLETED",
                ["response"] = new JsonObject
                {
                    ["id"] = generationId,
                    ["createdAt"] = SyncGenerationJson.FormatTimestamp(batch.CreatedAt),
                    ["status"] = "COMPLETED",
                    ["model"] = line["payload"]?["model"]?.DeepClone(),
                    ["input"] = line["payload"]?["input"]?.DeepClone(),
                    ["outputUrl"] = GetOutputUrl(generationId),
                    ["outputDuration"] = 4.2,
                },
            }.ToJsonString()).Append('\n');
        }

        context.Response.ContentType = "application/jsonl";
        await context.Response.WriteAsync(text.ToString(), context.RequestAborted).ConfigureAwait(false);
    }

    private JsonObject BatchJson(EmulatedBatch batch) => new()
    {
        ["id"] = batch.Id,
        ["created_at"] = SyncGenerationJson.FormatTimestamp(batch.CreatedAt),
        ["status"] = batch.Status,
        ["metrics"] = new JsonObject
        {
            ["total_generations"] = batch.Lines.Count,
            ["success_count"] = batch.Status == "COMPLETED" ? batch.Lines.Count : 0,
            ["failed_count"] = 0,
            ["pending_count"] = batch.Status == "COMPLETED" ? 0 : batch.Lines.Count,
        },
        ["webhookUrl"] = batch.WebhookUrl,
        ["outputUrl"] = batch.Status == "COMPLETED" ? new Uri(BaseAddress, $"v2/batches/{batch.Id}/result").ToString() : string.Empty,
    };

    private sealed class EmulatedBatch(string id, DateTimeOffset createdAt, string? webhookUrl, List<JsonObject> lines)
    {
        private int _polls;

        public string Id => id;

        public DateTimeOffset CreatedAt => createdAt;

        public string? WebhookUrl => webhookUrl;

        public List<JsonObject> Lines => lines;

        public string Status => Volatile.Read(ref _polls) switch
        {
            0 => "PENDING",
            1 => "PROCESSING",
            _ => "COMPLETED",
        };

        public void Advance() => Interlocked.Increment(ref _polls);
    }
}
