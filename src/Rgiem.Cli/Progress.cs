namespace Rgiem.Cli;

/// <summary>
/// One status line on standard error, redrawn in place while slow work runs (LibreOffice conversions) and
/// erased when done. Drawn only on an interactive terminal and not on CI (<see cref="ITerminal.SupportsProgress"/>)
/// and never with <c>--quiet</c>; otherwise every call does nothing.
/// </summary>
internal sealed class Progress(TextWriter error, bool enabled) : IDisposable
{
    private const string EraseLine = "\r\u001b[K";

    private readonly Lock gate = new();
    private bool shown;

    public void Report(string text)
    {
        if (!enabled)
        {
            return;
        }

        lock (gate)
        {
            error.Write(EraseLine + text);
            error.Flush();
            shown = true;
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            if (shown)
            {
                error.Write(EraseLine);
                error.Flush();
                shown = false;
            }
        }
    }
}
