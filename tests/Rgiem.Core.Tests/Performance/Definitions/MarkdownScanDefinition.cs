using System.Buffers;
using Rgiem.Core.Markdown;

namespace Rgiem.Core.Tests.Performance.Definitions;

/// <summary>
/// The three scans the Markdown stage made of a text before Markdig ran: the extensions the text may need, the first
/// line nested too deeply, the first run of lines too long.
/// </summary>
/// <remarks>
/// <see cref="MarkdownParser"/>'s scans as they were before issue 21's load pass (now one walk, <c>MarkdownParser.Scan</c>),
/// kept unchanged as the oracle of <c>MarkdownScanEquivalenceTests</c>.
/// </remarks>
internal static class MarkdownScanDefinition
{
    public const int MaxMarkerDepth = MarkdownParser.MaxMarkerDepth;

    public const int MaxIndent = MarkdownParser.MaxIndent;

    public const int MaxBracketDepth = MarkdownParser.MaxBracketDepth;

    public const int MaxBlockChars = MarkdownParser.MaxBlockChars;

    /// <summary>The scheme separators and prefixes the autolink parser looks for (a superset, in any case).</summary>
    private static readonly SearchValues<string> AutoLinkStarts = SearchValues.Create(["://", "www.", "mailto:", "tel:"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<char> Braces = SearchValues.Create("{}");

    /// <summary>The extensions whose syntax <paramref name="text"/> may hold (a superset: each test is on characters every use of the syntax starts with).</summary>
    public static MarkdownFeatures FeaturesOf(string text)
    {
        var span = text.AsSpan();
        var features = MarkdownFeatures.None;
        if (span.Contains('|'))
        {
            features |= MarkdownFeatures.PipeTables;
        }

        if (span.IndexOfAny(AutoLinkStarts) >= 0)
        {
            features |= MarkdownFeatures.AutoLinks;
        }

        if (span.IndexOf("[^", StringComparison.Ordinal) >= 0 || span.IndexOf("^[", StringComparison.Ordinal) >= 0)
        {
            features |= MarkdownFeatures.Footnotes;
        }

        if (span.IndexOfAny(Braces) >= 0 || span.IndexOf("~>", StringComparison.Ordinal) >= 0)
        {
            features |= MarkdownFeatures.CriticMarkup;
        }

        if (MayHoldGridRule(span))
        {
            features |= MarkdownFeatures.GridTables;
        }

        return features;
    }

    /// <summary>True when a '+' is followed by '+', '-', '=' or ':', as at the start of a grid table's border (<see cref="GridTableLayout.IsRule"/>).</summary>
    private static bool MayHoldGridRule(ReadOnlySpan<char> span)
    {
        int plus;
        while ((plus = span.IndexOf('+')) >= 0 && plus + 1 < span.Length)
        {
            if (span[plus + 1] is '+' or '-' or '=' or ':')
            {
                return true;
            }

            span = span[(plus + 1)..];
        }

        return false;
    }

    /// <summary>The zero-based line of the first line nested too deeply, or null.</summary>
    public static int? FindTooDeep(string text)
    {
        int line = 0;
        int index = 0;
        int brackets = 0;
        while (index < text.Length)
        {
            int end = text.IndexOf('\n', index);
            if (end < 0)
            {
                end = text.Length;
            }

            var span = text.AsSpan(index, end - index);
            if (IsTooDeep(span))
            {
                return line;
            }

            // Brackets may nest across the lines of a paragraph; a blank line ends the paragraph.
            brackets = span.IsWhiteSpace() ? 0 : Brackets(span, brackets);
            if (brackets > MaxBracketDepth)
            {
                return line;
            }

            index = end + 1;
            line++;
        }

        return null;
    }

    /// <summary>The first run of non-blank lines longer than <see cref="MaxBlockChars"/>: its zero-based line and its length.</summary>
    public static (int Line, int Length)? FindTooLong(string text)
    {
        int line = 0;
        int index = 0;
        int blockLine = 0;
        int blockStart = -1;
        while (index <= text.Length)
        {
            int end = text.IndexOf('\n', index);
            if (end < 0)
            {
                end = text.Length;
            }

            bool blank = text.AsSpan(index, end - index).IsWhiteSpace();
            if (!blank && blockStart < 0)
            {
                blockStart = index;
                blockLine = line;
            }

            if (blockStart >= 0 && (blank || end == text.Length))
            {
                int length = (blank ? index : end) - blockStart;
                if (length > MaxBlockChars)
                {
                    return (blockLine, length);
                }

                blockStart = -1;
            }

            index = end + 1;
            line++;
        }

        return null;
    }

    /// <summary>The depth of unclosed '[' after <paramref name="line"/>; stops counting past the limit.</summary>
    private static int Brackets(ReadOnlySpan<char> line, int depth)
    {
        for (int i = 0; i < line.Length && depth <= MaxBracketDepth; i++)
        {
            switch (line[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    depth++;
                    break;
                case ']' when depth > 0:
                    depth--;
                    break;
            }
        }

        return depth;
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
