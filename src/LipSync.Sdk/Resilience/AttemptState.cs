namespace LipSync.Sdk;

/// <summary>Per-call state shared by the retry strategy and the attempts of one logical call.</summary>
internal sealed class AttemptState
{
    public static readonly Polly.ResiliencePropertyKey<AttemptState> Key = new("LipSync.AttemptState");

    public AttemptState(ApiRequest request, long startedAt)
    {
        Request = request;
        StartedAt = startedAt;
    }

    public ApiRequest Request { get; }

    public long StartedAt { get; }

    public int Attempts { get; set; }

    /// <summary>The delay chosen by the retry decision, handed to Polly's delay generator.</summary>
    public TimeSpan? NextDelay { get; set; }
}
