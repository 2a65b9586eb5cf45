using Rgiem.Core.Diagnostics;

namespace Rgiem.Cli.Output;

/// <summary>
/// A diagnostic's span as the machine formats print it: one-based lines and columns, columns counted in
/// UTF-16 code units, the end column exclusive (the column just after the span; equal to the start column
/// for an empty span).
/// </summary>
internal readonly record struct ReportPosition(int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>Null when the diagnostic has no file (RG0006 about a command-line path, RG0005).</summary>
    public static ReportPosition? Of(SourceLocation location)
    {
        if (!location.HasPath)
        {
            return null;
        }

        var start = location.Start;
        var end = location.End < start ? start : location.End;
        return new ReportPosition(start.Line + 1, start.Character + 1, end.Line + 1, end.Character + 1);
    }

    public bool IsEmpty => Line == EndLine && Column == EndColumn;
}
