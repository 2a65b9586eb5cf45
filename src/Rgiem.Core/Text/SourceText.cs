namespace Rgiem.Core.Text;

/// <summary>
/// The text of one input file, with line ends normalised to LF and a byte-order mark removed,
/// plus the table of line starts used to turn offsets into positions.
/// </summary>
public sealed class SourceText
{
    private readonly int[] lineStarts;

    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
        lineStarts = ComputeLineStarts(text);
    }

    /// <summary>The path shown to the user (relative, forward slashes).</summary>
    public string Path { get; }

    public string Text { get; }

    public int LineCount => lineStarts.Length;

    public LinePosition GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        int line = Array.BinarySearch(lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new LinePosition(line, offset - lineStarts[line]);
    }

    public int GetOffset(LinePosition position)
    {
        if (position.Line >= lineStarts.Length)
        {
            return Text.Length;
        }

        int start = lineStarts[Math.Max(0, position.Line)];
        return Math.Min(start + position.Character, GetLineEnd(position.Line));
    }

    public string GetLineText(int line)
    {
        if (line < 0 || line >= lineStarts.Length)
        {
            return string.Empty;
        }

        int start = lineStarts[line];
        return Text[start..GetLineEnd(line)];
    }

    /// <summary>The text of line <paramref name="line"/> (<see cref="GetLineText"/>) without copying it.</summary>
    public ReadOnlySpan<char> GetLineSpan(int line)
    {
        if (line < 0 || line >= lineStarts.Length)
        {
            return [];
        }

        int start = lineStarts[line];
        return Text.AsSpan(start, GetLineEnd(line) - start);
    }

    /// <summary>Normalises raw decoded text: strips a BOM, turns CRLF and lone CR into LF.</summary>
    public static string Normalize(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return text.Contains('\r', StringComparison.Ordinal)
            ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            : text;
    }

    private int GetLineEnd(int line) =>
        line + 1 < lineStarts.Length ? lineStarts[line + 1] - 1 : Text.Length;

    /// <summary>0 and the offset after every '\n': the lines are counted first (one vectorized pass), so the array is the only allocation.</summary>
    private static int[] ComputeLineStarts(string text)
    {
        var starts = new int[text.AsSpan().Count('\n') + 1];
        int index = -1;
        for (int line = 1; line < starts.Length; line++)
        {
            index = text.IndexOf('\n', index + 1);
            starts[line] = index + 1;
        }

        return starts;
    }
}
