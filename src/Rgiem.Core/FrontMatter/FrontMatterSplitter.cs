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
        if (!IsFence(source.GetLineText(0), allowDots: false))
        {
            return null;
        }

        for (int line = 1; line < source.LineCount; line++)
        {
            if (IsFence(source.GetLineText(line), allowDots: true))
            {
                int yamlStart = source.GetOffset(new LinePosition(1, 0));
                int yamlEnd = source.GetOffset(new LinePosition(line, 0));
                string yaml = yamlEnd > yamlStart ? text[yamlStart..yamlEnd] : string.Empty;
                int bodyStart = line + 1 < source.LineCount ? source.GetOffset(new LinePosition(line + 1, 0)) : text.Length;
                return new FrontMatterSection(yaml, 1, line, Blank(text, bodyStart));
            }
        }

        error = Diagnostic.Create(FrontMatterDescriptors.NotClosed, SourceLocation.At(source.Path, 0, 0, 3));
        return null;
    }

    private static bool IsFence(string line, bool allowDots)
    {
        string trimmed = line.TrimEnd(' ', '\t');
        return trimmed == "---" || (allowDots && trimmed == "...");
    }

    private static string Blank(string text, int bodyStart) =>
        string.Create(text.Length, (text, bodyStart), static (span, state) =>
        {
            var (source, start) = state;
            for (int i = 0; i < start; i++)
            {
                span[i] = source[i] == '\n' ? '\n' : ' ';
            }

            source.AsSpan(start).CopyTo(span[start..]);
        });
}
