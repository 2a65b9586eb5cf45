using System.Buffers;
using Markdig;
using Markdig.Syntax;
using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Markdown;

/// <summary>
/// Stage 3: parses the Markdown body with one shared, immutable Markdig pipeline. Deep nesting is refused
/// before Markdig sees it (Markdig's time grows with the square of the indentation and of the bracket
/// nesting), and Markdig's own depth limit becomes RG2001 instead of an exception. So is a run of lines
/// without a blank line longer than <see cref="MaxBlockChars"/> (RG2012): Markdig's time grows with the square
/// of a paragraph's length for some text (a 500 KB paragraph of "[a](b" takes minutes).
/// The pipeline is chosen by a scan of the text (<see cref="FeaturesOf"/>): the extensions whose syntax the text
/// cannot hold are left out, so that Markdig does not try their parsers at every opening character. A parser that
/// never matches leaves the tree as it is (Markdig joins the literal text it split), so the tree, with every position,
/// is the one of the full <see cref="Pipeline"/> (tests/Rgiem.Core.Tests/Performance/MarkdownPipelineEquivalenceTests.cs).
/// </summary>
public static class MarkdownParser
{
    /// <summary>Deepest run of list or quote markers at the start of a line.</summary>
    public const int MaxMarkerDepth = 32;

    /// <summary>Widest indentation, in columns, before a list or quote marker.</summary>
    public const int MaxIndent = 128;

    /// <summary>Deepest nesting of unclosed '[' within one paragraph.</summary>
    public const int MaxBracketDepth = 32;

    /// <summary>Most characters in one run of lines without a blank line (a real paragraph holds a few thousand).</summary>
    public const int MaxBlockChars = 64 * 1024;

    /// <summary>The pipeline with every extension: what any text parses to.</summary>
    public static MarkdownPipeline Pipeline { get; } = Build(MarkdownFeatures.All);

    /// <summary>The pipelines with fewer extensions, by <see cref="MarkdownFeatures"/>, built when first needed.</summary>
    private static readonly MarkdownPipeline?[] Pipelines = new MarkdownPipeline?[(int)MarkdownFeatures.All + 1];

    /// <summary>The scheme separators and prefixes the autolink parser looks for (a superset, in any case).</summary>
    private static readonly SearchValues<string> AutoLinkStarts = SearchValues.Create(["://", "www.", "mailto:", "tel:"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<char> Braces = SearchValues.Create("{}");

    /// <summary>The pipeline with the extensions in <paramref name="features"/> only.</summary>
    internal static MarkdownPipeline PipelineFor(MarkdownFeatures features)
    {
        if (features == MarkdownFeatures.All)
        {
            return Pipeline;
        }

        // Pipelines are immutable: when two threads build the same one, either may be kept.
        return Pipelines[(int)features] ??= Build(features);
    }

    /// <summary>The extensions whose syntax <paramref name="text"/> may hold (a superset: each test is on characters every use of the syntax starts with).</summary>
    internal static MarkdownFeatures FeaturesOf(string text)
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

    private static MarkdownPipeline Build(MarkdownFeatures features)
    {
        var builder = new MarkdownPipelineBuilder();
        if (features.HasFlag(MarkdownFeatures.PipeTables))
        {
            builder.UsePipeTables();
        }

        builder.UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough
            | Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Superscript
            | Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Subscript);
        if (features.HasFlag(MarkdownFeatures.AutoLinks))
        {
            builder.UseAutoLinks();
        }

        if (features.HasFlag(MarkdownFeatures.Footnotes))
        {
            builder.UseFootnotes();
        }

        builder.UsePreciseSourceLocation();

        if (features.HasFlag(MarkdownFeatures.Footnotes))
        {
            // Before the superscript delimiter and the link parser, so that "^[" and an undefined "[^x]" are taken first.
            builder.InlineParsers.Insert(0, new FootnoteSyntaxParser());
        }

        if (features.HasFlag(MarkdownFeatures.GridTables))
        {
            // Grid tables (pandoc's, with row and column spans) before the list parser, which would take '+' as a bullet.
            builder.BlockParsers.Insert(0, new GridTableParser());
        }

        if (features.HasFlag(MarkdownFeatures.CriticMarkup))
        {
            // CriticMarkup delimiters before the strikethrough ("~~"), autolink and HTML ("<") parsers.
            builder.InlineParsers.Insert(0, new CriticMarkupParser());
        }

        return builder.Build();
    }

    /// <summary>Parses <paramref name="text"/>; returns null (with RG2001 in <paramref name="diagnostics"/>) when it is nested too deeply.</summary>
    public static MarkdownDocument? Parse(string text, string path, DiagnosticBag diagnostics, int lineOffset = 0)
    {
        if (FindTooDeep(text) is { } line)
        {
            diagnostics.Add(StructureDescriptors.NestingTooDeep, SourceLocation.At(path, line + lineOffset, 0), MaxMarkerDepth);
            return null;
        }

        if (FindTooLong(text) is { } block)
        {
            diagnostics.Add(StructureDescriptors.BlockTooLong, SourceLocation.At(path, block.Line + lineOffset, 0), block.Length, MaxBlockChars);
            return null;
        }

        try
        {
            return Markdig.Markdown.Parse(text, PipelineFor(FeaturesOf(text)));
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
    internal static (int Line, int Length)? FindTooLong(string text)
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
