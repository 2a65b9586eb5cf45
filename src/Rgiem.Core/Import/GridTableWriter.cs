using System.Text;
using Rgiem.Core.Model;

namespace Rgiem.Core.Import;

/// <summary>
/// Draws a table as a pandoc grid table, for the tables a pipe table cannot hold: cells merged across columns or down
/// rows, cells of several paragraphs or a list, more than one header row. Each column is as wide as its widest cell
/// line; a cell that spans rows has its text in its first row, so the row separators it crosses are blank.
/// </summary>
internal static class GridTableWriter
{
    /// <summary>True when <paramref name="table"/> needs a grid table.</summary>
    public static bool Needed(TableBlock table) =>
        table.HasSpans
        || table.Rows.Any(r => r.Cells.Any(c => c.Blocks is not null))
        || table.Rows.Count(r => r.IsHeader) != Math.Min(1, table.Rows.Count)
        || table.Rows.Skip(1).Any(r => r.IsHeader);

    /// <summary>The lines of the table; <paramref name="content"/> gives the Markdown lines of a cell.</summary>
    public static List<string> Draw(TableBlock table, Func<Model.TableCell, IReadOnlyList<string>> content)
    {
        int rows = table.Rows.Count;
        int columns = Math.Max(1, table.ColumnCount);

        // The origin (row, column) of the cell covering each place.
        var origin = new (int Row, int Column)[rows, columns];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                origin[r, c] = (-1, -1);
            }
        }

        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                var cell = At(table, r, c);
                if (origin[r, c] != (-1, -1) && (cell is null || cell.Merged))
                {
                    continue;
                }

                origin[r, c] = (r, c);
                if (cell is null || cell.Merged)
                {
                    continue;
                }

                for (int dr = 0; dr < cell.RowSpan && r + dr < rows; dr++)
                {
                    for (int dc = 0; dc < cell.ColumnSpan && c + dc < columns; dc++)
                    {
                        if ((dr, dc) != (0, 0) && At(table, r + dr, c + dc) is null or { Merged: true } && origin[r + dr, c + dc] == (-1, -1))
                        {
                            origin[r + dr, c + dc] = (r, c);
                        }
                    }
                }
            }
        }

        // The text of each cell of its own, and the span it really has (as far as the places it covers).
        var texts = new Dictionary<(int, int), IReadOnlyList<string>>();
        var spans = new Dictionary<(int, int), (int Rows, int Columns)>();
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                if (origin[r, c] != (r, c))
                {
                    continue;
                }

                var cell = At(table, r, c);
                texts[(r, c)] = cell is null || cell.Merged ? [] : content(cell);
                int across = 1;
                while (c + across < columns && origin[r, c + across] == (r, c))
                {
                    across++;
                }

                int down = 1;
                while (r + down < rows && origin[r + down, c] == (r, c))
                {
                    down++;
                }

                spans[(r, c)] = (down, across);
            }
        }

        // Column widths (text only, without the space each side), then the spanning cells' extra width on their last column.
        var widths = Enumerable.Repeat(3, columns).ToArray();
        foreach (var ((r, c), lines) in texts.Where(t => spans[t.Key].Columns == 1))
        {
            widths[c] = Math.Max(widths[c], lines.Count == 0 ? 0 : lines.Max(l => l.Length));
        }

        foreach (var ((r, c), lines) in texts.Where(t => spans[t.Key].Columns > 1).OrderBy(t => spans[t.Key].Columns))
        {
            int span = spans[(r, c)].Columns;
            int have = widths.Skip(c).Take(span).Sum() + (3 * (span - 1));
            int need = lines.Count == 0 ? 0 : lines.Max(l => l.Length);
            widths[c + span - 1] += Math.Max(0, need - have);
        }

        // Row heights: each cell's text stands in its first row.
        var heights = Enumerable.Repeat(1, rows).ToArray();
        foreach (var ((r, _), lines) in texts)
        {
            heights[r] = Math.Max(heights[r], lines.Count);
        }

        var xs = new int[columns + 1];
        for (int c = 0; c < columns; c++)
        {
            xs[c + 1] = xs[c] + widths[c] + 3;
        }

        int header = table.Rows.TakeWhile(r => r.IsHeader).Count();
        var output = new List<string>();
        for (int r = 0; r <= rows; r++)
        {
            output.Add(Separator(r, rows, columns, origin, xs, r == header && header > 0 && header < rows ? '=' : '-', table.Alignments, r == (header > 0 && header < rows ? header : 0)));
            if (r == rows)
            {
                break;
            }

            for (int line = 0; line < heights[r]; line++)
            {
                var text = new StringBuilder(new string(' ', xs[columns] + 1));
                for (int c = 0; c <= columns; c++)
                {
                    if (c == 0 || c == columns || origin[r, c - 1] != origin[r, c])
                    {
                        text[xs[c]] = '|';
                    }
                }

                for (int c = 0; c < columns; c++)
                {
                    if (origin[r, c] == (r, c) && line < texts[(r, c)].Count)
                    {
                        string value = texts[(r, c)][line];
                        for (int i = 0; i < value.Length; i++)
                        {
                            text[xs[c] + 2 + i] = value[i];
                        }
                    }
                }

                output.Add(text.ToString());
            }
        }

        return output;
    }

    /// <summary>The border above row <paramref name="r"/> (the bottom border when it is the row count).</summary>
    private static string Separator(int r, int rows, int columns, (int Row, int Column)[,] origin, int[] xs, char rule, IReadOnlyList<ColumnAlignment> alignments, bool aligned)
    {
        var line = new StringBuilder(new string(' ', xs[columns] + 1));
        var drawn = new bool[columns];
        for (int c = 0; c < columns; c++)
        {
            // Not drawn where a cell from the row above reaches down into this one.
            drawn[c] = r == 0 || r == rows || origin[r, c].Row == r;
            if (drawn[c])
            {
                for (int x = xs[c] + 1; x < xs[c + 1]; x++)
                {
                    line[x] = rule;
                }

                var alignment = aligned && c < alignments.Count ? alignments[c] : ColumnAlignment.Default;
                if (alignment is ColumnAlignment.Left or ColumnAlignment.Center)
                {
                    line[xs[c] + 1] = ':';
                }

                if (alignment is ColumnAlignment.Right or ColumnAlignment.Center)
                {
                    line[xs[c + 1] - 1] = ':';
                }
            }
        }

        for (int c = 0; c <= columns; c++)
        {
            bool left = c > 0 && drawn[c - 1];
            bool right = c < columns && drawn[c];
            if (left || right)
            {
                line[xs[c]] = '+';
            }
            else if (c == 0 || c == columns || origin[r, c - 1] != origin[r, c])
            {
                line[xs[c]] = '|';
            }
        }

        return line.ToString();
    }

    private static Model.TableCell? At(TableBlock table, int row, int column) =>
        column < table.Rows[row].Cells.Count ? table.Rows[row].Cells[column] : null;
}
