namespace LipSync.Cli;

/// <summary>A command-line value that parsed but makes no sense (exit code 2).</summary>
internal sealed class CliUsageException(string message) : Exception(message);
