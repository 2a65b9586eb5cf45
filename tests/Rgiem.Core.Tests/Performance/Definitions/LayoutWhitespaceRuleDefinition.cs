using System.Globalization;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Core.Text;
using Rgiem.Core.Validation;
using Rgiem.Core.Validation.Rules.Readiness;

namespace Rgiem.Core.Tests.Performance.Definitions;

/// <summary>
/// The RG7004 rule as it was before issue 21's sixth pass (one walk a record), kept unchanged as the oracle of
/// <c>BodyWalkEquivalenceTests</c>. RG7004: whitespace used for layout inside a paragraph or an action item of the body: a run of two or more
/// tabs, or of three or more spaces (no-break spaces included) and tabs, between words (seed 001's "Action 2:" holds "the \t\t\tITUT").
/// The rule reads the raw source lines of each paragraph, because the Markdown text no longer shows where a
/// line's indentation ends; indentation, the hard-break spaces at a line's end, code spans and tables are left alone.
/// </summary>
internal sealed class LayoutWhitespaceRuleDefinition : IRecordRule
{
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [ReadinessDescriptors.LayoutWhitespace];

    public void Analyze(RecordContext context)
    {
        // A grid table's cell blocks share their source lines with the other cells and the borders: left alone, as tables are.
        var inCells = BlockWalker.Descendants(context.Record.Body).OfType<TableBlock>()
            .SelectMany(t => BlockWalker.Descendants(t.CellBlocks)).ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var block in BlockWalker.Descendants(context.Record.Body))
        {
            if (inCells.Contains(block))
            {
                continue;
            }

            var inlines = block switch
            {
                ParagraphBlock paragraph => paragraph.Inlines,
                ActionBlock action => action.Inlines,
                _ => null,
            };
            if (inlines is null || context.SourceOf(block.Location.Path) is not { } source)
            {
                continue;
            }

            var firstColumns = FirstTextColumns(inlines);
            int first = block.Location.Start.Line;
            firstColumns[first] = block.Location.Start.Character;
            foreach (var (line, column) in firstColumns.OrderBy(p => p.Key))
            {
                if (line >= first)
                {
                    ScanLine(context, source, line, column);
                }
            }
        }
    }

    /// <summary>The column of the first text on each line the inlines cover: where the paragraph's own text starts.</summary>
    private static Dictionary<int, int> FirstTextColumns(IReadOnlyList<Inline> inlines)
    {
        var columns = new Dictionary<int, int>();
        foreach (var leaf in BlockWalker.Leaves(inlines))
        {
            if (leaf is TextRun { Location: { } location })
            {
                int line = location.Start.Line;
                columns[line] = columns.TryGetValue(line, out int known) ? Math.Min(known, location.Start.Character) : location.Start.Character;
            }
        }

        return columns;
    }

    private static void ScanLine(RecordContext context, SourceText source, int line, int from)
    {
        string text = source.GetLineText(line);
        int end = text.AsSpan().TrimEnd(" \t\u00A0").Length;
        if (from >= end || !MayHoldRun(text.AsSpan(from, end - from)))
        {
            return;
        }

        var code = CodeSpans(text);
        int i = Math.Max(0, from);
        while (i < end)
        {
            if (text[i] is not (' ' or '\t' or '\u00A0'))
            {
                i++;
                continue;
            }

            int start = i;
            int tabs = 0;
            while (i < end && text[i] is (' ' or '\t' or '\u00A0'))
            {
                tabs += text[i] == '\t' ? 1 : 0;
                i++;
            }

            int length = i - start;
            if ((tabs >= 2 || length >= 3) && !code.Exists(span => start >= span.Start && start < span.End))
            {
                ReadinessReporting.Report(
                    context,
                    ReadinessDescriptors.LayoutWhitespace,
                    SourceLocation.At(source.Path, line, start, length),
                    Describe(length, tabs));
            }
        }
    }

    /// <summary>A run of two or more spaces and tabs holds two spaces, a tab or a no-break space: three vectorized searches decide for most lines.</summary>
    private static bool MayHoldRun(ReadOnlySpan<char> text) =>
        text.Contains("  ", StringComparison.Ordinal) || text.Contains('\t') || text.Contains('\u00A0');

    private static string Describe(int length, int tabs) =>
        tabs == length ? string.Create(CultureInfo.InvariantCulture, $"A run of {length} tabs")
        : tabs == 0 ? string.Create(CultureInfo.InvariantCulture, $"A run of {length} spaces")
        : string.Create(CultureInfo.InvariantCulture, $"A run of {length} spaces and tabs ({tabs} tabs)");

    /// <summary>The code spans of one line (<c>`…`</c>, <c>``…``</c>), whose spaces are literal text.</summary>
    private static List<(int Start, int End)> CodeSpans(string text)
    {
        var spans = new List<(int, int)>();
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] != '`' || (i > 0 && text[i - 1] == '\\'))
            {
                i++;
                continue;
            }

            int open = i;
            while (i < text.Length && text[i] == '`')
            {
                i++;
            }

            int ticks = i - open;
            int close = FindClosing(text, i, ticks);
            if (close < 0)
            {
                continue;
            }

            spans.Add((open, close + ticks));
            i = close + ticks;
        }

        return spans;
    }

    private static int FindClosing(string text, int from, int ticks)
    {
        int i = from;
        while (i < text.Length)
        {
            if (text[i] != '`')
            {
                i++;
                continue;
            }

            int run = i;
            while (i < text.Length && text[i] == '`')
            {
                i++;
            }

            if (i - run == ticks)
            {
                return run;
            }
        }

        return -1;
    }
}
