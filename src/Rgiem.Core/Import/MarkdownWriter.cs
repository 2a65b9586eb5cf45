using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Rgiem.Core.Binding;
using Rgiem.Core.Model;

namespace Rgiem.Core.Import;

/// <summary>
/// Writes model blocks as the Markdown rgiem reads: clause headings with their numbers (<c># 2.1 Title</c>), annexes
/// (<c># Annex A: Title</c>), unnumbered headings (<c>{-}</c>), lists, pipe tables (grid tables for merged cells and
/// cells of several paragraphs, <see cref="GridTableWriter"/>) with their caption
/// (<c>Table: …</c>), figures (<c>![alt](file "caption")</c>), footnotes (<c>[^1]</c>, defined at the end), action
/// items with a plain label (<c>RG-IEM-5: …</c>). Text is escaped so that it reads back as the same text.
/// </summary>
public static partial class MarkdownWriter
{
    public static string Write(IReadOnlyList<Block> blocks)
    {
        var state = new State();
        var text = new StringBuilder();
        WriteBlocks(blocks, text, string.Empty, state);
        for (int i = 0; i < state.Notes.Count; i++)
        {
            var body = new StringBuilder();
            WriteBlocks(state.Notes[i], body, "    ", state);
            string definition = body.ToString().TrimEnd('\n');
            text.Append(CultureInfo.InvariantCulture, $"[^{i + 1}]: ").Append(definition.TrimStart(' ')).Append("\n\n");
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>Inlines as Markdown on one line (the cover's "Action:" text).</summary>
    public static string Inlines(IReadOnlyList<Inline> inlines) => WriteInlines(inlines, new State(), false).Replace("\\\n", " ", StringComparison.Ordinal);

    private static void WriteBlocks(IReadOnlyList<Block> blocks, StringBuilder text, string indent, State state)
    {
        for (int i = 0; i < blocks.Count; i++)
        {
            if (indent.Length == 0 && blocks[i] is ParagraphBlock { Kind: ParagraphKind.Call })
            {
                // Call paragraphs in a row: one {call} directive holding them (at the top level only, where directives stand).
                text.Append("```{call}\n");
                var call = new StringBuilder();
                for (; i < blocks.Count && blocks[i] is ParagraphBlock { Kind: ParagraphKind.Call } paragraph; i++)
                {
                    WriteBlock(paragraph with { Kind = ParagraphKind.Normal }, call, string.Empty, state);
                }

                i--;
                text.Append(call.ToString().TrimEnd('\n')).Append("\n```\n\n");
                continue;
            }

            WriteBlock(blocks[i], text, indent, state);
            if (i + 1 < blocks.Count && blocks[i] is ListBlock && blocks[i + 1] is ListBlock)
            {
                // Two lists in a row would be one list.
                text.Append(indent).Append("<!-- -->\n\n");
            }
        }
    }

    private static void WriteBlock(Block block, StringBuilder text, string indent, State state)
    {
        switch (block)
        {
            case HeadingBlock heading:
                text.Append(indent).Append(new string('#', Math.Clamp(heading.Level, 1, 6))).Append(' ');
                string title = WriteInlines(heading.Title, state, false).Replace("\\\n", " ", StringComparison.Ordinal);
                switch (heading.Kind)
                {
                    case HeadingKind.Annex:
                        text.Append("Annex").Append(heading.Number is { Length: > 0 } letter ? " " + letter : string.Empty).Append(title.Length > 0 ? ": " + title : string.Empty);
                        break;
                    case HeadingKind.Clause when heading.Number is not null:
                        text.Append(heading.Number).Append(' ').Append(title);
                        break;
                    default:
                        text.Append(EscapeLineStart(title)).Append(" {-}");
                        break;
                }

                if (heading.Id is { } headingId)
                {
                    text.Append(" {#").Append(headingId).Append('}');
                }

                text.Append("\n\n");
                break;
            case ParagraphBlock { Kind: ParagraphKind.Headingb } runIn:
                text.Append(indent).Append("### ").Append(WriteInlines(runIn.Inlines, state, false).Replace("\\\n", " ", StringComparison.Ordinal).Trim()).Append(" {.headingb}\n\n");
                break;
            case ParagraphBlock paragraph:
                AppendLines(text, indent, Paragraph(paragraph.Inlines, state));
                text.Append('\n');
                break;
            case ListBlock list:
                WriteList(list, text, indent, state);
                break;
            case TableBlock table:
                WriteTable(table, text, indent, state);
                break;
            case QuoteBlock quote:
                var inner = new StringBuilder();
                WriteBlocks(quote.Blocks, inner, string.Empty, state);
                foreach (string line in inner.ToString().TrimEnd('\n').Split('\n'))
                {
                    text.Append(indent).Append(line.Length == 0 ? ">" : "> " + line).Append('\n');
                }

                text.Append('\n');
                break;
            case CodeBlock code:
                text.Append(indent).Append("```\n");
                foreach (string line in code.Text.TrimEnd('\n').Split('\n'))
                {
                    text.Append(indent).Append(line).Append('\n');
                }

                text.Append(indent).Append("```\n\n");
                break;
            case TocDirectiveBlock:
                text.Append(indent).Append("```{toc}\n").Append(indent).Append("```\n\n");
                break;
            case RuleBlock:
                text.Append(indent).Append("---\n\n");
                break;
        }
    }

    private static void AppendLines(StringBuilder text, string indent, string content)
    {
        foreach (string line in content.Split('\n'))
        {
            text.Append(indent).Append(line).Append('\n');
        }
    }

    private static string Paragraph(IReadOnlyList<Inline> inlines, State state)
    {
        // An action item: its label is plain text, as rgiem reads labels (the DOCX has it in bold, then a tab or a space).
        if (ActionLabel(inlines) is { } label)
        {
            var rest = inlines.Skip(1).ToList();
            if (rest.Count > 0 && rest[0] is TextRun first)
            {
                rest[0] = first with { Text = first.Text.TrimStart(' ', '\t', '\u00A0') };
            }

            return label + " " + WriteInlines(rest, state, false);
        }

        string text = WriteInlines(inlines, state, false);
        return string.Join('\n', text.Split('\n').Select(EscapeLineStart));
    }

    /// <summary>The label of an action item written in bold at the start of the paragraph ("RG-IEM-5:", "Action 3:").</summary>
    private static string? ActionLabel(IReadOnlyList<Inline> inlines)
    {
        if (inlines.Count == 0 || inlines[0] is not StyledRun { Style: InlineStyle.Bold } bold)
        {
            return null;
        }

        string label = BlockWalker.PlainText(bold.Children).Trim();
        var match = ActionLabelPattern.MatchPrefixed(label);
        if (!match.Success)
        {
            match = ActionLabelPattern.MatchNumbered(label);
        }

        return match.Success && match.Length == label.Length && label.EndsWith(':') ? label : null;
    }

    private static void WriteList(ListBlock list, StringBuilder text, string indent, State state)
    {
        // A tight list (one paragraph per item, nested lists under it) has no blank lines; a loose one has.
        bool loose = list.Items.Any(item => item.Blocks.Count(b => b is not ListBlock) > 1);
        int number = list.Start;
        foreach (var item in list.Items)
        {
            string marker = list.Ordered
                ? number.ToString(CultureInfo.InvariantCulture) + (list.Style == ListStyle.Itu ? ") " : ". ")
                : list.Style == ListStyle.Dash ? "+ " : "- ";
            number++;
            var content = new StringBuilder();
            for (int i = 0; i < item.Blocks.Count; i++)
            {
                var block = new StringBuilder();
                WriteBlock(item.Blocks[i], block, string.Empty, state);
                content.Append(block.ToString().TrimEnd('\n'));
                if (i + 1 < item.Blocks.Count)
                {
                    content.Append(item.Blocks[i + 1] is ListBlock && !loose ? "\n" : "\n\n");
                }
            }

            string[] lines = content.ToString().Split('\n');
            string continuation = indent + new string(' ', marker.Length);
            text.Append(indent).Append(marker).Append(lines[0]).Append('\n');
            for (int i = 1; i < lines.Length; i++)
            {
                text.Append(lines[i].Length == 0 ? string.Empty : continuation + lines[i]).Append('\n');
            }

            if (loose)
            {
                text.Append('\n');
            }
        }

        if (!loose)
        {
            text.Append('\n');
        }
    }

    private static void WriteTable(TableBlock table, StringBuilder text, string indent, State state)
    {
        if (table.Caption is { } caption)
        {
            text.Append(indent).Append("Table: ").Append(WriteInlines(caption, state, false).Replace("\\\n", " ", StringComparison.Ordinal))
                .Append(table.Id is { } id ? " {#" + id + "}" : string.Empty).Append("\n\n");
        }

        int columns = Math.Max(1, table.ColumnCount);
        var rows = table.Rows.ToList();
        if (rows.Count == 0)
        {
            return;
        }

        if (GridTableWriter.Needed(table))
        {
            foreach (string line in GridTableWriter.Draw(table, cell => GridCell(cell, state)))
            {
                text.Append(indent).Append(line).Append('\n');
            }

            text.Append('\n');
            return;
        }

        string Row(TableRow row) =>
            "|" + string.Concat(Enumerable.Range(0, columns).Select(i =>
                " " + (i < row.Cells.Count ? Cell(row.Cells[i].Inlines, state) : string.Empty) + " |"));

        text.Append(indent).Append(Row(rows[0])).Append('\n');
        text.Append(indent).Append('|');
        for (int i = 0; i < columns; i++)
        {
            var alignment = i < table.Alignments.Count ? table.Alignments[i] : ColumnAlignment.Default;
            text.Append(alignment switch
            {
                ColumnAlignment.Left => ":---|",
                ColumnAlignment.Center => ":---:|",
                ColumnAlignment.Right => "---:|",
                _ => "---|",
            });
        }

        text.Append('\n');
        foreach (var row in rows.Skip(1))
        {
            text.Append(indent).Append(Row(row)).Append('\n');
        }

        text.Append('\n');
    }

    /// <summary>The Markdown lines of a grid table's cell: its one line, or its blocks with a blank line between them.</summary>
    private static IReadOnlyList<string> GridCell(TableCell cell, State state)
    {
        if (cell.Blocks is { } blocks)
        {
            var text = new StringBuilder();
            WriteBlocks(blocks, text, string.Empty, state);
            return text.ToString().TrimEnd('\n').Split('\n');
        }

        string line = Cell(cell.Inlines, state);
        return line.Length == 0 ? [] : [line];
    }

    private static string Cell(IReadOnlyList<Inline> inlines, State state)
    {
        string text = WriteInlines(inlines, state, true).Replace("\\\n", " ", StringComparison.Ordinal).Replace('\n', ' ');
        return text.Trim();
    }

    private static string WriteInlines(IReadOnlyList<Inline> inlines, State state, bool inTable)
    {
        var text = new StringBuilder();
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun run:
                    text.Append(Escape(run.Text));
                    break;
                case StyledRun styled:
                    string inner = WriteInlines(styled.Children, state, inTable);
                    string core = inner.Trim(' ');
                    if (core.Length == 0)
                    {
                        text.Append(inner);
                        break;
                    }

                    string mark = styled.Style switch
                    {
                        InlineStyle.Bold => "**",
                        InlineStyle.Italic => "*",
                        InlineStyle.Strikethrough => "~~",
                        InlineStyle.Superscript => "^",
                        _ => "~",
                    };

                    // Emphasis may not start or end with a space: the spaces go outside the marks.
                    text.Append(' ', inner.Length - inner.TrimStart(' ').Length).Append(mark).Append(core).Append(mark).Append(' ', inner.Length - inner.TrimEnd(' ').Length);
                    break;
                case LinkRun link:
                    string label = WriteInlines(link.Children, state, inTable);
                    string url = link.Url.Replace(" ", "%20", StringComparison.Ordinal).Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);
                    text.Append('[').Append(label.Length == 0 ? Escape(link.Url) : label).Append("](").Append(url).Append(')');
                    break;
                case FootnoteRun note:
                    state.Notes.Add(note.Blocks);
                    text.Append(CultureInfo.InvariantCulture, $"[^{state.Notes.Count}]");
                    break;
                case ImportedImageRun image:
                    text.Append("![").Append(Escape(image.Alt)).Append("](").Append(image.FileName.Replace(" ", "%20", StringComparison.Ordinal));
                    if (!string.IsNullOrWhiteSpace(image.Caption))
                    {
                        text.Append(" \"").Append(image.Caption.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                    }

                    text.Append(')');
                    if (image.Id is { } figureId)
                    {
                        text.Append("{#").Append(figureId).Append('}');
                    }

                    break;
                case CrossReferenceRun reference:
                    text.Append(reference.Written);
                    break;
                case BreakRun:
                    text.Append(inTable ? " " : "\\\n");
                    break;
                case CodeRun code:
                    string fence = code.Text.Contains('`', StringComparison.Ordinal) ? "`` " : "`";
                    text.Append(fence).Append(code.Text).Append(fence.Trim() == "``" ? " ``" : "`");
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>Backslash-escapes the characters that would start Markdown syntax inside a line.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '~' or '^' or '|':
                    escaped.Append('\\').Append(c);
                    break;
                case '&' when EntityStart().IsMatch(text.AsSpan(i)):
                    escaped.Append("\\&");
                    break;
                case '\n' or '\r':
                    escaped.Append(' ');
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>Escapes what would make a line a heading, a list item, a quote, a caption or a code block.</summary>
    private static string EscapeLineStart(string line)
    {
        string trimmed = line.TrimStart(' ', '\t');
        if (trimmed.Length == 0)
        {
            return trimmed;
        }

        if (trimmed[0] is '#' or '>' or '-' or '+' or '=')
        {
            return "\\" + trimmed;
        }

        if (trimmed.StartsWith("Table:", StringComparison.Ordinal))
        {
            return "Table\\:" + trimmed[6..];
        }

        var ordered = OrderedStart().Match(trimmed);
        return ordered.Success ? trimmed[..(ordered.Length - 1)] + "\\" + trimmed[(ordered.Length - 1)..] : trimmed;
    }

    [GeneratedRegex(@"^&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);", RegexOptions.CultureInvariant)]
    private static partial Regex EntityStart();

    [GeneratedRegex(@"^[0-9]{1,9}[.)]", RegexOptions.CultureInvariant)]
    private static partial Regex OrderedStart();

    private sealed class State
    {
        public List<IReadOnlyList<Block>> Notes { get; } = [];
    }
}
