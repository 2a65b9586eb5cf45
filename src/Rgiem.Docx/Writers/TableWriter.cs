using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Core.Model;
using Rgiem.Docx.HouseStyle;
using ModelTableRow = Rgiem.Core.Model.TableRow;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Rgiem.Docx.Writers;

/// <summary>
/// Writes a pipe or grid table at full text width, with column widths in proportion to their content, 10 pt
/// Table_text, bold centred Table_head header cells, and header rows marked to repeat on each page. A cell that
/// spans columns is one <c>w:tc</c> with <c>w:gridSpan</c>; one that spans rows starts a <c>w:vMerge</c> that the
/// rows below continue (<see cref="Spans"/>).
/// </summary>
internal static class TableWriter
{
    /// <summary>Writes the blocks of a cell with several paragraphs or a list, in the cell's paragraph style.</summary>
    public delegate IEnumerable<OpenXmlElement> CellBlockWriter(IReadOnlyList<Block> blocks, string paragraphStyle);

    public static Table Write(TableBlock model, InlineWriter inlines, CellBlockWriter? blocks = null)
    {
        int columns = Math.Max(1, model.ColumnCount);
        int[] widths = ColumnWidths(model, columns);
        var table = new Table();
        table.Append(Properties());
        table.Append(Grid(widths));

        if (model.HasSpans)
        {
            var origins = Origins(model, columns);
            for (int r = 0; r < model.Rows.Count; r++)
            {
                table.Append(WriteSpannedRow(r, origins, model, widths, inlines, blocks));
            }

            return table;
        }

        foreach (var row in model.Rows)
        {
            table.Append(WriteRow(row, model, columns, widths, inlines, blocks));
        }

        return table;
    }

    /// <summary>The properties of every table: Table Grid, full text width, fixed layout, the header row's look.</summary>
    internal static TableProperties Properties() => new(
        new TableStyle { Val = StyleIds.TableGrid },
        new TableWidth { Width = Twips.TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
        new TableLayout { Type = TableLayoutValues.Fixed },
        new TableLook { Val = "04A0", FirstRow = true, NoVerticalBand = true });

    /// <summary>The columns of the table's grid.</summary>
    internal static TableGrid Grid(int[] widths) => new(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) }));

    /// <summary>A header row: repeated on every page, never split.</summary>
    internal static TableRowProperties HeaderRowProperties() => new(new TableHeader(), new CantSplit());

    /// <summary>The properties of a cell of its own: its width.</summary>
    internal static TableCellProperties CellProperties(int width) => new(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });

    /// <summary>A table the direct writer writes as it is: no spans, no cell with blocks of its own.</summary>
    internal static bool IsSimple(TableBlock model) => !model.HasSpans && model.Rows.All(r => r.Cells.All(c => c.Blocks is not { Count: > 0 }));

    private static TableRow WriteRow(ModelTableRow row, TableBlock model, int columns, int[] widths, InlineWriter inlines, CellBlockWriter? blocks)
    {
        var tableRow = new TableRow();
        if (row.IsHeader)
        {
            tableRow.Append(HeaderRowProperties());
        }

        for (int c = 0; c < columns; c++)
        {
            var cell = c < row.Cells.Count ? row.Cells[c] : new Core.Model.TableCell([]);
            var tableCell = new TableCell(CellProperties(widths[c]));
            tableCell.Append(Content(cell, row.IsHeader, Alignment(model, c), inlines, blocks));
            tableRow.Append(tableCell);
        }

        return tableRow;
    }

    internal static ColumnAlignment Alignment(TableBlock model, int column) =>
        column < model.Alignments.Count ? model.Alignments[column] : ColumnAlignment.Default;

    /// <summary>The paragraphs of a cell: its line of text, or its blocks (ending with a paragraph, as Word wants).</summary>
    private static List<OpenXmlElement> Content(Core.Model.TableCell cell, bool header, ColumnAlignment alignment, InlineWriter inlines, CellBlockWriter? blocks)
    {
        string style = header ? StyleIds.TableHead : StyleIds.TableText;
        var content = new List<OpenXmlElement>();
        if (cell.Blocks is { Count: > 0 } cellBlocks && blocks is not null)
        {
            content.AddRange(blocks(cellBlocks, style));
            foreach (var paragraph in content.OfType<Paragraph>())
            {
                Align(paragraph, alignment, header);
            }
        }

        if (content.Count == 0 || content[^1] is not Paragraph)
        {
            var paragraph = ParagraphFactory.Styled(style, inlines.Write(cell.Inlines));
            Align(paragraph, alignment, header);
            content.Add(paragraph);
        }

        return content;
    }

    private static void Align(Paragraph paragraph, ColumnAlignment alignment, bool header) =>
        Align(paragraph.ParagraphProperties ??= new ParagraphProperties(), alignment, header);

    /// <summary>The justification of a column's paragraphs: the header's left explicitly, the default column's none.</summary>
    internal static void Align(ParagraphProperties properties, ColumnAlignment alignment, bool header)
    {
        if (Justify(alignment, header) is { } justification)
        {
            properties.Justification = new Justification { Val = justification };
        }
    }

    /// <summary>For each place of the grid, the row and column of the cell that covers it (itself for a cell of its own).</summary>
    private static (int Row, int Column)[,] Origins(TableBlock model, int columns)
    {
        var origins = new (int Row, int Column)[model.Rows.Count, columns];
        for (int r = 0; r < model.Rows.Count; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                origins[r, c] = (r, c);
            }
        }

        for (int r = 0; r < model.Rows.Count; r++)
        {
            var cells = model.Rows[r].Cells;
            for (int c = 0; c < Math.Min(columns, cells.Count); c++)
            {
                var cell = cells[c];
                if (cell.Merged || origins[r, c] != (r, c))
                {
                    continue;
                }

                for (int dr = 0; dr < cell.RowSpan && r + dr < model.Rows.Count; dr++)
                {
                    for (int dc = 0; dc < cell.ColumnSpan && c + dc < columns; dc++)
                    {
                        if ((dr, dc) != (0, 0) && Spans(model, r + dr, c + dc) is { Merged: true })
                        {
                            origins[r + dr, c + dc] = (r, c);
                        }
                    }
                }
            }
        }

        return origins;
    }

    private static Core.Model.TableCell? Spans(TableBlock model, int row, int column) =>
        column < model.Rows[row].Cells.Count ? model.Rows[row].Cells[column] : null;

    /// <summary>
    /// A row of a table with spans: each cell of its own as one <c>w:tc</c> over the columns it spans
    /// (<c>w:gridSpan</c>), starting a <c>w:vMerge</c> when it spans rows; where a cell above reaches down, an empty
    /// <c>w:tc</c> of the same width that continues it.
    /// </summary>
    private static TableRow WriteSpannedRow(int r, (int Row, int Column)[,] origins, TableBlock model, int[] widths, InlineWriter inlines, CellBlockWriter? blocks)
    {
        var row = model.Rows[r];
        var tableRow = new TableRow();
        if (row.IsHeader)
        {
            tableRow.Append(HeaderRowProperties());
        }

        int columns = widths.Length;
        for (int c = 0; c < columns;)
        {
            var (originRow, originColumn) = origins[r, c];
            int span = 1;
            while (c + span < columns && origins[r, c + span] == (originRow, originColumn))
            {
                span++;
            }

            var origin = Spans(model, originRow, originColumn) ?? new Core.Model.TableCell([]);
            bool own = originRow == r;
            var properties = new TableCellProperties(new TableCellWidth { Width = widths.Skip(c).Take(span).Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
            if (span > 1)
            {
                properties.Append(new GridSpan { Val = span });
            }

            bool down = r + 1 < model.Rows.Count && origins[r + 1, c] == (originRow, originColumn);
            if (!own || down)
            {
                properties.Append(new VerticalMerge { Val = own ? MergedCellValues.Restart : MergedCellValues.Continue });
            }

            var tableCell = new TableCell(properties);
            if (own)
            {
                tableCell.Append(Content(origin.Merged ? new Core.Model.TableCell([]) : origin, row.IsHeader, Alignment(model, c), inlines, blocks));
            }
            else
            {
                tableCell.Append(ParagraphFactory.Styled(row.IsHeader ? StyleIds.TableHead : StyleIds.TableText));
            }

            tableRow.Append(tableCell);
            c += span;
        }

        return tableRow;
    }

    private static JustificationValues? Justify(ColumnAlignment alignment, bool header) => alignment switch
    {
        ColumnAlignment.Center => JustificationValues.Center,
        ColumnAlignment.Right => JustificationValues.Right,
        ColumnAlignment.Left => header ? JustificationValues.Left : null,
        _ => null,
    };

    /// <summary>Widths in proportion to the longest text of each column, at least 8 % of the table each.</summary>
    internal static int[] ColumnWidths(TableBlock model, int columns)
    {
        var lengths = new double[columns];
        foreach (var row in model.Rows)
        {
            for (int c = 0; c < Math.Min(columns, row.Cells.Count); c++)
            {
                int length = BlockWalker.PlainText(row.Cells[c].Inlines).Length;
                lengths[c] = Math.Max(lengths[c], Math.Min(length, 60));
            }
        }

        double floor = 0.08;
        double total = lengths.Sum();
        var shares = lengths.Select(l => total <= 0 ? 1.0 / columns : Math.Max(floor, l / total)).ToArray();
        double sum = shares.Sum();
        var widths = shares.Select(s => (int)Math.Floor(Twips.TextWidth * s / sum)).ToArray();
        widths[^1] += Twips.TextWidth - widths.Sum();
        return widths;
    }
}
