using System.Text;

namespace LipSync.Sdk.Tests.Reliability;

/// <summary>
/// A seeded generator of hostile error responses: random bytes, mutated real bodies, wrong types, deep nesting,
/// truncations, odd encodings and odd headers. The same seed gives the same cases, so a failure is reproducible.
/// </summary>
internal sealed class ErrorBodyFuzzer(int seed)
{
    private static readonly string[] Statuses = ["400", "401", "403", "404", "408", "409", "412", "413", "422", "425", "429", "500", "502", "503", "504"];

    private static readonly string[] Fragments =
    [
        "{", "}", "[", "]", ",", ":", "\"", "null", "true", "false", "-0", "1e309", "NaN", "\"\\u0000\"", "\"\\ud800\"",
        "\"code\"", "\"errorCode\"", "\"error_code\"", "\"message\"", "\"error\"", "\"data\"", "\"detail\"", "\"details\"",
        "\"retryAfter\"", "\"retryAfterSeconds\"", "\"ok\"", "\"status\"", "\"fields\"", "400140", "\"rate_limit_exceeded\"",
        "<html>", "</html>", "\u00ff", "\ufeff", "\r\n", " ", "\t", "//", "/*", "\"\\\"", "99999999999999999999999999",
    ];

    private readonly Random _random = new(seed);

    public (int Status, string? Body, List<KeyValuePair<string, IEnumerable<string>>> Headers) Next(IReadOnlyList<string> seedBodies)
    {
        var status = _random.Next(10) == 0 ? _random.Next(0, 1000) : int.Parse(Statuses[_random.Next(Statuses.Length)], System.Globalization.CultureInfo.InvariantCulture);
        var body = _random.Next(7) switch
        {
            0 => null,
            6 when _random.Next(20) == 0 => Huge(seedBodies[_random.Next(seedBodies.Count)]),
            1 => RandomText(_random.Next(0, 300)),
            2 => Fragmented(_random.Next(1, 60)),
            3 => Mutate(seedBodies[_random.Next(seedBodies.Count)]),
            4 => Truncate(seedBodies[_random.Next(seedBodies.Count)]),
            _ => Nested(_random.Next(1, 200)),
        };
        return (status, body, Headers());
    }

    private List<KeyValuePair<string, IEnumerable<string>>> Headers()
    {
        var headers = new List<KeyValuePair<string, IEnumerable<string>>>();
        var count = _random.Next(0, 4);
        for (var i = 0; i < count; i++)
        {
            var name = _random.Next(5) switch
            {
                0 => "Retry-After",
                1 => "retry-after-ms",
                2 => "x-request-id",
                3 => "X-RateLimit-Reset",
                _ => RandomText(_random.Next(1, 12)),
            };
            var value = _random.Next(6) switch
            {
                0 => _random.Next(-100, 100_000).ToString(System.Globalization.CultureInfo.InvariantCulture),
                1 => DateTimeOffset.UtcNow.AddSeconds(_random.Next(-1000, 1000)).ToString("r", System.Globalization.CultureInfo.InvariantCulture),
                2 => (_random.NextDouble() * 1e12).ToString(System.Globalization.CultureInfo.InvariantCulture),
                3 => string.Empty,
                _ => RandomText(_random.Next(0, 40)),
            };
            headers.Add(new(name, _random.Next(8) == 0 ? [] : [value]));
        }

        return headers;
    }

    private string RandomText(int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append((char)_random.Next(0, _random.Next(2) == 0 ? 128 : 0xFFFF));
        }

        return text.ToString();
    }

    private string Fragmented(int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(Fragments[_random.Next(Fragments.Length)]);
        }

        return text.ToString();
    }

    private string Mutate(string body)
    {
        var chars = body.ToCharArray();
        var edits = _random.Next(1, 6);
        for (var i = 0; i < edits && chars.Length > 0; i++)
        {
            chars[_random.Next(chars.Length)] = Fragments[_random.Next(Fragments.Length)][0];
        }

        return new string(chars);
    }

    // Megabytes of repeated (possibly mutated) body: the classifier must stay bounded (it reads 64 KiB at most).
    private string Huge(string body)
    {
        var text = new StringBuilder();
        var target = _random.Next(256 * 1024, 3 * 1024 * 1024);
        while (text.Length < target)
        {
            text.Append(_random.Next(4) == 0 ? Mutate(body) : body);
        }

        return text.ToString();
    }

    private string Truncate(string body) => body[.._random.Next(0, body.Length + 1)];

    private string Nested(int depth)
    {
        var open = _random.Next(2) == 0 ? "{\"error\":" : "[";
        var close = open == "[" ? "]" : "}";
        return string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, _random.Next(0, depth + 1)));
    }
}
