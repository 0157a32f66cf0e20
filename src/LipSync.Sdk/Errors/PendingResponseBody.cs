using System.Text;

namespace LipSync.Sdk;

/// <summary>
/// The kept start of an error body as bytes, turned into redacted text only if someone reads
/// <see cref="LipSyncException.ResponseBody"/>: half the memory of a string, and no decoding on the hot error path.
/// </summary>
internal sealed class PendingResponseBody(byte[] utf8, SecretRedactor redactor)
{
    public string Decode() => redactor.Redact(Encoding.UTF8.GetString(utf8));
}
