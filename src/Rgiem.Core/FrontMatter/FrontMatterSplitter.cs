using Rgiem.Core.Diagnostics;
using Rgiem.Core.Text;

namespace Rgiem.Core.FrontMatter;

/// <summary>
/// Stage 2a: finds the front matter. It opens with a line <c>---</c> on line 1 and closes with the next
/// line that is <c>---</c> or <c>...</c>. Markdig would silently read an unclosed block as a thematic
/// break; here it is RG1001.
/// </summary>
public static class FrontMatterSplitter
{
    /// <returns>The section, or null when the file has no front matter or it is not closed (see <paramref name="error"/>).</returns>
    public static FrontMatterSection? Split(SourceText source, out Diagnostic? error)
    {
        error = null;
        string text = source.Text;
        if (!IsFence(LineOf(text, 0), allowDots: false))
        {
            return null;
        }

        // The lines are read from the text itself (the line at offset start runs to its '\n'), not copied.
        int start = text.IndexOf('\n') + 1;
        for (int line = 1; start > 0 && start <= text.Length && line < source.LineCount; line++)
        {
            var lineText = LineOf(text, start);
            start += lineText.Length + 1;
            if (IsFence(lineText, allowDots: true))
            {
                int yamlStart = source.GetOffset(new LinePosition(1, 0));
                int yamlEnd = source.GetOffset(new LinePosition(line, 0));
                string yaml = yamlEnd > yamlStart ? text[yamlStart..yamlEnd] : string.Empty;
                int bodyStart = line + 1 < source.LineCount ? source.GetOffset(new LinePosition(line + 1, 0)) : text.Length;
                return new FrontMatterSection(yaml, 1, line, bodyStart);
            }
        }

        error = Diagnostic.Create(FrontMatterDescriptors.NotClosed, SourceLocation.At(source.Path, 0, 0, 3));
        return null;
    }

    private static ReadOnlySpan<char> LineOf(string text, int start)
    {
        int end = text.IndexOf('\n', start);
        return text.AsSpan(start, (end < 0 ? text.Length : end) - start);
    }

    private static bool IsFence(ReadOnlySpan<char> line, bool allowDots)
    {
        var trimmed = line.TrimEnd(" \t");
        return trimmed.SequenceEqual("---") || (allowDots && trimmed.SequenceEqual("..."));
    }
}
