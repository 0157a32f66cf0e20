using System.Text;
using static LipSync.Sdk.LipSyncErrorKind;

namespace LipSync.Sdk.Providers.Chamelaion;

/// <summary>
/// Every error Chamelaion documents, as data. Chamelaion's error bodies are <c>{"error": "message"}</c> with no code
/// field, so each row is keyed by its HTTP status and its literal message (error-handling guide and API reference).
/// </summary>
/// <remarks>
/// <para>
/// <b>Codes.</b> Because Chamelaion sends no code, each row's <see cref="ErrorCatalogEntry.Code"/> (and so
/// <see cref="LipSyncException.ErrorCode"/>) is a stable slug the SDK derives from the documented message: lower case,
/// every run of characters other than letters and digits replaced by one <c>_</c>, e.g. <c>token limit reached</c> →
/// <c>token_limit_reached</c>, <c>model must be "lipsync-2"</c> → <c>model_must_be_lipsync_2</c> (see
/// <see cref="CodeFor"/>). The slug is derived from the documented text, never from the received one, so it stays the
/// same when Chamelaion adds details to a message.
/// </para>
/// <para>
/// <b>Matching</b> (<see cref="Match"/>): a response matches a row when its status equals the row's status and its
/// message equals the row's message ignoring case and surrounding white space and a trailing period, or starts with
/// the row's message followed by <c>:</c> (the Go-style "message: detail" wrapping a server may add, e.g.
/// <c>invalid request body: unexpected EOF</c>). Substring matching is not used: short messages such as
/// <c>unauthorized</c> or <c>missing token</c> would then match unrelated text. The status is part of the key because
/// the notes say Chamelaion's status alone classifies an error and these generic strings are also sent by proxies
/// under other statuses; a known message under another status falls back to that status. An unknown message falls
/// back to the status as Chamelaion documents it (<see cref="ChamelaionErrorProfile"/>: 412 means the token limit).
/// </para>
/// <para>
/// Rows without a status are failure messages of jobs (<c>error_message</c> of a <c>failed</c> job); job failures
/// are matched on the message alone, against every row.
/// </para>
/// </remarks>
public static class ChamelaionErrorCatalog
{
    /// <summary>The provider name used in exceptions and <see cref="LipSyncErrors.FromResponse"/>.</summary>
    public const string ProviderName = "chamelaion";

    /// <summary>The catalogue rows, in the order of the error-handling guide.</summary>
    public static ErrorCatalog Catalog { get; } = new(ProviderName,
    [
        // 400, POST /v1/lipsync/generate (URL-based generation).
        Row(400, "invalid request body", InvalidRequest), // JSON is malformed or doesn't match the schema.
        Row(400, "content-type must be application/json", InvalidRequest), // Missing or wrong Content-Type header.
        Row(400, "expected exactly one video input", InvalidRequest), // inputs doesn't contain exactly one video item.
        Row(400, "expected exactly one audio input", InvalidRequest), // inputs doesn't contain exactly one audio item.
        Row(400, "input type must be \"video\" or \"audio\"", InvalidRequest), // An input has an unrecognized type value.

        // 400, POST /v1/lipsync/generate-with-media (file upload). A missing file is missing media.
        Row(400, "content-type must be multipart/form-data", InvalidRequest), // Wrong content type: must be multipart/form-data.
        Row(400, "video file is required", InvalidMedia), // No video field in the form data.
        Row(400, "audio file is required", InvalidMedia), // No audio field in the form data.
        Row(400, "model must be \"lipsync-2\"", InvalidRequest), // Invalid model name specified.

        // 401: "unauthorized" is listed by the API reference only, the others by the guide too.
        Row(401, "missing authorization header", Authentication), // Add Authorization: Bearer <key> or x-api-key.
        Row(401, "invalid authorization format", Authentication), // Use the Bearer <key> format (note the space after Bearer).
        Row(401, "missing token", Authentication), // The token value is empty.
        Row(401, "invalid token", Authentication), // The token is expired, revoked, or incorrect.
        Row(401, "unauthorized", Authentication), // Authentication failed.

        Row(404, "lipsync request not found", NotFound), // No lip-sync job has this request id or reference id.

        // 412 is Chamelaion's plan quota ("Token limit reached — upgrade your plan"): waiting does not help.
        Row(412, "token limit reached", QuotaExceeded), // The account's generation quota is exhausted; upgrade the plan.

        Row(429, "rate limit exceeded", RateLimited), // More than 60 requests per minute on the generation endpoints.
        Row(500, "internal error", ServerError), // Something went wrong on Chamelaion's side.

        // error_message of failed jobs (job example and troubleshooting of the guides).
        Row(null, "video URL is not accessible", InvalidMedia), // Chamelaion could not download the video: make the URL public, unexpired and not geo-blocked.

        // [INFERENCE] the audio counterpart of the documented video message; not seen in the docs.
        Row(null, "audio URL is not accessible", InvalidMedia), // Chamelaion could not download the audio: make the URL public, unexpired and not geo-blocked.
    ]);

    /// <summary>
    /// The stable code the SDK uses for a documented message: lower case, runs of other characters than letters and
    /// digits replaced by <c>_</c>, without leading or trailing <c>_</c>.
    /// </summary>
    /// <param name="message">The documented message, e.g. <c>token limit reached</c>.</param>
    /// <returns>The code, e.g. <c>token_limit_reached</c>.</returns>
    internal static string CodeFor(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var code = new StringBuilder(message.Length);
        foreach (var c in message.Trim())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                code.Append(char.ToLowerInvariant(c));
            }
            else if (code.Length > 0 && code[^1] != '_')
            {
                code.Append('_');
            }
        }

        return code.ToString().TrimEnd('_');
    }

    /// <summary>Finds the row of an HTTP error by its status and message (see the remarks for the rule).</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="message">The <c>error</c> field of the body.</param>
    /// <returns>The row, or null when the status and message are not documented together.</returns>
    internal static ErrorCatalogEntry? Match(int statusCode, string? message) =>
        message is null ? null
        : Catalog.Entries.FirstOrDefault(row => row.Status == statusCode && MessageMatches(row.Message, message))

            // The troubleshooting guide quotes "video URL is not accessible" without a status: such rows match any error
            // status, so a 400 carrying it is InvalidMedia rather than a generic bad request.
            ?? (statusCode >= 400 ? Catalog.Entries.FirstOrDefault(row => row.Status is null && MessageMatches(row.Message, message)) : null);

    /// <summary>Finds the row of a failed job's <c>error_message</c>, by message alone.</summary>
    /// <param name="errorMessage">The job's <c>error_message</c>.</param>
    /// <returns>The row, or null when the message is not documented.</returns>
    internal static ErrorCatalogEntry? MatchJobFailure(string? errorMessage) =>
        errorMessage is null ? null : Catalog.Entries.FirstOrDefault(row => MessageMatches(row.Message, errorMessage));

    internal static bool MessageMatches(string documented, string received)
    {
        var text = received.AsSpan().Trim();
        if (text.EndsWith(".", StringComparison.Ordinal))
        {
            text = text[..^1].TrimEnd();
        }

        return text.Equals(documented, StringComparison.OrdinalIgnoreCase)
            || (text.Length > documented.Length
                && text.StartsWith(documented, StringComparison.OrdinalIgnoreCase)
                && text[documented.Length] == ':');
    }

    // The row's Message is the literal wire message (what Match compares); retryability follows the kind, as
    // Chamelaion documents retries only for 429 and 500.
    private static ErrorCatalogEntry Row(int? status, string message, LipSyncErrorKind kind) =>
        new(CodeFor(message), kind, ErrorKindRules.IsRetryableByDefault(kind), status, message);
}
