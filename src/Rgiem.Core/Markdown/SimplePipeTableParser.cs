using System.Buffers;
using Markdig.Extensions.Tables;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Rgiem.Core.Markdown;

/// <summary>
/// Takes a pipe table in its simplest form as one block (<see cref="SimplePipeTableBlock"/>) instead of Markdig's
/// paragraph-then-table, whose cells, paragraphs, literals and delimiters cost more than the rest of a record's inlines
/// (issue 21). It opens only where the table is the whole of a paragraph at the top level of the text: after a blank line
/// (or at the start, or right after a record's front matter, which Markdig sees as blank lines), every line up to the next blank line (or the end) starting and ending with '|', the second line a
/// delimiter row, every row as many cells as it, and every cell plain text that no inline parser of any pipeline could
/// take (no <see cref="Special"/> character, no "www.", no blank but the space, not empty). Anything else is left to
/// Markdig's pipe tables. The binder makes the same table of both: <c>SimplePipeTableEquivalenceTests</c> holds the model
/// and the diagnostics to those of Markdig's table on the samples, the bench corpus and mutated tables.
/// </summary>
public sealed class SimplePipeTableParser : BlockParser
{
    /// <summary>The characters at which an inline parser of some pipeline may start (or that Markdig trims or splits on).</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create("\\`*_~^[]!<>&{}@:|\t\r\n\f\v");

    public SimplePipeTableParser()
    {
        OpeningCharacters = ['|'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent || processor.Column != 0 || processor.CurrentContainer is not MarkdownDocument)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        string text = line.Text;
        int start = line.Start;
        // The line after a record's front matter follows what Markdig sees as a blank line (FrontMatterSkipParser).
        bool afterFrontMatter = processor.Context is FrontMatterContext frontMatter && processor.LineIndex == frontMatter.ClosingLine + 1;
        if (start >= text.Length || text[start] != '|' || (start > 0 && !afterFrontMatter && !AfterBlankLine(text, start)))
        {
            return BlockState.None;
        }

        if (Read(text, start, processor.LineIndex, out int lines, out int end) is not { } table)
        {
            return BlockState.None;
        }

        var block = new SimplePipeTableBlock(this, table.Alignments, table.Cells)
        {
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(start, end),
            LinesLeft = lines - 1,
        };
        processor.NewBlocks.Push(block);
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var table = (SimplePipeTableBlock)block;
        if (table.LinesLeft == 0)
        {
            return BlockState.Break;
        }

        table.LinesLeft--;
        return BlockState.ContinueDiscard;
    }

    /// <summary>True when the line before the one at <paramref name="start"/> is blank (spaces and tabs only).</summary>
    private static bool AfterBlankLine(string text, int start)
    {
        if (text[start - 1] != '\n')
        {
            return false;
        }

        for (int i = start - 2; i >= 0 && text[i] != '\n'; i--)
        {
            if (text[i] is not (' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The table whose first line starts at <paramref name="start"/> (line <paramref name="firstLine"/>), with the number
    /// of its lines and the offset of its last character; null when it is not a simple table. The cells' texts are cut out
    /// only when every line has been read.
    /// </summary>
    private static (TableColumnAlign?[] Alignments, SimplePipeCell[] Cells)? Read(string text, int start, int firstLine, out int lines, out int end)
    {
        lines = 0;
        end = start;
        TableColumnAlign?[]? alignments = null;
        var cells = new List<(int Line, int Column, int Start, int Length)>();
        int columns = -1;
        int at = start;
        while (at < text.Length)
        {
            int lineEnd = text.IndexOf('\n', at);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var row = text.AsSpan(at, lineEnd - at);
            if (row.IsWhiteSpace())
            {
                break;
            }

            // A row starts and ends with its pipes: nothing before, nothing after (not even a blank).
            if (row.Length < 2 || row[0] != '|' || row[^1] != '|')
            {
                return null;
            }

            if (lines == 1)
            {
                alignments = Delimiters(row);
                if (alignments is null || alignments.Length != columns)
                {
                    return null;
                }
            }
            else
            {
                int count = 0;
                int cell = 1;
                while (cell < row.Length)
                {
                    int pipe = row[cell..].IndexOf('|') + cell;
                    var content = row[cell..pipe];
                    int lead = content.Length - content.TrimStart(' ').Length;
                    var trimmed = content.Trim(' ');
                    if (trimmed.Length == 0 || trimmed.ContainsAny(Special) || HasOtherBlank(trimmed)
                        || (trimmed.Contains('.') && trimmed.Contains("www.", StringComparison.OrdinalIgnoreCase)))
                    {
                        return null;
                    }

                    cells.Add((firstLine + lines, cell + lead, at + cell + lead, trimmed.Length));
                    count++;
                    cell = pipe + 1;
                }

                if (columns < 0)
                {
                    columns = count;
                }
                else if (count != columns)
                {
                    return null;
                }
            }

            lines++;
            end = lineEnd - 1;
            at = lineEnd + 1;
        }

        if (lines < 2 || alignments is null)
        {
            return null;
        }

        var texts = new SimplePipeCell[cells.Count];
        for (int i = 0; i < texts.Length; i++)
        {
            var (line, column, offset, length) = cells[i];
            texts[i] = new SimplePipeCell(line, column, text.Substring(offset, length));
        }

        return (alignments, texts);
    }

    /// <summary>True when <paramref name="text"/> holds a blank other than the space (which Markdig may trim or keep).</summary>
    private static bool HasOtherBlank(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c != ' ' && char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The alignments of a delimiter row <c>| --- | :-- | --: | :-: |</c>, or null for any other row.</summary>
    private static TableColumnAlign?[]? Delimiters(ReadOnlySpan<char> row)
    {
        var alignments = new List<TableColumnAlign?>();
        int cell = 1;
        while (cell < row.Length)
        {
            int pipe = row[cell..].IndexOf('|') + cell;
            var content = row[cell..pipe].Trim(' ');
            bool left = content.Length > 0 && content[0] == ':';
            bool right = content.Length > 1 && content[^1] == ':';
            var dashes = content[(left ? 1 : 0)..(content.Length - (right ? 1 : 0))];
            if (dashes.Length == 0 || dashes.ContainsAnyExcept('-'))
            {
                return null;
            }

            alignments.Add(left && right ? TableColumnAlign.Center : left ? TableColumnAlign.Left : right ? TableColumnAlign.Right : null);
            cell = pipe + 1;
        }

        return [.. alignments];
    }
}
