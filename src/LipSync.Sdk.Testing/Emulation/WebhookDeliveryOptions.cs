namespace LipSync.Sdk.Testing;

/// <summary>
/// Where and how an emulator sends signed webhooks when a job ends, with faults. Thread-safe; change it at any time.
/// </summary>
public sealed class WebhookDeliveryOptions
{
    private readonly Lock _lock = new();
    private readonly Queue<WebhookFault> _nextFaults = new();
    private Uri? _url;
    private string _secret = "whsec_emulator_secret";
    private TimeSpan _delay;
    private WebhookFault _fault;

    /// <summary>Where deliveries go when the job's request names no URL of its own; null sends nothing for such jobs.</summary>
    public Uri? Url
    {
        get { lock (_lock) { return _url; } }
        set { lock (_lock) { _url = value; } }
    }

    /// <summary>The signing secret (used as UTF-8 bytes, as the providers do). Default <c>whsec_emulator_secret</c>.</summary>
    public string Secret
    {
        get { lock (_lock) { return _secret; } }
        set { lock (_lock) { _secret = value ?? throw new ArgumentNullException(nameof(value)); } }
    }

    /// <summary>How long after the job ends each delivery is sent, on the emulator's clock. Default zero.</summary>
    public TimeSpan Delay
    {
        get { lock (_lock) { return _delay; } }
        set { lock (_lock) { _delay = value; } }
    }

    /// <summary>The fault applied to every delivery without a queued one (<see cref="EnqueueFault"/>). Default none.</summary>
    public WebhookFault Fault
    {
        get { lock (_lock) { return _fault; } }
        set { lock (_lock) { _fault = value; } }
    }

    /// <summary>Queues a fault for the next job's delivery; calls queue up, one per delivery.</summary>
    /// <param name="fault">The fault.</param>
    public void EnqueueFault(WebhookFault fault)
    {
        lock (_lock)
        {
            _nextFaults.Enqueue(fault);
        }
    }

    internal WebhookFault TakeFault()
    {
        lock (_lock)
        {
            return _nextFaults.TryDequeue(out var fault) ? fault : _fault;
        }
    }
}
