using System.Globalization;
using Spectre.Console;

namespace LipSync.Cli.Output;

/// <summary>
/// Output for people: results as aligned lines on stdout; errors with a hint, live status lines and progress bars on
/// stderr (drawn live with Spectre.Console on a terminal, as plain lines otherwise).
/// </summary>
internal sealed class HumanPresenter : Presenter
{
    private readonly CliContext _context;
    private readonly IAnsiConsole _error;

    public HumanPresenter(CliContext context)
    {
        _context = context;
        _error = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = context.Interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = context.Interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = context.Interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(context.Error),
        });
    }

    public override void Job(LipSyncJob job, string? savedTo)
    {
        var lines = new List<(string, string?)>
        {
            ("Provider", job.Provider),
            ("Job", job.Id),
            ("Status", Formats.Status(job.Status) + (job.ProviderStatus is { } native ? $" ({native})" : string.Empty)),
            ("Progress", job.ProgressPercent is { } percent && !job.Status.IsTerminal() ? percent.ToString("0.#", CultureInfo.InvariantCulture) + " %" : null),
            ("Output", job.OutputUrl?.AbsoluteUri),
            ("Saved to", savedTo),
            ("Error", job.Error is { } error ? $"{error.Message}{(error.ErrorCode is null ? string.Empty : $" [{error.ErrorCode}]")} ({error.Cause}, retryable: {Formats.YesNo(error.IsRetryable)})" : null),
        };
        WriteFields(_context.Output, lines);
    }

    public override void Failure(LipSyncException error, string? apiKeyVariable)
    {
        ErrorLine("red", "error: ", error.Message);
        var details = new List<string> { $"kind: {error.Kind}", $"retryable: {Formats.YesNo(error.IsRetryable)}" };
        if (error.RetryAfter is { } retryAfter)
        {
            details.Add($"retry after: {Formats.Seconds(retryAfter)}");
        }

        if (error.RequestId is { } requestId)
        {
            details.Add($"request id: {requestId}");
        }

        if (error.Attempts > 0)
        {
            details.Add(string.Create(CultureInfo.InvariantCulture, $"attempts: {error.Attempts}"));
        }

        ErrorLine("grey", "  ", string.Join(" · ", details), colorText: true);
        ErrorLine("yellow", "hint: ", ErrorHints.For(error, apiKeyVariable));
    }

    public override void EmulatorStarted(Emulation.EmulatorListing listing)
    {
        WriteFields(_context.Output,
        [
            ("Provider", listing.Provider),
            ("Base URL", listing.BaseUrl.AbsoluteUri),
            ("API key", listing.ApiKey),
            ("Environment", $"{listing.BaseUrlVariable}={listing.BaseUrl.AbsoluteUri} {listing.ApiKeyVariable}={listing.ApiKey}"),
        ]);
        _context.Output.Flush();
        _context.Error.WriteLine($"The {listing.Provider} emulator is running; press Ctrl+C to stop it.");
    }

    public override void EmulatorStopped(string provider) => _context.Error.WriteLine($"The {provider} emulator stopped.");

    public override void UsageError(string message) => ErrorLine("red", "lipsync: ", message);

    public override void Explanation(LipSyncException error)
    {
        WriteFields(_context.Output,
        [
            ("Provider", error.Provider),
            ("Kind", error.Kind.ToString()),
            ("Retryable", Formats.YesNo(error.IsRetryable)),
            ("Status", error.StatusCode?.ToString(CultureInfo.InvariantCulture)),
            ("Error code", error.ErrorCode),
            ("Message", error.Message),
            ("Retry after", error.RetryAfter is { } delay ? Formats.Seconds(delay) : null),
            ("Request id", error.RequestId),
            ("Exit code", ExitCodes.For(error.Kind).ToString(CultureInfo.InvariantCulture)),
            ("Hint", ErrorHints.For(error, null)),
        ]);
    }

    public override void Catalogues(IReadOnlyList<ErrorCatalog> catalogues)
    {
        foreach (var catalog in catalogues)
        {
            _context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{catalog.Provider} ({catalog.Entries.Count} codes)"));
            var rows = catalog.Entries
                .Select(e => new[] { e.Code, e.Status?.ToString(CultureInfo.InvariantCulture) ?? "-", e.Kind.ToString(), Formats.YesNo(e.IsRetryable), e.Message })
                .Prepend(["code", "status", "kind", "retryable", "message"])
                .ToList();
            var widths = Enumerable.Range(0, 4).Select(i => rows.Max(r => r[i].Length)).ToArray();
            foreach (var row in rows)
            {
                _context.Output.WriteLine("  " + string.Join("  ", row.Take(4).Select((cell, i) => cell.PadRight(widths[i]))) + "  " + row[4]);
            }

            _context.Output.WriteLine();
        }
    }

    public override async Task<T> WithStatusAsync<T>(string initialStatus, Func<Action<string>, Task<T>> work)
    {
        var started = _context.TimeProvider.GetTimestamp();
        string Elapsed() => Formats.Elapsed(_context.TimeProvider.GetElapsedTime(started));

        if (!_context.Interactive)
        {
            // Plain lines, one per change, so logs of CI runs stay readable.
            string? last = null;
            void Report(string status)
            {
                if (status != last)
                {
                    last = status;
                    _context.Error.WriteLine($"{status} ({Elapsed()})");
                }
            }

            Report(initialStatus);
            return await work(Report);
        }

        var current = initialStatus;
        return await _error.Status().Spinner(Spinner.Known.Dots).StartAsync(Markup.Escape(initialStatus), async status =>
        {
            var task = work(text => Volatile.Write(ref current, text));
            while (!task.IsCompleted)
            {
                status.Status(Markup.Escape($"{Volatile.Read(ref current)} · {Elapsed()} elapsed"));
                await Task.WhenAny(task, Task.Delay(TimeSpan.FromMilliseconds(250), _context.TimeProvider));
            }

            return await task;
        });
    }

    public override async Task<T> WithTransfersAsync<T>(IReadOnlyList<TransferMeter> transfers, Func<Task<T>> work)
    {
        if (transfers.Count == 0)
        {
            return await work();
        }

        if (!_context.Interactive)
        {
            foreach (var transfer in transfers)
            {
                _context.Error.WriteLine(transfer.Total is { } total ? $"{transfer.Label} ({Formats.Bytes(total)})" : transfer.Label);
            }

            return await work();
        }

        return await _error.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DownloadedColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var tasks = transfers.Select(t => (Meter: t, Task: progress.AddTask(Markup.Escape(t.Label), maxValue: t.Total ?? 1))).ToList();
                var running = work();
                while (true)
                {
                    foreach (var (meter, task) in tasks)
                    {
                        if (meter.Total is { } total)
                        {
                            task.MaxValue = Math.Max(total, 1);
                        }
                        else
                        {
                            task.IsIndeterminate = true;
                        }

                        task.Value = meter.Transferred;
                    }

                    if (running.IsCompleted)
                    {
                        break;
                    }

                    await Task.WhenAny(running, Task.Delay(TimeSpan.FromMilliseconds(100), _context.TimeProvider));
                }

                return await running;
            });
    }

    /// <summary>
    /// One line of an error on stderr. A terminal gets colour; anything else (a file, a pipe, a CI log) gets the
    /// plain line exactly as is: Spectre.Console wraps at its width, which is 80 columns when it cannot ask a
    /// terminal, and a wrapped message breaks every tool that reads the log line by line.
    /// </summary>
    private void ErrorLine(string color, string label, string text, bool colorText = false)
    {
        if (!_context.Interactive)
        {
            _context.Error.WriteLine(label + text);
        }
        else if (colorText)
        {
            _error.MarkupLine($"{Markup.Escape(label)}[{color}]{Markup.Escape(text)}[/]");
        }
        else
        {
            _error.MarkupLine($"[{color}]{Markup.Escape(label.TrimEnd())}[/] {Markup.Escape(text)}");
        }
    }

    private static void WriteFields(TextWriter writer, IReadOnlyList<(string Name, string? Value)> fields)
    {
        var width = fields.Max(f => f.Name.Length) + 2;
        foreach (var (name, value) in fields)
        {
            if (value is not null)
            {
                writer.WriteLine((name + ":").PadRight(width) + value);
            }
        }
    }
}
