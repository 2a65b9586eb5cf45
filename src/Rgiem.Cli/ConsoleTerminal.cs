namespace Rgiem.Cli;

/// <summary>The real console: colour only on a TTY, never when NO_COLOR is set or output is redirected.</summary>
internal sealed class ConsoleTerminal : ITerminal
{
    public bool SupportsColor =>
        !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);
}
