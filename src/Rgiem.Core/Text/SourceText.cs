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

    /// <summary>Most line starts a thread keeps in <see cref="scratch"/> between texts (a longer text uses a buffer of its own).</summary>
    private const int MaxScratchLines = 1 << 16;

    /// <summary>The line starts of the text being read on this thread, before they are copied into an array of their count.</summary>
    [ThreadStatic]
    private static int[]? scratch;

    /// <summary>
    /// 0 and the offset after every '\n', in one pass of vectorized searches into a buffer of the thread, then copied into
    /// an array of their count: the array is the only allocation. (Counting the line ends first was a second pass over
    /// the text, and NativeAOT's count of a character calls the software form of a vector instruction: issue 21, h28c.)
    /// </summary>
    private static int[] ComputeLineStarts(string text)
    {
        var buffer = scratch ??= new int[256];
        buffer[0] = 0;
        int count = 1;
        var span = text.AsSpan();
        int at = 0;
        while (true)
        {
            int next = span[at..].IndexOf('\n');
            if (next < 0)
            {
                break;
            }

            at += next + 1;
            if (count == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
                if (buffer.Length <= MaxScratchLines)
                {
                    scratch = buffer;
                }
            }

            buffer[count++] = at;
        }

        return buffer.AsSpan(0, count).ToArray();
    }
}
