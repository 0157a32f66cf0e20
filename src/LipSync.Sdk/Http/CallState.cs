using System.Diagnostics;
using System.Text.Json.Serialization.Metadata;

namespace LipSync.Sdk;

/// <summary>
/// The state of one logical API call, shared by every layer of the handler chain and every attempt: what the call is
/// (operation, safety, whether its body can be rebuilt), when it started (the total budget), how many requests went on
/// the wire, and the classified failure of the last attempt. Created by the native client (passed to Refit as a request
/// property) or by <see cref="CallHandler"/> for a request that came without one.
/// </summary>
internal sealed class CallState
{
    /// <summary>The request option that carries the state down the handler chain (Refit's <c>[Property]</c> name).</summary>
    public const string PropertyName = "LipSync.Call";

    public static readonly HttpRequestOptionsKey<CallState> Key = new(PropertyName);

    public CallState(string operation, RequestSafety safety)
    {
        Operation = operation;
        Safety = safety;
    }

    /// <summary>A short name for logs and traces, such as "CreateGeneration".</summary>
    public string Operation { get; }

    public RequestSafety Safety { get; }

    /// <summary>False when a failed attempt must not be sent again whatever the failure (its body cannot be rebuilt).</summary>
    public bool CanRetry { get; init; } = true;

    /// <summary>A media upload or download: the API call timeouts do not apply (the caller's token does) and the body is streamed.</summary>
    public bool IsBulkTransfer { get; init; }

    /// <summary>Whether a 3xx answer with a <c>Location</c> is handed back as a success (to read the location).</summary>
    public bool AcceptsRedirect { get; init; }

    /// <summary>
    /// Whether a 2xx body is read inside the attempt (bounded, so a cut body is retried and the attempt timeout covers it).
    /// False for bodies the caller streams: media, result files.
    /// </summary>
    public bool BuffersSuccessBody { get; init; } = true;

    /// <summary>
    /// The documented JSON of a 2xx answer. When set, the body is parsed inside the attempt (once: the result rides on the
    /// response's content to Refit), so a 2xx whose body is not that JSON is retried like other server trouble.
    /// </summary>
    public JsonTypeInfo? ResponseType { get; init; }

    /// <summary>A check of the parsed 2xx value inside the attempt: the problem with it, or null when it is the documented answer.</summary>
    public Func<object, string?>? ResponseCheck { get; init; }

    /// <summary>The HTTP status of the last answer.</summary>
    public int? StatusCode { get; set; }

    /// <summary>Builds the body again for attempts after the first (multipart uploads that reopen their sources).</summary>
    public Func<HttpContent>? ContentFactory { get; init; }

    /// <summary>
    /// The call this one is made for, from inside its handler chain (a provider's call strategy looking a create up
    /// before sending it again): this call spends that call's total budget instead of starting its own.
    /// </summary>
    public CallState? Parent { get; init; }

    /// <summary>When the call started (<see cref="TimeProvider.GetTimestamp"/>), for the total budget; a <see cref="Parent"/>'s start when there is one.</summary>
    public long StartedAt { get; set; }

    /// <summary>Requests put on the wire for this call.</summary>
    public int Attempts { get; set; }

    /// <summary>The delay the retry decision chose, handed to Polly's delay generator.</summary>
    public TimeSpan? NextDelay { get; set; }

    /// <summary>The classified failure of the last attempt when it got an answer (an HTTP error, an error hidden in a 2xx body).</summary>
    public LipSyncException? Failure { get; set; }

    /// <summary>The call's span, when someone listens.</summary>
    public Activity? Activity { get; set; }

    /// <summary>What is left of the total budget (negative once spent), or null when there is no total timeout.</summary>
    public TimeSpan? RemainingBudget(TimeSpan? totalTimeout, TimeProvider time) =>
        totalTimeout is { } total ? total - time.GetElapsedTime(StartedAt) : null;

    public static CallState Read(HttpRequestMessage request) =>
        request.Options.TryGetValue(Key, out var state) ? state : throw new InvalidOperationException("The request has no LipSync call state.");
}
