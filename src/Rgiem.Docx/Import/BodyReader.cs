using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Import;
using Rgiem.Core.Model;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Rgiem.Docx.Import;

/// <summary>
/// Reads the body of a Word document (after its cover) as model blocks: headings with their numbers, typed
/// (<c>2.1&lt;TAB&gt;Title</c>) or automatic (the numbering of the paragraph or of its style's <c>basedOn</c> chain,
/// counted as Word counts), annexes, paragraphs, bullet and numbered lists with their levels and starts (lists
/// through the numbering part, and ITU's <c>enumlev</c> paragraphs with a typed dash), tables with their captions,
/// figures with their captions, quotes, code, rules, footnotes. What it cannot map is reported by
/// <see cref="InlineReader"/> or here (section layouts, frames, merged cells, nested tables).
/// </summary>
internal sealed partial class BodyReader
{
    private readonly ImportContext context;
    private readonly InlineReader inlines;
    private readonly List<ListEntry> list = [];
    private IReadOnlyList<Inline>? tableCaption;
    private string? tableCaptionId;
    private int annexWithoutTitle = -1;
    private bool tocPlaced;

    public BodyReader(ImportContext context)
    {
        this.context = context;
        inlines = new InlineReader(context) { Notes = ReadNote };
    }

    public List<Block> Read(IEnumerable<OpenXmlElement> elements)
    {
        var output = new List<Block>();
        ReadElements(elements, output);
        FlushList(output);
        return output;
    }

    /// <summary>The content of a paragraph as inlines (for the cover's "Action:" paragraph).</summary>
    public List<Inline> Inlines(Paragraph paragraph)
    {
        context.Current = paragraph;
        return inlines.Read(paragraph);
    }

    private void ReadElements(IEnumerable<OpenXmlElement> elements, List<Block> output)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    ReadParagraph(paragraph, output);
                    break;
                case Table table:
                    FlushList(output);
                    output.Add(ReadTable(table));
                    tableCaption = null;
                    tableCaptionId = null;
                    break;
                case SdtBlock sdt:
                    ReadElements(sdt.SdtContentBlock?.ChildElements ?? (IEnumerable<OpenXmlElement>)[], output);
                    break;
                case CustomXmlBlock:
                    ReadElements(element.ChildElements, output);
                    break;
                case SectionProperties section:
                    Columns(section);
                    break;
            }
        }
    }

    private IReadOnlyList<Block> ReadNote(OpenXmlElement note)
    {
        var saved = context.Current;
        var blocks = new BodyReader(context).Read(note.ChildElements);
        context.Current = saved;
        if (blocks.Count > 0 && blocks[0] is ParagraphBlock first)
        {
            // The note's number is followed by a tab (or a space) before its text.
            blocks[0] = first with { Inlines = TrimStart(first.Inlines) };
        }

        return blocks;
    }

    private void ReadParagraph(Paragraph paragraph, List<Block> output)
    {
        context.Current = paragraph;
        var properties = paragraph.ParagraphProperties;
        string? style = properties?.ParagraphStyleId?.Val?.Value;
        if (properties?.SectionProperties is { } section)
        {
            context.Report(ImportDescriptors.Layout, context.Place(), "a section break");
            Columns(section);
        }

        if (properties?.FrameProperties is not null)
        {
            context.Report(ImportDescriptors.Layout, context.Place(), "a frame (a paragraph positioned on the page)");
        }

        bool tocTitle = context.Styles.Is(style, "TOC Heading");
        bool tocEntry = Enumerable.Range(1, 9).Any(n => context.Styles.Is(style, "toc " + n.ToString(CultureInfo.InvariantCulture)));
        var content = inlines.Read(paragraph);
        if ((tocTitle || tocEntry) && !tocPlaced)
        {
            // A table of contents after some text: the directive keeps its place (at the start, the front matter's toc).
            tocPlaced = true;
            FlushList(output);
            if (output.Count > 0)
            {
                output.Add(new TocDirectiveBlock(SourceLocation.None));
            }
        }

        if (tocTitle)
        {
            context.TocTitle = BlockWalker.PlainText(content).Trim();
            return;
        }

        if (tocEntry || context.Styles.Is(style, "EndOfDocument"))
        {
            return;
        }

        string text = BlockWalker.PlainText(content).Trim();
        bool hasContent = text.Length > 0 || HasObjects(content);
        if (!hasContent)
        {
            if (properties?.ParagraphBorders?.BottomBorder is not null)
            {
                FlushList(output);
                output.Add(new RuleBlock(SourceLocation.None));
            }

            return;
        }

        if (IsCaption(style, text, "Table", "TableNotitle", "Table_No & title"))
        {
            tableCaption = CaptionText(content, "Table");
            tableCaptionId = context.Targets.IdOf(paragraph);
            return;
        }

        if (IsCaption(style, text, "Figure", "FigureNotitle", "Figure_No & title")
            && output.Count > 0 && output[^1] is ParagraphBlock { Inlines: [ImportedImageRun image] })
        {
            output[^1] = new ParagraphBlock([image with { Caption = BlockWalker.PlainText(CaptionText(content, "Figure")).Trim(), Id = context.Targets.IdOf(paragraph) }], SourceLocation.None);
            return;
        }

        if (annexWithoutTitle >= 0 && (context.Styles.Is(style, "Annextitle") || context.Styles.Is(style, "Annex_title")))
        {
            var annex = (HeadingBlock)output[annexWithoutTitle];
            output[annexWithoutTitle] = annex with { Title = content };
            annexWithoutTitle = -1;
            return;
        }

        annexWithoutTitle = -1;
        if (context.Styles.Is(style, "Headingb") || context.Styles.Is(style, "Heading_b") || context.Styles.Is(style, "Call"))
        {
            // ITU's run-in heading and call paragraphs: their kind, which the Markdown says ({.headingb}, ```{call}).
            FlushList(output);
            output.Add(new ParagraphBlock(content, SourceLocation.None) { Kind = context.Styles.Is(style, "Call") ? ParagraphKind.Call : ParagraphKind.Headingb });
            return;
        }

        var numbering = Numbering(paragraph, style);
        int? headingLevel = context.Styles.HeadingLevel(style);
        bool annexStyle = context.Styles.Is(style, "AnnexNotitle") || context.Styles.Is(style, "Annex_No & title") || context.Styles.Is(style, "AnnexNo");
        if (headingLevel is not null || annexStyle)
        {
            FlushList(output);
            string? label = null;
            if (numbering is { } n && context.Numbering.Level(n.NumberingId, n.Level) is { IsBullet: false })
            {
                label = context.Numbering.Next(n.NumberingId, n.Level, out _);
            }

            var heading = Heading(content, headingLevel ?? 1, annexStyle, label) with { Id = context.Targets.IdOf(paragraph) };
            output.Add(heading);
            if (heading.Kind == HeadingKind.Annex && heading.Title.Count == 0)
            {
                annexWithoutTitle = output.Count - 1;
            }

            return;
        }

        if (context.Styles.Is(style, "Quote"))
        {
            FlushList(output);
            var quoted = new ParagraphBlock(content, SourceLocation.None);
            output.Add(output.Count > 0 && output[^1] is QuoteBlock quote ? RemoveLast(output, quote) with { Blocks = [.. quote.Blocks, quoted] } : new QuoteBlock([quoted], SourceLocation.None));
            return;
        }

        if (context.Styles.Is(style, "Code"))
        {
            FlushList(output);
            string code = PlainText.Of(paragraph);
            output.Add(output.Count > 0 && output[^1] is CodeBlock previous ? RemoveLast(output, previous) with { Text = previous.Text + "\n" + code } : new CodeBlock(code, SourceLocation.None));
            return;
        }

        if (numbering is { } listNumbering && context.Numbering.Level(listNumbering.NumberingId, listNumbering.Level) is { } level)
        {
            context.Numbering.Next(listNumbering.NumberingId, listNumbering.Level, out int value);
            list.Add(new ListEntry(level.Level, !level.IsBullet, listNumbering.NumberingId, value, [new ParagraphBlock(content, SourceLocation.None)]));
            return;
        }

        if (EnumLevel(style) is { } enumLevel && ReadEnumeration(content, enumLevel))
        {
            return;
        }

        if (list.Count > 0 && (context.Styles.Is(style, "List Paragraph") || properties?.Indentation?.Left?.Value is { Length: > 0 } left && left != "0"))
        {
            // A paragraph indented under a list item continues it.
            list[^1].Blocks.Add(new ParagraphBlock(content, SourceLocation.None));
            return;
        }

        FlushList(output);
        output.Add(new ParagraphBlock(content, SourceLocation.None));
    }

    /// <summary>The level (0–2) of an <c>enumlev1</c>–<c>enumlev3</c> paragraph, else null.</summary>
    private int? EnumLevel(string? style)
    {
        for (int n = 3; n >= 1; n--)
        {
            if (context.Styles.Is(style, "enumlev" + n.ToString(CultureInfo.InvariantCulture)))
            {
                return n - 1;
            }
        }

        return null;
    }

    /// <summary>
    /// An ITU enumeration paragraph, its mark typed before a tab: a dash ("–", "•") is a dash item (<c>+</c>), "1)" at the
    /// first level and "a)" below it a numbered one (<c>1)</c>); a paragraph that starts with the tab alone continues the
    /// item before it. Anything else is left to the other readings.
    /// </summary>
    private bool ReadEnumeration(IReadOnlyList<Inline> content, int level)
    {
        string text = BlockWalker.PlainText(content);
        if (TypedBullet().Match(text) is { Success: true } bullet)
        {
            list.Add(new ListEntry(level, false, -1, 1, [new ParagraphBlock(TrimStart(Strip(content, bullet.Length)), SourceLocation.None)]) { Style = ListStyle.Dash });
            return true;
        }

        if (ItuMark().Match(text) is { Success: true } mark)
        {
            string value = mark.Groups["mark"].Value;
            bool digits = char.IsAsciiDigit(value[0]);
            if (digits != (level == 0))
            {
                return false;
            }

            int number = digits ? int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture) : value.Aggregate(0, (n, c) => (n * 26) + (c - 'a' + 1));
            list.Add(new ListEntry(level, true, -1, number, [new ParagraphBlock(TrimStart(Strip(content, mark.Length)), SourceLocation.None)]) { Style = ListStyle.Itu });
            return true;
        }

        if (text.StartsWith('\t') && list.Count > 0 && list[^1].Level == level && list[^1].Style != ListStyle.Default)
        {
            list[^1].Blocks.Add(new ParagraphBlock(TrimStart(content), SourceLocation.None));
            return true;
        }

        return false;
    }

    private static T RemoveLast<T>(List<Block> output, T block)
        where T : Block
    {
        output.RemoveAt(output.Count - 1);
        return block;
    }

    private bool IsCaption(string? style, string text, string label, string rgiemStyle, string tsbStyle) =>
        context.Styles.Is(style, rgiemStyle) || context.Styles.Is(style, tsbStyle)
        || (context.Styles.Is(style, "caption") && text.StartsWith(label, StringComparison.OrdinalIgnoreCase));

    /// <summary>The title of a caption without its label: "Table 1 – Meetings" → "Meetings".</summary>
    private static IReadOnlyList<Inline> CaptionText(IReadOnlyList<Inline> content, string label)
    {
        var match = CaptionLabel().Match(BlockWalker.PlainText(content));
        return match.Success && match.Groups["label"].Value.Equals(label, StringComparison.OrdinalIgnoreCase) ? Strip(content, match.Length) : content;
    }

    /// <summary>The numbering of a paragraph: its own (<c>w:numPr</c>), else its style's through the <c>basedOn</c> chain.</summary>
    private (int NumberingId, int Level)? Numbering(Paragraph paragraph, string? style)
    {
        var direct = paragraph.ParagraphProperties?.NumberingProperties;
        var fromStyle = context.Styles.Numbering(style);
        int? numId = direct?.NumberingId?.Val?.Value ?? fromStyle?.NumberingId;
        if (numId is not { } id || id == 0)
        {
            return null;
        }

        int level = direct?.NumberingLevelReference?.Val?.Value
            ?? fromStyle?.Level
            ?? context.Numbering.LevelOfStyle(id, style)
            ?? 0;
        return (id, level);
    }

    private static HeadingBlock Heading(IReadOnlyList<Inline> content, int styleLevel, bool annexStyle, string? label)
    {
        string text = BlockWalker.PlainText(content);
        if (label is not null)
        {
            string number = label.Trim().TrimEnd('.').Trim();
            var annexLabel = AnnexLabel().Match(number);
            if (annexLabel.Success && annexLabel.Length == number.Length)
            {
                return new HeadingBlock(1, HeadingKind.Annex, annexLabel.Groups["label"].Value, true, TrimStart(StripAnnexSeparator(content)), SourceLocation.None);
            }

            if (ClauseNumber().IsMatch(number))
            {
                return new HeadingBlock(Depth(number), HeadingKind.Clause, number, true, TrimStart(content), SourceLocation.None);
            }
        }

        var annex = AnnexLabel().Match(text);
        if (annex.Success && (annexStyle || annex.Groups["label"].Success))
        {
            return new HeadingBlock(1, HeadingKind.Annex, annex.Groups["label"].Value, true, TrimStart(Strip(content, annex.Length)), SourceLocation.None);
        }

        var typed = TypedNumber().Match(text);
        if (typed.Success)
        {
            string number = typed.Groups["num"].Value;
            return new HeadingBlock(Depth(number), HeadingKind.Clause, number, true, TrimStart(Strip(content, typed.Length)), SourceLocation.None);
        }

        return new HeadingBlock(Math.Clamp(styleLevel, 1, 6), HeadingKind.Unnumbered, null, false, TrimStart(content), SourceLocation.None);
    }

    private static IReadOnlyList<Inline> StripAnnexSeparator(IReadOnlyList<Inline> content)
    {
        var match = AnnexSeparator().Match(BlockWalker.PlainText(content));
        return match.Success ? Strip(content, match.Length) : content;
    }

    private static int Depth(string number) => Math.Min(6, number.Count(c => c == '.') + 1);

    /// <summary>
    /// A table, one cell per grid column in each row: a cell merged across columns (<c>w:gridSpan</c>) or down rows
    /// (<c>w:vMerge</c>) spans them and covers the places it takes (<see cref="Rgiem.Core.Model.TableCell.Merged"/>), so
    /// the record writes it as a grid table. The header is the first row, and the rows a header cell reaches down to.
    /// </summary>
    private Rgiem.Core.Model.TableBlock ReadTable(Table table)
    {
        var rows = new List<List<Rgiem.Core.Model.TableCell>>();
        var alignments = new List<ColumnAlignment>();
        var tableRows = table.Elements<TableRow>().ToList();

        // The alignment of a column is that of its first body cell (the header's when there is no body row).
        int alignmentRow = Math.Min(1, tableRows.Count - 1);

        // For each grid column, the row and column of the cell that covers it in the row above.
        var owners = new List<(int Row, int Column)>();
        foreach (var row in tableRows)
        {
            var cells = new List<Rgiem.Core.Model.TableCell>();
            int r = rows.Count;
            int column = 0;
            foreach (var cell in row.Elements<TableCell>())
            {
                int span = Math.Max(1, cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1);
                var merge = cell.TableCellProperties?.VerticalMerge;
                bool continued = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                if (rows.Count == alignmentRow)
                {
                    var justification = cell.Descendants<Justification>().FirstOrDefault()?.Val?.Value;
                    while (alignments.Count < column + span)
                    {
                        alignments.Add(justification == JustificationValues.Center ? ColumnAlignment.Center
                            : justification == JustificationValues.Right || justification == JustificationValues.End ? ColumnAlignment.Right
                            : ColumnAlignment.Default);
                    }
                }

                if (continued && column < owners.Count && owners[column] is var (originRow, originColumn) && originColumn == column
                    && rows[originRow][originColumn] is { Merged: false } origin && origin.ColumnSpan == span)
                {
                    // The cell above reaches down into this row.
                    rows[originRow][originColumn] = origin with { RowSpan = r - originRow + 1 };
                    for (int i = 0; i < span; i++)
                    {
                        cells.Add(Rgiem.Core.Model.TableCell.Covered);
                    }
                }
                else
                {
                    cells.Add(continued ? new Rgiem.Core.Model.TableCell([]) : CellOf(cell) with { ColumnSpan = span });
                    for (int i = 1; i < span; i++)
                    {
                        cells.Add(Rgiem.Core.Model.TableCell.Covered);
                    }

                    for (int i = 0; i < span; i++)
                    {
                        while (owners.Count <= column + i)
                        {
                            owners.Add((-1, -1));
                        }

                        owners[column + i] = (r, column);
                    }
                }

                column += span;
            }

            rows.Add(cells);
        }

        // The header: the first row, and the rows a cell of the header reaches down to.
        int header = Math.Min(1, rows.Count);
        for (int r = 0; r < header; r++)
        {
            foreach (var cell in rows[r])
            {
                header = Math.Max(header, Math.Min(rows.Count, r + cell.RowSpan));
            }
        }

        var model = rows.Select((cells, r) => new Rgiem.Core.Model.TableRow(cells, r < header)).ToList();
        return new Rgiem.Core.Model.TableBlock(alignments, model, SourceLocation.None) { Caption = tableCaption, Id = tableCaption is null ? null : tableCaptionId };
    }

    /// <summary>
    /// A cell of one paragraph as its inlines; one of several paragraphs or a list as its blocks (a grid table's cell
    /// holds them); one with a nested table as one line, the inner table flattened and reported.
    /// </summary>
    private Rgiem.Core.Model.TableCell CellOf(TableCell cell)
    {
        var paragraphs = cell.Elements<Paragraph>().ToList();
        bool nested = cell.Descendants<Table>().Any();
        bool list = paragraphs.Any(p => p.ParagraphProperties?.NumberingProperties is not null || EnumLevel(p.ParagraphProperties?.ParagraphStyleId?.Val?.Value) is not null);
        if (!nested && (list || paragraphs.Count(p => PlainText.Of(p).Trim().Length > 0) > 1))
        {
            var blocks = new BodyReader(context).Read(cell.Elements());
            if (blocks is not [Rgiem.Core.Model.ParagraphBlock { Kind: ParagraphKind.Normal } single])
            {
                return new Rgiem.Core.Model.TableCell([]) { Blocks = blocks };
            }

            return new Rgiem.Core.Model.TableCell(single.Inlines);
        }

        return new Rgiem.Core.Model.TableCell(CellContent(cell));
    }

    /// <summary>A cell's paragraphs as one line of inlines (a pipe table cell holds one line), nested tables flattened and reported.</summary>
    private IReadOnlyList<Inline> CellContent(TableCell cell)
    {
        if (cell.Descendants<Table>().FirstOrDefault() is { } nested)
        {
            context.Report(ImportDescriptors.NestedTable, context.Place(nested.Descendants<Paragraph>().FirstOrDefault()));
        }

        var content = new List<Inline>();
        foreach (var paragraph in cell.Descendants<Paragraph>())
        {
            context.Current = paragraph;
            var inline = inlines.Read(paragraph);
            if (inline.Count == 0)
            {
                continue;
            }

            if (content.Count > 0)
            {
                content.Add(new BreakRun());
            }

            content.AddRange(inline);
        }

        return content;
    }

    private void Columns(SectionProperties section)
    {
        if (section.GetFirstChild<Columns>()?.ColumnCount?.Value is > 1 and var count)
        {
            context.Report(ImportDescriptors.Layout, context.Place(), "a layout in " + count.ToString(CultureInfo.InvariantCulture) + " columns");
        }
    }

    private static bool HasObjects(IReadOnlyList<Inline> content) => content.Any(i => i switch
    {
        ImportedImageRun or FootnoteRun => true,
        StyledRun styled => HasObjects(styled.Children),
        LinkRun link => HasObjects(link.Children),
        _ => false,
    });

    /// <summary>Ends the list being read: its entries become nested list blocks.</summary>
    private void FlushList(List<Block> output)
    {
        int i = 0;
        while (i < list.Count)
        {
            output.Add(BuildList(ref i, list[i].Level));
        }

        list.Clear();
    }

    private ListBlock BuildList(ref int i, int level)
    {
        var first = list[i];
        var items = new List<ListItemBlock>();
        while (i < list.Count && list[i].Level >= level)
        {
            var entry = list[i];
            if (items.Count > 0 && (entry.Ordered != first.Ordered || entry.Style != first.Style
                || (entry.Level == level && first.Style == ListStyle.Default && entry.NumberingId != first.NumberingId && entry.Ordered && entry.Value <= 1)
                || (entry.Level == level && first.Style == ListStyle.Itu && entry.Value != first.Value + items.Count)))
            {
                // Another kind of list, or a numbered list that starts again: a list of its own.
                break;
            }

            var blocks = new List<Block>(entry.Blocks);
            i++;
            while (i < list.Count && list[i].Level > level)
            {
                blocks.Add(BuildList(ref i, list[i].Level));
            }

            items.Add(new ListItemBlock(blocks, SourceLocation.None));
        }

        return new ListBlock(first.Ordered, first.Ordered ? Math.Max(0, first.Value) : 1, items, SourceLocation.None) { Style = first.Style };
    }

    /// <summary>Removes the first <paramref name="length"/> characters of text from the start of the inlines.</summary>
    internal static IReadOnlyList<Inline> Strip(IReadOnlyList<Inline> content, int length)
    {
        var output = new List<Inline>();
        int left = length;
        foreach (var inline in content)
        {
            if (left <= 0)
            {
                output.Add(inline);
                continue;
            }

            switch (inline)
            {
                case TextRun run:
                    if (run.Text.Length <= left)
                    {
                        left -= run.Text.Length;
                    }
                    else
                    {
                        output.Add(run with { Text = run.Text[left..] });
                        left = 0;
                    }

                    break;
                case StyledRun styled:
                    int inside = BlockWalker.PlainText(styled.Children).Length;
                    if (inside <= left)
                    {
                        left -= inside;
                    }
                    else
                    {
                        output.Add(styled with { Children = Strip(styled.Children, left) });
                        left = 0;
                    }

                    break;
                default:
                    output.Add(inline);
                    break;
            }
        }

        return output;
    }

    /// <summary>Removes white space at the start of the inlines.</summary>
    internal static IReadOnlyList<Inline> TrimStart(IReadOnlyList<Inline> content)
    {
        string text = BlockWalker.PlainText(content);
        int spaces = text.Length - text.TrimStart(' ', '\t', '\u00A0').Length;
        return spaces == 0 ? content : Strip(content, spaces);
    }

    [GeneratedRegex(@"^(?<num>\d{1,2}(?:\.\d{1,2}){0,5}|[A-Z](?:\.\d{1,2}){1,5})\.?(?:[\t \u00A0]+|$)", RegexOptions.CultureInvariant)]
    private static partial Regex TypedNumber();

    [GeneratedRegex(@"^(?:\d{1,2}(?:\.\d{1,2}){0,5}|[A-Z](?:\.\d{1,2}){1,5})$", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseNumber();

    [GeneratedRegex(@"^Annex(?:[ \u00A0]+(?<label>[A-Z]|\d{1,2})\b)?[ \u00A0\t]*(?:[:.\u2013\u2014-][ \u00A0\t]*)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AnnexLabel();

    [GeneratedRegex(@"^[ \u00A0\t]*(?:[:.\u2013\u2014-][ \u00A0\t]*)?", RegexOptions.CultureInvariant)]
    private static partial Regex AnnexSeparator();

    [GeneratedRegex(@"^(?<label>Table|Figure)[ \u00A0]+[A-Z0-9][A-Z0-9.\-]*(?:[ \u00A0]*[\u2013\u2014:-][ \u00A0]*|[ \u00A0]*$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CaptionLabel();

    [GeneratedRegex(@"^[\u2013\u2014\u2022\u00B7\-o][ \u00A0]*\t[ \u00A0]*", RegexOptions.CultureInvariant)]
    private static partial Regex TypedBullet();

    [GeneratedRegex(@"^(?<mark>\d{1,3}|[a-z]{1,2})\)[ \u00A0]*\t[ \u00A0]*", RegexOptions.CultureInvariant)]
    private static partial Regex ItuMark();
}
