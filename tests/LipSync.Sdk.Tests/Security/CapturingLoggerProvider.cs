using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace LipSync.Sdk.Tests.Security;

/// <summary>Captures every log line at every level, with its scopes, for secret-leak assertions.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = $"{logLevel} {category} {formatter(state, exception)} {exception}";
            owner._scopes.ForEachScope((scope, text) => text.Lines.Enqueue($"  scope: {scope}"), owner);
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                line += " | " + string.Join(", ", values.Select(v => $"{v.Key}={v.Value}"));
            }

            owner.Lines.Enqueue(line);
        }
    }
}
