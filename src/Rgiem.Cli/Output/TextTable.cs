namespace Rgiem.Cli.Output;

/// <summary>
/// Columns aligned with spaces, two between columns; the last column is not padded. Cells come from records:
/// their control characters are shown escaped (<see cref="Rgiem.Core.Text.ControlCharacters"/>).
/// </summary>
internal static class TextTable
{
    public static void Write(TextWriter output, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var widths = headers.Select(h => h.Length).ToArray();
        foreach (var row in rows)
        {
            for (int i = 0; i < widths.Length; i++)
            {
                widths[i] = Math.Max(widths[i], Cell(row, i).Length);
            }
        }

        WriteRow(output, headers, widths);
        foreach (var row in rows)
        {
            WriteRow(output, row, widths);
        }
    }

    private static void WriteRow(TextWriter output, IReadOnlyList<string> row, int[] widths)
    {
        var line = new System.Text.StringBuilder();
        for (int i = 0; i < widths.Length; i++)
        {
            string cell = Cell(row, i);
            line.Append(i < widths.Length - 1 ? cell.PadRight(widths[i] + 2) : cell);
        }

        output.WriteLine(line.ToString().TrimEnd());
    }

    private static string Cell(IReadOnlyList<string> row, int index) => index < row.Count ? Rgiem.Core.Text.ControlCharacters.Escape(row[index]) : string.Empty;
}
