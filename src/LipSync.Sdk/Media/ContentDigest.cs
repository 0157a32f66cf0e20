using System.Security.Cryptography;

namespace LipSync.Sdk;

/// <summary>
/// A checksum of the whole result announced by the server, checked against the bytes actually written (across every
/// resume). Only digests of the whole representation count: <c>Repr-Digest</c> (RFC 9530) and GCS's
/// <c>x-goog-hash</c> hold on ranged answers too; <c>Content-MD5</c> describes one response body, so it counts only
/// on a complete 200.
/// </summary>
internal sealed class ContentDigest : IDisposable
{
    // (header, the member holding the digest, its algorithm, whether it describes only the body it came with)
    private static readonly (string Header, string Member, HashAlgorithmName Algorithm, bool BodyOnly)[] Rules =
    [
        ("Repr-Digest", "sha-256", HashAlgorithmName.SHA256, false),
        ("Repr-Digest", "sha-512", HashAlgorithmName.SHA512, false),
        ("x-goog-hash", "md5", HashAlgorithmName.MD5, false),
        ("Content-MD5", string.Empty, HashAlgorithmName.MD5, true),
    ];

    private readonly IncrementalHash _hash;
    private readonly byte[] _expected;

    private ContentDigest(string header, HashAlgorithmName algorithm, byte[] expected)
    {
        Header = header;
        _hash = IncrementalHash.CreateHash(algorithm);
        _expected = expected;
    }

    public string Header { get; }

    /// <summary>The first digest the response announces for the whole result, or null.</summary>
    /// <param name="response">A response that starts at byte 0.</param>
    /// <param name="isWholeBody">True for a 200 carrying the whole result.</param>
    public static ContentDigest? From(HttpResponseMessage response, bool isWholeBody)
    {
        foreach (var (header, member, algorithm, bodyOnly) in Rules)
        {
            if ((bodyOnly && !isWholeBody) || !TryGetValues(response, header, out var values))
            {
                continue;
            }

            foreach (var value in values.SelectMany(v => v.Split(',')))
            {
                if (TryDecode(value.Trim(), member, out var expected))
                {
                    return new ContentDigest(header, algorithm, expected);
                }
            }
        }

        return null;
    }

    public void Append(ReadOnlySpan<byte> bytes) => _hash.AppendData(bytes);

    public bool Matches() => CryptographicOperations.FixedTimeEquals(_hash.GetHashAndReset(), _expected);

    public void Dispose() => _hash.Dispose();

    // "sha-256=:BASE64:" (structured field), "md5=BASE64" (x-goog-hash) or a bare "BASE64" (Content-MD5).
    private static bool TryDecode(string item, string member, out byte[] digest)
    {
        digest = [];
        if (member.Length > 0)
        {
            if (!item.StartsWith(member + "=", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            item = item[(member.Length + 1)..].Trim(':');
        }

        try
        {
            digest = Convert.FromBase64String(item);
            return digest.Length > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static bool TryGetValues(HttpResponseMessage response, string header, out IEnumerable<string> values) =>
        response.Headers.TryGetValues(header, out values!) || response.Content.Headers.TryGetValues(header, out values!);
}
