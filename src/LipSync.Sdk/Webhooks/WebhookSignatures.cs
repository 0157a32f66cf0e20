using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LipSync.Sdk;

/// <summary>HMAC-SHA256 signing and constant-time comparison shared by every provider's webhook verifier.</summary>
internal static class WebhookSignatures
{
    public const int Sha256HexLength = 64;

    /// <summary>HMAC-SHA256 of <paramref name="prefix"/> followed by <paramref name="body"/>, keyed with the secret's UTF-8 bytes as-is.</summary>
    public static byte[] Compute(string secret, ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(prefix);
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }

    /// <summary>Lower-case hex of the HMAC, as the providers send it.</summary>
    public static string ComputeHex(string secret, ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> body) =>
        Convert.ToHexStringLower(Compute(secret, prefix, body));

    /// <summary>Whether <paramref name="candidateHex"/> is a well-formed SHA-256 hex digest (either case).</summary>
    public static bool IsHexDigest(string candidateHex) =>
        candidateHex.Length == Sha256HexLength && candidateHex.All(Uri.IsHexDigit);

    /// <summary>Compares in constant time (no early exit on the first differing byte, which would leak it by timing).</summary>
    public static bool Matches(ReadOnlySpan<byte> expected, string candidateHex)
    {
        if (!IsHexDigest(candidateHex))
        {
            return false;
        }

        Span<byte> candidate = stackalloc byte[Sha256HexLength / 2];
        Convert.FromHexString(candidateHex, candidate, out _, out _);
        return CryptographicOperations.FixedTimeEquals(expected, candidate);
    }

    /// <summary>The first value of a header, by case-insensitive name.</summary>
    public static string? Header(IEnumerable<KeyValuePair<string, IEnumerable<string>>>? headers, string name) =>
        headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    /// <summary>Whether a Unix-seconds timestamp lies within <paramref name="tolerance"/> of now, either side.</summary>
    public static bool IsWithin(long unixSeconds, TimeSpan tolerance, TimeProvider time)
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        return Math.Abs(now - unixSeconds) <= (long)tolerance.TotalSeconds;
    }

    public static bool TryParseUnixSeconds(string? value, out long seconds) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out seconds);

    /// <summary>The body re-serialized compactly, as <c>JSON.stringify(JSON.parse(body))</c> would write it; null when it is not JSON.</summary>
    public static byte[]? Compact(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new System.Text.Json.Utf8JsonReader(body);
            using var document = System.Text.Json.JsonDocument.ParseValue(ref reader);
            var buffer = new ArrayBufferWriter<byte>(body.Length);
            using (var writer = new System.Text.Json.Utf8JsonWriter(buffer, new System.Text.Json.JsonWriterOptions
            {
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                Indented = false,
            }))
            {
                document.WriteTo(writer);
            }

            return buffer.WrittenSpan.ToArray();
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
