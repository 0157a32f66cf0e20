using System.Globalization;
using System.Security.Cryptography;

namespace LipSync.Sdk.Testing;

// The webhook endpoints of one HeyGenEmulator, under one lock. Secrets are whsec_-prefixed as in HeyGen's docs example.
internal sealed class HeyGenWebhookEndpointStore(TimeProvider time)
{
    private readonly Lock _lock = new();
    private readonly List<Endpoint> _endpoints = [];
    private long _sequence;

    public HeyGenEmulatorWebhookEndpoint Add(string url, IReadOnlyList<string>? events, string? entityId)
    {
        lock (_lock)
        {
            var endpoint = new Endpoint
            {
                EndpointId = "ep_" + Guid.NewGuid().ToString("N"),
                Url = url,
                Events = events?.ToArray(),
                EntityId = entityId,
                Secret = NewSecret(),
                CreatedAt = time.GetUtcNow(),
                Sequence = _sequence++,
            };
            _endpoints.Add(endpoint);
            return endpoint.Snapshot();
        }
    }

    public IReadOnlyList<HeyGenEmulatorWebhookEndpoint> All()
    {
        lock (_lock)
        {
            return _endpoints.Select(e => e.Snapshot()).ToArray();
        }
    }

    // Oldest first; the token is the sequence number of the next item. Null: a token that names no endpoint.
    public (IReadOnlyList<HeyGenEmulatorWebhookEndpoint> Items, string? NextToken)? Page(int limit, string? token)
    {
        lock (_lock)
        {
            var start = 0;
            if (token is not null
                && (!long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
                    || (start = _endpoints.FindIndex(e => e.Sequence == sequence)) < 0))
            {
                return null;
            }

            var items = _endpoints.Skip(start).Take(limit).Select(e => e.Snapshot()).ToArray();
            var next = start + limit < _endpoints.Count ? _endpoints[start + limit].Sequence.ToString(CultureInfo.InvariantCulture) : null;
            return (items, next);
        }
    }

    public bool Delete(string endpointId)
    {
        lock (_lock)
        {
            return _endpoints.RemoveAll(e => e.EndpointId == endpointId) > 0;
        }
    }

    // The old secret stops working at once ("immediately invalidates the old one"). Null: no such endpoint.
    public HeyGenEmulatorWebhookEndpoint? Rotate(string endpointId)
    {
        lock (_lock)
        {
            var endpoint = _endpoints.Find(e => e.EndpointId == endpointId);
            if (endpoint is null)
            {
                return null;
            }

            endpoint.Secret = NewSecret();
            return endpoint.Snapshot();
        }
    }

    private static string NewSecret() => "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    private sealed class Endpoint
    {
        public required string EndpointId { get; init; }

        public required string Url { get; init; }

        public string[]? Events { get; init; }

        public string? EntityId { get; init; }

        public required string Secret { get; set; }

        public required DateTimeOffset CreatedAt { get; init; }

        public required long Sequence { get; init; }

        public HeyGenEmulatorWebhookEndpoint Snapshot() => new(EndpointId, Url, Events, EntityId, Secret, CreatedAt);
    }
}

/// <summary>A point-in-time copy of one webhook endpoint registered with a <see cref="HeyGenEmulator"/>.</summary>
/// <param name="EndpointId">The <c>endpoint_id</c>.</param>
/// <param name="Url">The delivery URL.</param>
/// <param name="Events">The subscribed event types; null for all.</param>
/// <param name="EntityId">The <c>entity_id</c> scope, if any.</param>
/// <param name="Secret">The current signing secret.</param>
/// <param name="CreatedAt">When it was registered.</param>
public sealed record HeyGenEmulatorWebhookEndpoint(
    string EndpointId, string Url, IReadOnlyList<string>? Events, string? EntityId, string Secret, DateTimeOffset CreatedAt)
{
    /// <summary>The id and URL; the secret is left out.</summary>
    /// <returns>A one-line summary.</returns>
    public override string ToString() => $"{nameof(HeyGenEmulatorWebhookEndpoint)} {{ EndpointId = {EndpointId}, Url = {Url} }}";
}
