using System.Security.Cryptography;
using System.Text;

namespace LipSync.Sdk.Testing;

/// <summary>A provider's signing scheme: the headers that carry a delivery's signature, event and id.</summary>
/// <param name="Body">The raw body.</param>
/// <param name="SentAt">The signing time (the emulator's clock).</param>
/// <param name="EventId">The delivery's id.</param>
/// <param name="Secret">The secret.</param>
internal delegate IEnumerable<KeyValuePair<string, string>> WebhookSigner(byte[] Body, DateTimeOffset SentAt, string EventId, string Secret);

/// <summary>
/// Sends an emulator's webhooks: after the configured delay on the emulator's clock, POSTs the signed body, applying
/// the delivery's fault (drop, duplicate redelivery, a stale event after the terminal one). Every request is recorded.
/// Deliveries run in the background; <see cref="DisposeAsync"/> cancels those still pending.
/// </summary>
internal sealed class WebhookSender(WebhookDeliveryOptions options, TimeProvider time, WebhookSigner sign) : IAsyncDisposable
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _lock = new();
    private readonly List<WebhookDelivery> _deliveries = [];
    private readonly List<Task> _pending = [];

    public IReadOnlyList<WebhookDelivery> Deliveries
    {
        get { lock (_lock) { return _deliveries.ToArray(); } }
    }

    /// <summary>
    /// Queues the delivery of a job's terminal event and, for out-of-order faults, its stale predecessor after it (none
    /// when the provider sends only terminal events, as HeyGen does).
    /// </summary>
    public void Send(string jobId, Uri? requestUrl, string eventId, byte[] body, string? staleEventId = null, byte[]? staleBody = null)
    {
        if ((requestUrl ?? options.Url) is not { } url)
        {
            return;
        }

        var fault = options.TakeFault();
        var task = DeliverAsync(jobId, url, fault, eventId, body, staleEventId, staleBody, options.Delay, options.Secret);
        lock (_lock)
        {
            _pending.RemoveAll(t => t.IsCompleted);
            _pending.Add(task);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        Task[] pending;
        lock (_lock)
        {
            pending = [.. _pending];
        }

        await Task.WhenAll(pending).ConfigureAwait(false);
        _stopping.Dispose();
    }

    public static string HmacHex(string secret, string prefix, byte[] body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.UTF8.GetBytes(prefix));
        hmac.AppendData(body);
        return Convert.ToHexStringLower(hmac.GetHashAndReset());
    }

    private async Task DeliverAsync(
        string jobId, Uri url, WebhookFault fault, string eventId, byte[] body, string? staleEventId, byte[]? staleBody, TimeSpan delay, string secret)
    {
        try
        {
            // Leave the create's or poll's response first; then wait the configured delay on the emulator's clock.
            await Task.Yield();
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, time, _stopping.Token).ConfigureAwait(false);
            }

            if (fault == WebhookFault.Drop)
            {
                Record(new WebhookDelivery(jobId, eventId, url, fault, IsStale: false, StatusCode: null));
                return;
            }

            await PostAsync(jobId, url, fault, eventId, body, secret, isStale: false).ConfigureAwait(false);
            if (fault == WebhookFault.Duplicate)
            {
                await PostAsync(jobId, url, fault, eventId, body, secret, isStale: false).ConfigureAwait(false);
            }
            else if (fault == WebhookFault.OutOfOrder && staleEventId is not null && staleBody is not null)
            {
                await PostAsync(jobId, url, fault, staleEventId, staleBody, secret, isStale: true).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // The emulator is stopping.
        }
    }

    private async Task PostAsync(string jobId, Uri url, WebhookFault fault, string eventId, byte[] body, string secret, bool isStale)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        foreach (var (name, value) in sign(body, time.GetUtcNow(), eventId, secret))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        int? status = null;
        try
        {
            using var response = await Http.SendAsync(request, _stopping.Token).ConfigureAwait(false);
            status = (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            // Receiver down: recorded without a status, like a provider's failed attempt.
        }

        Record(new WebhookDelivery(jobId, eventId, url, fault, isStale, status));
    }

    private void Record(WebhookDelivery delivery)
    {
        lock (_lock)
        {
            _deliveries.Add(delivery);
        }
    }
}
