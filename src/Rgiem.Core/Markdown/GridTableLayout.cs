namespace Rgiem.Core.Markdown;

/// <summary>
/// A grid table as pandoc 3 reads it, worked out from its lines: the columns (every '+' of a line drawn only with
/// '+', '-', '=' and ':' is a column border), the rows (every line that draws a border across some column), and the
/// cells, which span the columns whose border is left out and the rows whose separator is left out. Each border line
/// and each column border is read once, so the time is linear in the table's characters.
/// </summary>
public sealed record GridTableLayout(int Columns, int HeaderRows, IReadOnlyList<Model.ColumnAlignment> Alignments, IReadOnlyList<GridCell> Cells)
{
    /// <summary>Reads <paramref name="lines"/> (the table's lines, each starting at its left border); null with <paramref name="problem"/> set when the drawing is broken.</summary>
    public static GridTableLayout? Read(IReadOnlyList<string> lines, out GridTableProblem? problem)
    {
        problem = null;
        var rows = lines.Select(l => l.TrimEnd(' ')).ToList();
        int width = rows[0].Length;
        for (int i = 0; i < rows.Count; i++)
        {
            string line = rows[i];
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0)
            {
                problem = new(GridTableProblemKind.Line, i, tab, "a grid table's lines are measured in characters: write spaces instead of the tab");
                return null;
            }

            if (line.Length != width || line[^1] is not ('|' or '+'))
            {
                problem = new(GridTableProblemKind.Line, i, Math.Min(line.Length, width), $"every line of a grid table ends at column {width} (where the top border ends) with '|' or '+'; this one is {line.Length} characters long: pad the cells with spaces or shorten them so the right borders line up");
                return null;
            }

            if (line[0] is not ('|' or '+'))
            {
                problem = new(GridTableProblemKind.Line, i, 0, "every line of a grid table starts with '|' or '+' at the column of the top border");
                return null;
            }
        }

        if (rows.Count < 3 || !IsRule(rows[^1]))
        {
            problem = new(GridTableProblemKind.Line, rows.Count - 1, 0, "a grid table ends with a border line such as '+-----+-----+' after its last row");
            return null;
        }

        // Column borders: the '+' of the full rule lines (top, header separator, bottom and full row separators).
        var isBorder = new bool[width];
        foreach (string line in rows)
        {
            if (IsRule(line))
            {
                for (int x = 0; x < width; x++)
                {
                    isBorder[x] |= line[x] == '+';
                }
            }
        }

        var xs = new List<int>();
        for (int x = 0; x < width; x++)
        {
            if (isBorder[x])
            {
                if (xs.Count > 0 && xs[^1] == x - 1)
                {
                    problem = new(GridTableProblemKind.Cell, 0, x, "two column borders '++' side by side make an empty column: leave at least one '-' between them");
                    return null;
                }

                xs.Add(x);
            }
        }

        int columns = xs.Count - 1;

        // Row borders: the lines that draw a separator ('-', '=' or ':' only) across at least one column.
        var ys = new List<int>();
        var equalsAt = new int[rows.Count];
        for (int y = 0; y < rows.Count; y++)
        {
            bool any = false;
            equalsAt[y] = -1;
            for (int c = 0; c < columns; c++)
            {
                if (rows[y][xs[c]] == '+' && rows[y][xs[c + 1]] == '+' && IsSegment(rows[y], xs[c] + 1, xs[c + 1]))
                {
                    any = true;
                    int equals = rows[y].IndexOf('=', xs[c] + 1, xs[c + 1] - xs[c] - 1);
                    equalsAt[y] = equalsAt[y] < 0 ? equals : equalsAt[y];
                }
            }

            if (any)
            {
                if (ys.Count > 0 && ys[^1] == y - 1)
                {
                    problem = new(GridTableProblemKind.Cell, y, 0, "two border lines in a row make an empty row: write the row's text between them, or remove one");
                    return null;
                }

                ys.Add(y);
            }
        }

        if (ys[0] != 0)
        {
            problem = new(GridTableProblemKind.Line, 0, 0, "a grid table starts with a border line such as '+-----+-----+'");
            return null;
        }

        // The header separator: one full rule line of '=', not the first or the last.
        int headerLine = -1;
        for (int y = 0; y < rows.Count; y++)
        {
            int equals = equalsAt[y];
            if (equals < 0)
            {
                continue;
            }

            if (!IsRule(rows[y]) || y == 0 || y == rows.Count - 1 || headerLine >= 0)
            {
                problem = new(GridTableProblemKind.Header, y, equals, headerLine >= 0
                    ? "a grid table has one header separator ('+=====+'); make this one a row separator with '-'"
                    : "the header separator is one whole line of '=' between corners ('+=====+=====+'), after the header rows and before the body");
                return null;
            }

            headerLine = y;
        }

        int bands = ys.Count - 1;

        // Elementary cells (band, column) joined with their neighbours where the border between them is left out.
        var parent = new int[bands * columns];
        for (int i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        for (int b = 0; b < bands; b++)
        {
            for (int c = 1; c < columns; c++)
            {
                // The column border x between columns c-1 and c, on the lines of band b.
                int x = xs[c];
                int drawn = 0;
                int lineCount = ys[b + 1] - ys[b] - 1;
                for (int y = ys[b] + 1; y < ys[b + 1]; y++)
                {
                    drawn += rows[y][x] is '|' or '+' ? 1 : 0;
                }

                if (drawn == 0)
                {
                    Union(parent, (b * columns) + c - 1, (b * columns) + c);
                }
                else if (drawn != lineCount)
                {
                    int y = ys[b] + 1;
                    while (rows[y][x] is '|' or '+')
                    {
                        y++;
                    }

                    problem = new(GridTableProblemKind.Cell, y, x, "this column border is drawn on some lines of the row and not on others: draw '|' on every line, or on none to join the two cells");
                    return null;
                }
            }
        }

        for (int b = 1; b < bands; b++)
        {
            int y = ys[b];
            for (int c = 0; c < columns; c++)
            {
                int from = xs[c] + 1;
                int to = xs[c + 1];
                if (IsSegment(rows[y], from, to))
                {
                    continue;
                }

                if (HasRuleCharacter(rows[y], from, to, out int at))
                {
                    problem = new(GridTableProblemKind.Cell, y, at, "this row separator is drawn over part of a column only: draw '-' across the whole column, or none (spaces and text) to join the cells above and below");
                    return null;
                }

                Union(parent, ((b - 1) * columns) + c, (b * columns) + c);
            }
        }

        // Each group of elementary cells must be a rectangle.
        var top = new int[parent.Length];
        var left = new int[parent.Length];
        var bottom = new int[parent.Length];
        var right = new int[parent.Length];
        var count = new int[parent.Length];
        Array.Fill(top, int.MaxValue);
        Array.Fill(left, int.MaxValue);
        for (int b = 0; b < bands; b++)
        {
            for (int c = 0; c < columns; c++)
            {
                int root = Find(parent, (b * columns) + c);
                top[root] = Math.Min(top[root], b);
                left[root] = Math.Min(left[root], c);
                bottom[root] = Math.Max(bottom[root], b);
                right[root] = Math.Max(right[root], c);
                count[root]++;
            }
        }

        var cells = new List<GridCell>();
        for (int b = 0; b < bands; b++)
        {
            for (int c = 0; c < columns; c++)
            {
                int root = Find(parent, (b * columns) + c);
                if (top[root] != b || left[root] != c)
                {
                    continue;
                }

                int rowSpan = bottom[root] - b + 1;
                int columnSpan = right[root] - c + 1;
                if (rowSpan * columnSpan != count[root])
                {
                    problem = new(GridTableProblemKind.Cell, ys[b] + 1, xs[c] + 1, "this cell is not a rectangle: draw its borders so that it covers whole rows and whole columns");
                    return null;
                }

                if (headerLine >= 0 && ys[b] < headerLine && ys[b + rowSpan] > headerLine)
                {
                    problem = new(GridTableProblemKind.Header, headerLine, xs[c] + 1, "a cell of the header runs across the header separator: the '=' line must be drawn across every column");
                    return null;
                }

                cells.Add(Text(rows, ys[b], ys[b + rowSpan], xs[c], xs[c + columnSpan]) with { Row = b, Column = c, RowSpan = rowSpan, ColumnSpan = columnSpan });
            }
        }

        int headerRows = headerLine < 0 ? 0 : ys.IndexOf(headerLine);
        var alignments = ReadAlignments(rows[headerLine < 0 ? 0 : headerLine], xs, out var colon);
        if (colon is { } misplaced)
        {
            problem = new(GridTableProblemKind.Header, headerLine < 0 ? 0 : headerLine, misplaced, "an alignment colon stands at either end of a column's segment: ':---' left, '---:' right, ':---:' centred");
            return null;
        }

        return new GridTableLayout(columns, headerRows, alignments, cells);
    }

    /// <summary>True when <paramref name="line"/> is drawn only with '+', '-', '=' and ':', starting and ending with '+'.</summary>
    public static bool IsRule(string line)
    {
        if (line.Length < 3 || line[0] != '+' || line[^1] != '+')
        {
            return false;
        }

        bool dash = false;
        foreach (char ch in line)
        {
            if (ch is not ('+' or '-' or '=' or ':'))
            {
                return false;
            }

            dash |= ch is '-' or '=';
        }

        return dash;
    }

    private static bool IsSegment(string line, int from, int to)
    {
        if (to <= from)
        {
            return false;
        }

        for (int x = from; x < to; x++)
        {
            if (line[x] is not ('-' or '=' or ':'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when a row separator is drawn over part of a column: a run of two '-' or '=', or one against a corner.
    /// Text carried down a spanning cell ("2024-07", "a = b") has neither.
    /// </summary>
    private static bool HasRuleCharacter(string line, int from, int to, out int at)
    {
        for (int x = from; x < to; x++)
        {
            bool rule = line[x] is '-' or '=';
            if (rule && (x == from || x == to - 1 || line[x + 1] is '-' or '='))
            {
                at = x;
                return true;
            }
        }

        at = -1;
        return false;
    }

    private static List<Model.ColumnAlignment> ReadAlignments(string line, List<int> xs, out int? misplaced)
    {
        misplaced = null;
        var result = new List<Model.ColumnAlignment>();
        for (int c = 0; c + 1 < xs.Count; c++)
        {
            int from = xs[c] + 1;
            int to = xs[c + 1] - 1;
            bool leftColon = line[from] == ':';
            bool rightColon = to > from && line[to] == ':';
            for (int x = from + 1; x < to; x++)
            {
                if (line[x] == ':' && misplaced is null)
                {
                    misplaced = x;
                }
            }

            result.Add((leftColon, rightColon) switch
            {
                (true, true) => Model.ColumnAlignment.Center,
                (true, false) => Model.ColumnAlignment.Left,
                (false, true) => Model.ColumnAlignment.Right,
                _ => Model.ColumnAlignment.Default,
            });
        }

        return result;
    }

    /// <summary>The text inside the borders, its common indentation removed, and where it starts.</summary>
    private static GridCell Text(List<string> rows, int top, int bottom, int left, int right)
    {
        int indent = int.MaxValue;
        for (int y = top + 1; y < bottom; y++)
        {
            string line = rows[y];
            for (int x = left + 1; x < right; x++)
            {
                if (line[x] != ' ')
                {
                    indent = Math.Min(indent, x - left - 1);
                    break;
                }
            }
        }

        if (indent == int.MaxValue)
        {
            return new GridCell(0, 0, 1, 1, string.Empty, top + 1, left + 1);
        }

        // Blank lines at the top and the bottom are left out; the text starts on the first line with text.
        int first = top + 1;
        while (rows[first].AsSpan(left + 1, right - left - 1).IsWhiteSpace())
        {
            first++;
        }

        var text = new System.Text.StringBuilder();
        for (int y = first; y < bottom; y++)
        {
            if (y > first)
            {
                text.Append('\n');
            }

            text.Append(rows[y].AsSpan(left + 1 + indent, right - left - 1 - indent).TrimEnd(' '));
        }

        return new GridCell(0, 0, 1, 1, text.ToString().TrimEnd('\n'), first, left + 1 + indent);
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        int ra = Find(parent, a);
        int rb = Find(parent, b);
        if (ra != rb)
        {
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
