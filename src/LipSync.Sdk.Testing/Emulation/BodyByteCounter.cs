namespace LipSync.Sdk.Testing;

// Counts request body bytes when bodies are not recorded (large-upload tests), shared between the counting stream
// that the handler reads and the RecordedRequest that tests inspect.
internal sealed class BodyByteCounter
{
    private long _value;

    public long Value => Interlocked.Read(ref _value);

    public void Add(int count) => Interlocked.Add(ref _value, count);
}
