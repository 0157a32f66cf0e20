namespace QuickStart;

/// <summary>
/// An <see cref="IProgress{T}"/> that reports inline, on the thread that reports. <see cref="Progress{T}"/> posts each
/// report to the thread pool (there is no synchronization context in a console app), so lines can print late or out
/// of order.
/// </summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
