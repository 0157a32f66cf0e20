namespace LipSync.Cli.Output;

/// <summary>The bytes moved so far by one upload or download, read by the progress display.</summary>
internal sealed class TransferMeter(string label, long? total)
{
    private long _transferred;

    public string Label { get; } = label;

    public long? Total { get; set; } = total;

    public long Transferred => Interlocked.Read(ref _transferred);

    public void Set(long transferred) => Interlocked.Exchange(ref _transferred, transferred);
}
