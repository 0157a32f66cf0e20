using System.CommandLine;
using LipSync.Cli.Media;
using LipSync.Cli.Output;

namespace LipSync.Cli.Commands;

/// <summary><c>generate</c>, <c>status</c> and <c>wait</c>: the commands that talk to a provider's API.</summary>
internal static class JobCommands
{
    public static Command Generate(CliContext context)
    {
        var provider = CommonOptions.LipSyncProvider();
        var video = new Option<string>("--video") { Description = "The video: an http(s) URL or a local file.", Required = true };
        var audio = new Option<string>("--audio") { Description = "The audio: an http(s) URL or a local file.", Required = true };
        var model = new Option<string?>("--model") { Description = "The provider's model (default: the provider's default, e.g. lipsync-2)." };
        var reference = new Option<string?>("--reference-id") { Description = "Your own reference for the job (kept where the provider supports it)." };
        var webhook = new Option<string?>("--webhook-url") { Description = "Where the provider POSTs the result when the job ends." };
        var wait = new Option<bool>("--wait") { Description = "Wait until the job completes (implied by --output)." };
        var timeout = CommonOptions.Timeout();
        var output = CommonOptions.Output();
        var baseUrl = CommonOptions.BaseUrl();
        var apiKey = CommonOptions.ApiKey();
        var maxRetries = CommonOptions.MaxRetries();
        var json = CommonOptions.Json();

        var command = new Command("generate", "Submit a lip-sync job; optionally wait for it and download the result.")
        {
            provider, video, audio, model, reference, webhook, wait, timeout, output, baseUrl, apiKey, maxRetries, json,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var presenter = Presenters.For(context, parse.GetValue(json));
            var name = parse.GetRequiredValue(provider);
            var overall = CommonOptions.Seconds(parse.GetValue(timeout));
            return CommandRunner.RunAsync(context, presenter, name, overall, async ct =>
            {
                var savedTo = parse.GetValue(output) is { } path ? ResultDownloader.Validate(path) : null;
                Uri? webhookUrl = null;
                if (parse.GetValue(webhook) is { } hook && (!Uri.TryCreate(hook, UriKind.Absolute, out webhookUrl) || webhookUrl.Scheme is not ("http" or "https")))
                {
                    throw new CliUsageException($"--webhook-url: '{hook}' is not an absolute http(s) URL.");
                }

                var uploads = new List<TransferMeter>();
                var opened = new List<IDisposable>();
                try
                {
                    var request = new LipSyncRequest
                    {
                        Video = MediaArgument.Resolve("--video", parse.GetRequiredValue(video), uploads, opened),
                        Audio = MediaArgument.Resolve("--audio", parse.GetRequiredValue(audio), uploads, opened),
                        Model = parse.GetValue(model),
                        ClientReference = parse.GetValue(reference),
                        WebhookUrl = webhookUrl,
                    };

                    using var connection = ProviderConnection.Open(context, name, parse.GetValue(apiKey), parse.GetValue(baseUrl), parse.GetValue(maxRetries), overall);
                    var client = connection.Client;
                    var job = uploads.Count > 0
                        ? await presenter.WithTransfersAsync(uploads, () => client.SubmitAsync(request, ct))
                        : await presenter.WithStatusAsync($"Submitting to {connection.Provider}", _ => client.SubmitAsync(request, ct));
                    if (parse.GetValue(wait) || savedTo is not null)
                    {
                        job = await WaitAsync(context, presenter, client, job.Id, overall, ct);
                        await DownloadAsync(presenter, client, job, savedTo, ct);
                    }

                    presenter.Job(job, savedTo);
                    return ExitCodes.Success;
                }
                finally
                {
                    opened.ForEach(o => o.Dispose());
                }
            }, cancellationToken);
        });
        return command;
    }

    public static Command Status(CliContext context)
    {
        var provider = CommonOptions.Provider(ProviderConnection.KnownProviders);
        var jobId = new Argument<string>("job-id") { Description = "The provider's job id." };
        var baseUrl = CommonOptions.BaseUrl();
        var apiKey = CommonOptions.ApiKey();
        var json = CommonOptions.Json();
        var command = new Command("status", "Show a job's current state.") { provider, jobId, baseUrl, apiKey, json };
        command.SetAction((parse, cancellationToken) =>
        {
            var presenter = Presenters.For(context, parse.GetValue(json));
            var name = parse.GetRequiredValue(provider);
            return CommandRunner.RunAsync(context, presenter, name, null, async ct =>
            {
                using var connection = ProviderConnection.Open(context, name, parse.GetValue(apiKey), parse.GetValue(baseUrl), null, null);
                var job = await connection.Client.GetJobAsync(JobId(parse.GetRequiredValue(jobId)), ct);
                presenter.Job(job, null);
                return ExitCodes.Success;
            }, cancellationToken);
        });
        return command;
    }

    public static Command Wait(CliContext context)
    {
        var provider = CommonOptions.Provider(ProviderConnection.KnownProviders);
        var jobId = new Argument<string>("job-id") { Description = "The provider's job id." };
        var timeout = CommonOptions.Timeout();
        var output = CommonOptions.Output();
        var baseUrl = CommonOptions.BaseUrl();
        var apiKey = CommonOptions.ApiKey();
        var json = CommonOptions.Json();
        var command = new Command("wait", "Wait for a job to complete; optionally download the result.") { provider, jobId, timeout, output, baseUrl, apiKey, json };
        command.SetAction((parse, cancellationToken) =>
        {
            var presenter = Presenters.For(context, parse.GetValue(json));
            var name = parse.GetRequiredValue(provider);
            var overall = CommonOptions.Seconds(parse.GetValue(timeout));
            return CommandRunner.RunAsync(context, presenter, name, overall, async ct =>
            {
                var savedTo = parse.GetValue(output) is { } path ? ResultDownloader.Validate(path) : null;
                using var connection = ProviderConnection.Open(context, name, parse.GetValue(apiKey), parse.GetValue(baseUrl), null, overall);
                var job = await WaitAsync(context, presenter, connection.Client, JobId(parse.GetRequiredValue(jobId)), overall, ct);
                await DownloadAsync(presenter, connection.Client, job, savedTo, ct);
                presenter.Job(job, savedTo);
                return ExitCodes.Success;
            }, cancellationToken);
        });
        return command;
    }

    private static string JobId(string value) =>
        string.IsNullOrWhiteSpace(value) ? throw new CliUsageException("The job id must not be empty.") : value.Trim();

    private static Task<LipSyncJob> WaitAsync(
        CliContext context, Presenter presenter, ILipSyncClient client, string jobId, TimeSpan? timeout, CancellationToken cancellationToken) =>
        presenter.WithStatusAsync($"{client.Provider} job {jobId}: waiting", report =>
        {
            var options = new JobWaitOptions
            {
                InitialInterval = context.PollInterval,
                MaxInterval = context.PollInterval > TimeSpan.FromSeconds(10) ? context.PollInterval : TimeSpan.FromSeconds(10),
                Progress = new InlineProgress<LipSyncJob>(job => report(Describe(job))),
            };
            if (timeout is { } limit)
            {
                options.Timeout = limit;
            }

            return client.WaitForCompletionAsync(jobId, options, cancellationToken);
        });

    private static string Describe(LipSyncJob job) =>
        $"{job.Provider} job {job.Id}: {Formats.Status(job.Status)}"
        + (job.ProgressPercent is { } percent && !job.Status.IsTerminal() ? $" {percent.ToString("0", System.Globalization.CultureInfo.InvariantCulture)}%" : string.Empty);

    private static async Task DownloadAsync(Presenter presenter, ILipSyncClient client, LipSyncJob job, string? path, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            return;
        }

        if (job.OutputUrl is null)
        {
            throw new LipSyncException(
                $"{job.Provider}: job {job.Id} completed without an output URL; nothing to download.", LipSyncErrorKind.NotReady, isRetryable: true, job.Provider);
        }

        var meter = new TransferMeter($"Downloading {Path.GetFileName(path)}", null);
        await presenter.WithTransfersAsync([meter], async () =>
        {
            await ResultDownloader.DownloadAsync(client, job, path, meter, cancellationToken);
            return true;
        });
    }

    // Progress<T> posts to the thread pool; reporting inline keeps the status lines in order.
    private sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
