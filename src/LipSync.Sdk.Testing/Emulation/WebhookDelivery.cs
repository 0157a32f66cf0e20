namespace LipSync.Sdk.Testing;

/// <summary>One webhook request an emulator sent (or dropped).</summary>
/// <param name="JobId">The job the event is about.</param>
/// <param name="EventId">The event's id (the same for a duplicate redelivery).</param>
/// <param name="Url">Where it went.</param>
/// <param name="Fault">The fault applied to the event.</param>
/// <param name="IsStale">Whether this is the stale event of an <see cref="WebhookFault.OutOfOrder"/> delivery.</param>
/// <param name="StatusCode">The receiver's answer; null when dropped or the receiver could not be reached.</param>
public sealed record WebhookDelivery(string JobId, string EventId, Uri Url, WebhookFault Fault, bool IsStale, int? StatusCode);
