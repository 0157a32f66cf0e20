namespace LipSync.Sdk.Testing;

/// <summary>What goes wrong with one webhook delivery sent by an emulator.</summary>
public enum WebhookFault
{
    /// <summary>Delivered once, as sent.</summary>
    None,

    /// <summary>Never delivered (receivers must fall back to polling).</summary>
    Drop,

    /// <summary>Delivered twice with the same event id (a redelivery receivers must drop).</summary>
    Duplicate,

    /// <summary>
    /// Delivered, then followed by a stale earlier event of the same job (for Sync and HeyGen a <c>PROCESSING</c>
    /// notice, for AudioSpliter a <c>job.progress</c>) that arrives after the terminal one.
    /// </summary>
    OutOfOrder,
}
