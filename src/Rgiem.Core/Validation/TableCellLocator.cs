using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Core.Text;

namespace Rgiem.Core.Validation;

/// <summary>
/// File positions of table cells. A cell with text is where its text starts; an empty cell is found on its
/// row's line by counting the pipes (pipe tables are one row per line, the delimiter row after the header).
/// </summary>
public static class TableCellLocator
{
    public static SourceLocation Locate(TableBlock table, int rowIndex, int columnIndex, SourceText source)
    {
        var row = table.Rows[rowIndex];
        if (columnIndex < row.Cells.Count && FirstLocation(row.Cells[columnIndex].Inlines) is { } start)
        {
            int length = BlockWalker.PlainText(row.Cells[columnIndex].Inlines).Trim().Length;
            return SourceLocation.At(start.Path, start.Start.Line, start.Start.Character, length);
        }

        int line = RowLine(table, rowIndex);
        return SourceLocation.At(table.Location.Path, line, CellColumn(source.GetLineText(line), columnIndex));
    }

    /// <summary>The zero-based line of a row: that of any of its cells' text, else counted from the table's first line.</summary>
    public static int RowLine(TableBlock table, int rowIndex)
    {
        foreach (var cell in table.Rows[rowIndex].Cells)
        {
            if (FirstLocation(cell.Inlines) is { } location)
            {
                return location.Start.Line;
            }
        }

        int headerRows = table.Rows.Count(r => r.IsHeader);
        return table.Location.Start.Line + rowIndex + (rowIndex >= headerRows && headerRows > 0 ? 1 : 0);
    }

    private static int CellColumn(string line, int columnIndex)
    {
        int content = 0;
        while (content < line.Length && line[content] is ' ' or '\t' or '>')
        {
            content++;
        }

        var pipes = new List<int>();
        bool inCode = false;
        for (int i = content; i < line.Length; i++)
        {
            switch (line[i])
            {
                case '\\':
                    i++;
                    break;
                case '`':
                    inCode = !inCode;
                    break;
                case '|' when !inCode:
                    pipes.Add(i);
                    break;
            }
        }

        bool leading = pipes.Count > 0 && pipes[0] == content;
        int delimiter = leading ? columnIndex : columnIndex - 1;
        if (delimiter < 0)
        {
            return content;
        }

        return delimiter < pipes.Count ? Math.Min(pipes[delimiter] + 1, line.Length) : content;
    }

    private static SourceLocation? FirstLocation(IReadOnlyList<Inline> inlines)
    {
        foreach (var leaf in BlockWalker.Leaves(inlines))
        {
            if (leaf is TextRun { Location: { } location } run && run.Text.Trim().Length > 0)
            {
                int blank = run.Text.Length - run.Text.TrimStart().Length;
                return location with { Start = location.Start with { Character = location.Start.Character + blank } };
            }
        }

        return null;
    }
}
