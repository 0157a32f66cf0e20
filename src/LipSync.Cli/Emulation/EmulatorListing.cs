namespace LipSync.Cli.Emulation;

/// <summary>What <c>lipsync emulate</c> prints once its emulator listens: everything a client needs to reach it.</summary>
/// <param name="Provider">The provider name.</param>
/// <param name="BaseUrl">The base address to give the SDK (<c>BaseAddress</c>) or the CLI (<c>--base-url</c>).</param>
/// <param name="ApiKey">The emulator's test key (not a real credential).</param>
/// <param name="ApiKeyVariable">The provider's API key variable, e.g. <c>SYNC_API_KEY</c>.</param>
/// <param name="BaseUrlVariable">The CLI's base-URL variable, e.g. <c>LIPSYNC_SYNC_BASE_URL</c>.</param>
internal sealed record EmulatorListing(string Provider, Uri BaseUrl, string ApiKey, string ApiKeyVariable, string BaseUrlVariable);
