namespace Rgiem.Cli;

/// <summary>A terminal without colour or progress (redirected output, tests).</summary>
internal sealed class PlainTerminal : ITerminal
{
    public bool SupportsColor => false;

    public bool SupportsProgress => false;
}
