namespace LipSync.Sdk.Testing;

/// <summary>Settings for <see cref="BreezeEmulator.StartAsync"/>.</summary>
public sealed class BreezeEmulatorOptions : LoopbackEmulatorOptions
{
    /// <summary>Creates options with <see cref="LoopbackEmulatorOptions.ApiKey"/> set to <see cref="BreezeEmulator.DefaultApiKey"/>.</summary>
    public BreezeEmulatorOptions()
    {
        ApiKey = BreezeEmulator.DefaultApiKey;
    }

    /// <summary>How many reads of a job (status or audio) finish it (default 2).</summary>
    public int PollsUntilReady { get; set; } = 2;

    /// <summary>The Retry-After (seconds) sent with <c>425 GENERATION_NOT_READY</c> (default 1).</summary>
    public int NotReadyRetryAfterSeconds { get; set; } = 1;

    /// <summary>The size in bytes of the fake audio of each job (default 64 KiB).</summary>
    public int AudioLength { get; set; } = 64 * 1024;

    /// <summary>
    /// The longest text accepted (default 1,000 characters, the cap third parties observed: 1,001 → 422
    /// <c>VALIDATION_ERROR</c>; Breeze does not document one).
    /// </summary>
    public int MaxTextLength { get; set; } = 1000;

    /// <summary>How many premade voices the emulator lists (default 5; ids <c>voice-000</c>…).</summary>
    public int VoiceCount { get; set; } = 5;
}
