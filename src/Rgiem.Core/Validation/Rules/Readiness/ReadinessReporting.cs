using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Validation.Rules.Readiness;

/// <summary>What the readiness rules share: the escalation under <c>--final</c>, and finding a match of prose text in the file.</summary>
internal static class ReadinessReporting
{
    /// <summary>At most this many characters of a match are compared with the file.</summary>
    private const int Checked = 3;

    /// <summary>Reports <paramref name="descriptor"/>, or its error twin under <c>--final</c>.</summary>
    public static void Report(RecordContext context, DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args) =>
        context.Report(ReadinessDescriptors.ForMode(descriptor, context.Options.Final), location, args);

    /// <summary>
    /// The file span of <paramref name="length"/> characters of <paramref name="segment"/>'s text from
    /// <paramref name="index"/>, when the file holds the match's first characters (up to 3, up to a space) there; else null.
    /// Prose text has code spans inlined without positions, so a match inside a code span (literal text, not
    /// prose) maps to a column that does not hold it and is skipped. Markdig gives no position to some
    /// one-character literals (an unmatched '['), so the match is also tried from the anchor of its next
    /// characters.
    /// </summary>
    public static SourceLocation? Locate(RecordContext context, ProseSegment segment, int index, int length)
    {
        // Up to the first space: a soft line break in the text is a line end in the file.
        int take = 1;
        while (take < Math.Min(length, Checked) && !char.IsWhiteSpace(segment.Text[index + take]))
        {
            take++;
        }

        string expected = segment.Text.Substring(index, take);
        for (int shift = 0; shift < take; shift++)
        {
            var at = segment.Locate(index + shift, length - shift);
            int column = at.Start.Character - shift;
            if (column >= 0 && Holds(context, at, column, expected))
            {
                var start = at.Start with { Character = column };
                return new SourceLocation(at.Path, start, start with { Character = column + length });
            }
        }

        return null;
    }

    private static bool Holds(RecordContext context, SourceLocation at, int column, string expected)
    {
        if (!at.HasPath || context.SourceOf(at.Path) is not { } source)
        {
            return false;
        }

        string line = source.GetLineText(at.Start.Line);
        return column + expected.Length <= line.Length
            && string.CompareOrdinal(line, column, expected, 0, expected.Length) == 0;
    }
}
