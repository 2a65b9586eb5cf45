using Markdig;
using Markdig.Syntax;
using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Markdown;

/// <summary>
/// Stage 3: parses the Markdown body with one shared, immutable Markdig pipeline. Deep nesting is refused
/// before Markdig sees it (Markdig's time grows with the square of the indentation), and Markdig's own
/// depth limit becomes RG2001 instead of an exception.
/// </summary>
public static class MarkdownParser
{
    /// <summary>Deepest run of list or quote markers at the start of a line.</summary>
    public const int MaxMarkerDepth = 32;

    /// <summary>Widest indentation, in columns, before a list or quote marker.</summary>
    public const int MaxIndent = 128;

    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough
            | Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Superscript
            | Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Subscript)
        .UseAutoLinks()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>Parses <paramref name="text"/>; returns null (with RG2001 in <paramref name="diagnostics"/>) when it is nested too deeply.</summary>
    public static MarkdownDocument? Parse(string text, string path, DiagnosticBag diagnostics, int lineOffset = 0)
    {
        if (FindTooDeep(text) is { } line)
        {
            diagnostics.Add(StructureDescriptors.NestingTooDeep, SourceLocation.At(path, line + lineOffset, 0), MaxMarkerDepth);
            return null;
        }

        try
        {
            return Markdig.Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig: "Markdown elements in the input are too deeply nested".
            diagnostics.Add(StructureDescriptors.NestingTooDeep, SourceLocation.FileOnly(path), MaxMarkerDepth);
            return null;
        }
    }

    /// <summary>The zero-based line of the first line nested too deeply, or null.</summary>
    internal static int? FindTooDeep(string text)
    {
        int line = 0;
        int index = 0;
        while (index < text.Length)
        {
            int end = text.IndexOf('\n', index);
            if (end < 0)
            {
                end = text.Length;
            }

            if (IsTooDeep(text.AsSpan(index, end - index)))
            {
                return line;
            }

            index = end + 1;
            line++;
        }

        return null;
    }

    private static bool IsTooDeep(ReadOnlySpan<char> line)
    {
        int column = 0;
        int markers = 0;
        int i = 0;
        while (i < line.Length)
        {
            char c = line[i];
            if (c == ' ')
            {
                column++;
                i++;
            }
            else if (c == '\t')
            {
                column += 4 - (column % 4);
                i++;
            }
            else if (c == '>' || ((c is '-' or '*' or '+') && i + 1 < line.Length && line[i + 1] is ' ' or '\t'))
            {
                markers++;
                column++;
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                int j = i;
                while (j < line.Length && j - i < 9 && char.IsAsciiDigit(line[j]))
                {
                    j++;
                }

                if (j < line.Length - 1 && line[j] is '.' or ')' && line[j + 1] is ' ' or '\t')
                {
                    markers++;
                    column += j - i + 1;
                    i = j + 1;
                }
                else
                {
                    break;
                }
            }
            else
            {
                break;
            }

            // Indentation alone is harmless (a wide code block); indentation that opens a container is nesting.
            if (markers > MaxMarkerDepth || (markers > 0 && column > MaxIndent))
            {
                return true;
            }
        }

        return false;
    }
}
