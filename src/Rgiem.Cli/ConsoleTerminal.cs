namespace Rgiem.Cli;

/// <summary>
/// The real console. Colour only when standard output is a terminal, and never when <c>NO_COLOR</c> is set
/// (https://no-color.org), <c>TERM=dumb</c>, or <c>CI</c> is set (a CI log is not a terminal, whatever it
/// emulates); a progress line only when standard error is a terminal and not on CI.
/// </summary>
internal sealed class ConsoleTerminal(Func<string, string?> getEnvironmentVariable, Func<bool> isOutputRedirected, Func<bool> isErrorRedirected) : ITerminal
{
    public ConsoleTerminal()
        : this(Environment.GetEnvironmentVariable, () => Console.IsOutputRedirected, () => Console.IsErrorRedirected)
    {
    }

    public bool SupportsColor =>
        !isOutputRedirected()
        && !IsSet("NO_COLOR")
        && !IsCi
        && !string.Equals(getEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);

    public bool SupportsProgress => !isErrorRedirected() && !IsCi && !string.Equals(getEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);

    /// <summary><c>CI</c> set to anything but <c>false</c> or <c>0</c>, as GitHub Actions, GitLab and others set it.</summary>
    private bool IsCi => IsSet("CI") && getEnvironmentVariable("CI") is not ("false" or "0");

    private bool IsSet(string name) => !string.IsNullOrEmpty(getEnvironmentVariable(name));
}
