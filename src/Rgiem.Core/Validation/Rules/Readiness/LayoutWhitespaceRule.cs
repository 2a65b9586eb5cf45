using System.Globalization;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Core.Text;

namespace Rgiem.Core.Validation.Rules.Readiness;

/// <summary>
/// RG7004: whitespace used for layout inside a paragraph or an action item of the body: a run of two or more
/// tabs, or of three or more spaces (no-break spaces included) and tabs, between words (seed 001's "Action 2:" holds "the \t\t\tITUT").
/// The rule reads the raw source lines of each paragraph, because the Markdown text no longer shows where a
/// line's indentation ends; indentation, the hard-break spaces at a line's end, code spans and tables are left alone.
/// </summary>
internal sealed class LayoutWhitespaceRule : IRecordRule
{
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [ReadinessDescriptors.LayoutWhitespace];

    public void Analyze(RecordContext context)
    {
        // A grid table's cell blocks share their source lines with the other cells and the borders: left alone, as tables are.
        var walk = context.Walk;
        HashSet<Block>? inCells = null;
        for (int b = 0; b < walk.BodyCount; b++)
        {
            if (walk.Blocks[b] is TableBlock table && BlockWalker.ChildrenOf(table).Count > 0)
            {
                inCells ??= new HashSet<Block>(ReferenceEqualityComparer.Instance);
                inCells.UnionWith(BlockWalker.Descendants(table.CellBlocks));
            }
        }

        List<(int Line, int Column)>? firstColumns = null;
        for (int b = 0; b < walk.BodyCount; b++)
        {
            var block = walk.Blocks[b];
            if (block is not (ParagraphBlock or ActionBlock) || (inCells is not null && inCells.Contains(block)))
            {
                continue;
            }

            if (context.SourceOf(block.Location.Path) is not { } source)
            {
                continue;
            }

            // A paragraph and an action item hold one inline group: their inlines.
            firstColumns ??= [];
            FirstTextColumns(walk.Leaves(b, 0), firstColumns);
            int first = block.Location.Start.Line;
            Set(firstColumns, first, block.Location.Start.Character);
            firstColumns.Sort(static (x, y) => x.Line.CompareTo(y.Line));
            foreach (var (line, column) in firstColumns)
            {
                if (line >= first)
                {
                    ScanLine(context, source, line, column);
                }
            }
        }
    }

    /// <summary>The column of the first text on each line the leaves cover: where the paragraph's own text starts (one entry a line).</summary>
    private static void FirstTextColumns(ReadOnlySpan<Inline> leaves, List<(int Line, int Column)> columns)
    {
        columns.Clear();
        foreach (var leaf in leaves)
        {
            if (leaf is TextRun { Location: { } location })
            {
                int line = location.Start.Line;
                int at = IndexOf(columns, line);
                if (at < 0)
                {
                    columns.Add((line, location.Start.Character));
                }
                else if (location.Start.Character < columns[at].Column)
                {
                    columns[at] = (line, location.Start.Character);
                }
            }
        }
    }

    private static void Set(List<(int Line, int Column)> columns, int line, int column)
    {
        int at = IndexOf(columns, line);
        if (at < 0)
        {
            columns.Add((line, column));
        }
        else
        {
            columns[at] = (line, column);
        }
    }

    /// <summary>The entry of <paramref name="line"/>, searched from the end (the leaves go down the lines).</summary>
    private static int IndexOf(List<(int Line, int Column)> columns, int line)
    {
        for (int i = columns.Count - 1; i >= 0; i--)
        {
            if (columns[i].Line == line)
            {
                return i;
            }
        }

        return -1;
    }

    private static void ScanLine(RecordContext context, SourceText source, int line, int from)
    {
        var span = source.GetLineSpan(line);
        int end = span.TrimEnd(" \t\u00A0").Length;
        if (from >= end || !MayHoldRun(span[from..end]))
        {
            return;
        }

        string text = source.GetLineText(line);

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
