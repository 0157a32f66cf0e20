namespace LipSync.Sdk.Testing;

/// <summary>Settings for <see cref="ChamelaionEmulator.StartAsync"/>.</summary>
public sealed class ChamelaionEmulatorOptions : LoopbackEmulatorOptions
{
    /// <summary>Creates options with <see cref="LoopbackEmulatorOptions.ApiKey"/> set to <see cref="ChamelaionEmulator.DefaultApiKey"/>.</summary>
    public ChamelaionEmulatorOptions()
    {
        ApiKey = ChamelaionEmulator.DefaultApiKey;
    }

    /// <summary>The initial <see cref="ChamelaionEmulator.PollsUntilProcessing"/> (default 1).</summary>
    public int PollsUntilProcessing { get; set; } = 1;

    /// <summary>The initial <see cref="ChamelaionEmulator.PollsUntilCompleted"/> (default 2).</summary>
    public int PollsUntilCompleted { get; set; } = 2;

    /// <summary>The initial <see cref="ChamelaionEmulator.GenerationRateLimit"/> (default null: no limit).</summary>
    public int? GenerationRateLimit { get; set; }

    /// <summary>The initial <see cref="ChamelaionEmulator.TokenLimit"/> (default null: no limit).</summary>
    public int? TokenLimit { get; set; }

    /// <summary>The page size of <c>GET /v1/lipsync/requests</c> when no <c>limit</c> is given (default 20, as in the docs' example).</summary>
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>The largest page the list endpoint returns; a larger <c>limit</c> is capped to it (default 100).</summary>
    public int MaxPageSize { get; set; } = 100;
}
