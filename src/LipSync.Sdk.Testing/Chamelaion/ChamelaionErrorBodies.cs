using System.Text.Json.Nodes;

namespace LipSync.Sdk.Testing;

/// <summary>
/// Chamelaion's error bodies, <c>{"error": "message"}</c>, and the literal messages of its error-handling guide and
/// API reference, ready for <see cref="Fault.Respond"/>.
/// </summary>
/// <example>
/// <code>
/// emulator.Faults.Enqueue("POST", "/api/v1/lipsync/generate", Fault.Respond(412, ChamelaionErrorBodies.Create(ChamelaionErrorBodies.TokenLimitReached)));
/// </code>
/// </example>
public static class ChamelaionErrorBodies
{
    /// <summary>400: the JSON is malformed or does not match the schema.</summary>
    public const string InvalidRequestBody = "invalid request body";

    /// <summary>400: <c>/generate</c> without a JSON content type.</summary>
    public const string ContentTypeMustBeJson = "content-type must be application/json";

    /// <summary>400: <c>inputs</c> does not hold exactly one video.</summary>
    public const string ExpectedOneVideoInput = "expected exactly one video input";

    /// <summary>400: <c>inputs</c> does not hold exactly one audio.</summary>
    public const string ExpectedOneAudioInput = "expected exactly one audio input";

    /// <summary>400: an input's <c>type</c> is neither video nor audio.</summary>
    public const string InputTypeInvalid = "input type must be \"video\" or \"audio\"";

    /// <summary>400: <c>/generate-with-media</c> without a multipart content type.</summary>
    public const string ContentTypeMustBeMultipart = "content-type must be multipart/form-data";

    /// <summary>400: no <c>video</c> file part.</summary>
    public const string VideoFileRequired = "video file is required";

    /// <summary>400: no <c>audio</c> file part.</summary>
    public const string AudioFileRequired = "audio file is required";

    /// <summary>400: a <c>model</c> part other than <c>lipsync-2</c>.</summary>
    public const string ModelMustBeLipsync2 = "model must be \"lipsync-2\"";

    /// <summary>401: neither <c>Authorization</c> nor <c>x-api-key</c>.</summary>
    public const string MissingAuthorizationHeader = "missing authorization header";

    /// <summary>401: <c>Authorization</c> without the <c>Bearer </c> scheme.</summary>
    public const string InvalidAuthorizationFormat = "invalid authorization format";

    /// <summary>401: an empty token.</summary>
    public const string MissingToken = "missing token";

    /// <summary>401: a wrong, expired or revoked token.</summary>
    public const string InvalidToken = "invalid token";

    /// <summary>401: the API reference's generic message.</summary>
    public const string Unauthorized = "unauthorized";

    /// <summary>404: no job with that request id or reference id.</summary>
    public const string RequestNotFound = "lipsync request not found";

    /// <summary>412: the plan's quota is used up.</summary>
    public const string TokenLimitReached = "token limit reached";

    /// <summary>429: more than the rate limit on the generation endpoints.</summary>
    public const string RateLimitExceeded = "rate limit exceeded";

    /// <summary>500: a server error.</summary>
    public const string InternalError = "internal error";

    /// <summary>The <c>error_message</c> of a job whose video could not be downloaded (docs example).</summary>
    public const string VideoUrlNotAccessible = "video URL is not accessible";

    /// <summary>Builds <c>{"error": message}</c>.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The JSON text.</returns>
    public static string Create(string message) => CreateNode(message).ToJsonString();

    internal static JsonObject CreateNode(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new JsonObject { ["error"] = message };
    }
}
