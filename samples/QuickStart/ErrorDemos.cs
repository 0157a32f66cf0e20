using System.Diagnostics;
using LipSync.Sdk;
using LipSync.Sdk.Testing;

namespace QuickStart;

/// <summary>
/// Typed errors, shown against the emulator: each demo scripts what the server does next (a fault or a failing job)
/// and then makes an ordinary SDK call.
/// </summary>
internal sealed class ErrorDemos(ILipSyncClient lipSync, SyncEmulator emulator, LipSyncRequest request, TimeSpan pollInterval)
{
    /// <summary>A 400 with NestJS-style validation messages becomes a <see cref="LipSyncValidationException"/>.</summary>
    public async Task ValidationErrorAsync()
    {
        Section("2. A validation error (HTTP 400) is not retried");
        emulator.Faults.Enqueue("POST", "/v2/generate", Fault.Respond(400, SyncErrorBodies.Create(
            400,
            ["input.0.url must be a URL address", "input.1.url must be a URL address"],
            "generation_input_validation_failed")));

        try
        {
            await lipSync.SubmitAsync(request);
            Console.WriteLine("   unexpected: the request was accepted");
        }
        catch (LipSyncValidationException ex)
        {
            Console.WriteLine($"   caught {ex.GetType().Name}");
            Console.WriteLine($"   Kind={ex.Kind}, IsRetryable={ex.IsRetryable}, ErrorCode={ex.ErrorCode}, StatusCode={ex.StatusCode}, Attempts={ex.Attempts}");
            foreach (var field in ex.FieldErrors)
            {
                Console.WriteLine($"   field error: {field.Field ?? "(request)"}: {field.Message}");
            }
        }
    }

    /// <summary>A 429 with Retry-After is waited out and retried with the same Idempotency-Key: the caller sees success.</summary>
    public async Task RateLimitRetriedAsync()
    {
        Section("3. A rate limit (HTTP 429, Retry-After: 1) is retried transparently");
        emulator.Faults.Enqueue("POST", "/v2/generate", Fault.Respond(
            429, SyncErrorBodies.RateLimitExceeded(), headers: new Dictionary<string, string> { ["Retry-After"] = "1" }));
        var sentBefore = emulator.RequestsTo("POST", "/v2/generate").Count;
        var createdBefore = emulator.CreatedJobCount;

        var clock = Stopwatch.StartNew();
        var job = await lipSync.SubmitAsync(request);
        clock.Stop();

        var attempts = emulator.RequestsTo("POST", "/v2/generate").Skip(sentBefore).ToList();
        var keys = attempts.Select(a => a.Header("Idempotency-Key")).Distinct().ToList();
        Console.WriteLine($"   succeeded after a retry: job {job.Id} ({job.ProviderStatus}) in {clock.Elapsed.TotalSeconds:0.0} s");
        Console.WriteLine($"   attempts sent: {attempts.Count}, distinct Idempotency-Keys: {keys.Count}, jobs created: {emulator.CreatedJobCount - createdBefore}");
    }

    /// <summary>A job that ends FAILED surfaces from WaitForCompletionAsync as a <see cref="LipSyncJobFailedException"/>.</summary>
    public async Task FailedJobAsync()
    {
        Section("4. A job that fails on the server");
        emulator.FailNextJob("generation_input_video_inaccessible", "The video input URL could not be accessed (HTTP 403 from the media host).");
        var job = await lipSync.SubmitAsync(request);
        Console.WriteLine($"   job id:   {job.Id} ({job.ProviderStatus})");

        try
        {
            await lipSync.WaitForCompletionAsync(job.Id, new JobWaitOptions { InitialInterval = pollInterval });
            Console.WriteLine("   unexpected: the job completed");
        }
        catch (LipSyncJobFailedException ex)
        {
            Console.WriteLine($"   caught {ex.GetType().Name}: Kind={ex.Kind}, Cause={ex.Cause}, ErrorCode={ex.ErrorCode}, IsRetryable={ex.IsRetryable}");
            Console.WriteLine($"   {ex.Job.ProviderStatus}: {ex.Job.Error?.Message}");
        }
    }

    private static void Section(string title)
    {
        Console.WriteLine();
        Console.WriteLine(title);
    }
}
