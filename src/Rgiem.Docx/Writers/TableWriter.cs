using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Core.Model;
using Rgiem.Docx.HouseStyle;
using ModelTableRow = Rgiem.Core.Model.TableRow;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Rgiem.Docx.Writers;

/// <summary>
/// Writes a pipe table at full text width, with column widths in proportion to their content, 10 pt
/// Table_text, bold centred Table_head header cells, and header rows marked to repeat on each page.
/// </summary>
internal static class TableWriter
{
    public static Table Write(TableBlock model, InlineWriter inlines)
    {
        int columns = Math.Max(1, model.ColumnCount);
        int[] widths = ColumnWidths(model, columns);
        var table = new Table();
        table.Append(new TableProperties(
            new TableStyle { Val = StyleIds.TableGrid },
            new TableWidth { Width = Twips.TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = "04A0", FirstRow = true, NoVerticalBand = true }));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));

        foreach (var row in model.Rows)
        {
            table.Append(WriteRow(row, model, columns, widths, inlines));
        }

        return table;
    }

    private static TableRow WriteRow(ModelTableRow row, TableBlock model, int columns, int[] widths, InlineWriter inlines)
    {
        var tableRow = new TableRow();
        if (row.IsHeader)
        {
            tableRow.Append(new TableRowProperties(new TableHeader(), new CantSplit()));
        }

        for (int c = 0; c < columns; c++)
        {
            var cell = c < row.Cells.Count ? row.Cells[c] : new Core.Model.TableCell([]);
            var alignment = c < model.Alignments.Count ? model.Alignments[c] : ColumnAlignment.Default;
            string style = row.IsHeader ? StyleIds.TableHead : StyleIds.TableText;
            var paragraph = ParagraphFactory.Styled(style, inlines.Write(cell.Inlines), p =>
            {
                if (Justify(alignment, row.IsHeader) is { } justification)
                {
                    p.Justification = new Justification { Val = justification };
                }
            });
            var tableCell = new TableCell(
                new TableCellProperties(new TableCellWidth { Width = widths[c].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
                paragraph);
            tableRow.Append(tableCell);
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
    private static int[] ColumnWidths(TableBlock model, int columns)
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
