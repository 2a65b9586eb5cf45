namespace Rgiem.Cli;

/// <summary>What the CLI needs to know about the terminal it writes to.</summary>
internal interface ITerminal
{
    /// <summary>True when standard output is an interactive terminal that may be coloured.</summary>
    bool SupportsColor { get; }
}
