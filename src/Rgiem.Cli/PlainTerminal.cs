namespace Rgiem.Cli;

/// <summary>A terminal without colour (redirected output, tests).</summary>
internal sealed class PlainTerminal : ITerminal
{
    public bool SupportsColor => false;
}
