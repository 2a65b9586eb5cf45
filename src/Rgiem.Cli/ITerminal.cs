namespace Rgiem.Cli;

/// <summary>What the CLI needs to know about the terminal it writes to.</summary>
internal interface ITerminal
{
    /// <summary>True when standard output is an interactive terminal that may be coloured.</summary>
    bool SupportsColor { get; }

    /// <summary>True when standard error is an interactive terminal where a progress line may be redrawn.</summary>
    bool SupportsProgress { get; }
}
