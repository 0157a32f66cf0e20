namespace LipSync.Sdk.Testing;

/// <summary>Settings for <see cref="SyncEmulator.StartAsync"/>.</summary>
public sealed partial class SyncEmulatorOptions : LoopbackEmulatorOptions
{
    /// <summary>Creates options with <see cref="LoopbackEmulatorOptions.ApiKey"/> set to <see cref="SyncEmulator.DefaultApiKey"/>.</summary>
    public SyncEmulatorOptions()
    {
        ApiKey = SyncEmulator.DefaultApiKey;
    }

    /// <summary>The initial <see cref="SyncEmulator.PollsUntilProcessing"/> (default 1).</summary>
    public int PollsUntilProcessing { get; set; } = 1;

    /// <summary>The initial <see cref="SyncEmulator.PollsUntilCompleted"/> (default 2).</summary>
    public int PollsUntilCompleted { get; set; } = 2;

    /// <summary>The <c>outputDuration</c> (seconds) of completed generations (default 4.2).</summary>
    public double OutputDurationSeconds { get; set; } = 4.2;

    /// <summary>The initial <see cref="SyncEmulator.HoldLongPolls"/> (default <see langword="false"/>).</summary>
    public bool HoldLongPolls { get; set; }

    /// <summary>The <c>estimatedFrameCount</c> returned by <c>POST /v2/analyze/cost</c> (default 250).</summary>
    public int EstimatedFrameCount { get; set; } = 250;

    /// <summary>The <c>estimatedGenerationCost</c> in USD returned by <c>POST /v2/analyze/cost</c> (default 0.5).</summary>
    public double EstimatedGenerationCost { get; set; } = 0.5;

    /// <summary>The size in bytes of the fake MP4 served at <c>/outputs/{id}.mp4</c> (default 4096, minimum 40).</summary>
    public int OutputVideoLength { get; set; } = 4096;
}
