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
/// The pipeline is chosen by the same walk over the text (<see cref="Scan"/>): the extensions whose syntax the text
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

    /// <summary>
    /// The characters <see cref="Scan"/> stops at: brackets and escapes (the nesting limit) and a character of each
    /// extension's syntax ("www." at its '.': a search of the text for it in any case cost more than the whole walk).
    /// </summary>
    private static readonly SearchValues<char> Marks = SearchValues.Create("\\[]|{}~^+:.");

    /// <summary>The pipelines of <see cref="Pipelines"/> that also pass over a record's front matter (<see cref="ParseRecord"/>).</summary>
    private static readonly MarkdownPipeline?[] RecordPipelines = new MarkdownPipeline?[(int)MarkdownFeatures.All + 1];

    /// <summary><see cref="PipelineFor"/> with the <see cref="FrontMatterSkipParser"/>, for <see cref="ParseRecord"/>.</summary>
    internal static MarkdownPipeline RecordPipelineFor(MarkdownFeatures features) =>
        RecordPipelines[(int)features] ??= Build(features, frontMatter: true);

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

    /// <summary>
    /// The extensions whose syntax <paramref name="text"/> may hold (a superset: each test is on characters every use of
    /// the syntax starts with). Read by the same walk as the nesting and length limits (<see cref="Scan"/>).
    /// </summary>
    internal static MarkdownFeatures FeaturesOf(string text)
    {
        var scan = Scan(text);
        if (scan.TooDeepLine is null)
        {
            return scan.Features;
        }

        // Parse gives such a text no pipeline, but the features are still those of the whole text.
        var features = MarkdownFeatures.None;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            Walk(line, 0, ref features, limit: false);
        }

        return features;
    }

    /// <summary>
    /// One walk over the lines of <paramref name="text"/> for what <see cref="Parse"/> must know before Markdig runs: the
    /// first line nested too deeply (then the walk stops there, and nothing else is known), else the first run of lines
    /// longer than <see cref="MaxBlockChars"/> and the extensions the text may need. Within a line only the characters
    /// in <see cref="Marks"/> are visited (a vectorized search jumps between them): the brackets and escapes of the
    /// nesting limit and the first character of each extension's syntax. Every syntax an extension is chosen on lies
    /// within a line, so a walk by lines sees what a search of the whole text saw (issue 21; the former three scans are
    /// kept as the oracle in tests/Rgiem.Core.Tests/Performance/Definitions/MarkdownScanDefinition.cs).
    /// </summary>
    internal static TextScan Scan(string text) => ScanFrom(text, 0, 0);

    /// <summary><see cref="Scan"/> of the lines from the offset <paramref name="start"/> (the start of line <paramref name="firstLine"/>) on.</summary>
    private static TextScan ScanFrom(string text, int start, int firstLine)
    {
        int line = firstLine;
        int index = start;
        int brackets = 0;
        int blockLine = 0;
        int blockStart = -1;
        (int Line, int Length)? tooLong = null;
        var features = MarkdownFeatures.None;
        while (index <= text.Length)
        {
            int end = text.IndexOf('\n', index);
            if (end < 0)
            {
                end = text.Length;
            }

            var span = text.AsSpan(index, end - index);
            bool blank = span.IsWhiteSpace();
            if (blank)
            {
                // A blank line ends the paragraph, and with it any brackets left open (it opens no container either).
                brackets = 0;
            }
            else
            {
                if (IsTooDeep(span))
                {
                    return new TextScan(line, null, MarkdownFeatures.None);
                }

                // Brackets may nest across the lines of a paragraph.
                brackets = Walk(span, brackets, ref features, limit: true);
                if (brackets > MaxBracketDepth)
                {
                    return new TextScan(line, null, MarkdownFeatures.None);
                }

                if (blockStart < 0)
                {
                    blockStart = index;
                    blockLine = line;
                }
            }

            if (blockStart >= 0 && (blank || end == text.Length))
            {
                int length = (blank ? index : end) - blockStart;
                if (length > MaxBlockChars && tooLong is null)
                {
                    tooLong = (blockLine, length);
                }

                blockStart = -1;
            }

            index = end + 1;
            line++;
        }

        return new TextScan(null, tooLong, features);
    }

    /// <summary>
    /// The depth of unclosed '[' after <paramref name="line"/> (it stops past the limit); adds to <paramref name="features"/>
    /// the extensions whose syntax starts at the characters of <see cref="Marks"/> it visits, escaped or not. Without
    /// <paramref name="limit"/> it reads the whole line whatever the depth.
    /// </summary>
    private static int Walk(ReadOnlySpan<char> line, int depth, ref MarkdownFeatures features, bool limit)
    {
        int i = 0;
        while (i < line.Length)
        {
            int next = line[i..].IndexOfAny(Marks);
            if (next < 0)
            {
                break;
            }

            i += next;
            switch (line[i])
            {
                case '\\':
                    // The escaped character counts for no bracket, but its syntax is still seen (a search of the text saw it).
                    if (i + 1 < line.Length)
                    {
                        features |= FeatureAt(line, i + 1);
                    }

                    i += 2;
                    continue;
                case '[':
                    features |= FeatureAt(line, i);
                    if (++depth > MaxBracketDepth && limit)
                    {
                        return depth;
                    }

                    break;
                case ']':
                    if (depth > 0)
                    {
                        depth--;
                    }

                    break;
                default:
                    features |= FeatureAt(line, i);
                    break;
            }

            i++;
        }

        return depth;
    }

    /// <summary>The extension whose syntax may start at <paramref name="line"/>[<paramref name="i"/>] (with the characters around it).</summary>
    private static MarkdownFeatures FeatureAt(ReadOnlySpan<char> line, int i)
    {
        char next = i + 1 < line.Length ? line[i + 1] : '\0';
        return line[i] switch
        {
            '|' => MarkdownFeatures.PipeTables,
            '{' or '}' => MarkdownFeatures.CriticMarkup,
            '~' when next == '>' => MarkdownFeatures.CriticMarkup,
            '[' when next == '^' => MarkdownFeatures.Footnotes,
            '^' when next == '[' || (i > 0 && line[i - 1] == '[') => MarkdownFeatures.Footnotes,

            // A '+' followed by '+', '-', '=' or ':', as at the start of a grid table's border (GridTableLayout.IsRule).
            '+' when next is '+' or '-' or '=' or ':' => MarkdownFeatures.GridTables,

            // The scheme separators and prefixes the autolink parser looks for, in any case.
            '.' when i >= 3 && line[(i - 3)..i].Equals("www", StringComparison.OrdinalIgnoreCase) => MarkdownFeatures.AutoLinks,
            ':' when line[(i + 1)..].StartsWith("//", StringComparison.Ordinal)
                || line[..i].EndsWith("mailto", StringComparison.OrdinalIgnoreCase)
                || line[..i].EndsWith("tel", StringComparison.OrdinalIgnoreCase) => MarkdownFeatures.AutoLinks,
            _ => MarkdownFeatures.None,
        };
    }

    /// <summary>
    /// The pipeline of <paramref name="features"/> without the <see cref="SimplePipeTableParser"/>: every pipe table is
    /// Markdig's. For the tests that hold the simple tables to Markdig's (built each call).
    /// </summary>
    internal static MarkdownPipeline PipelineWithoutSimpleTables(MarkdownFeatures features) => Build(features, simpleTables: false);

    private static MarkdownPipeline Build(MarkdownFeatures features, bool frontMatter = false, bool simpleTables = true)
    {
        var builder = new MarkdownPipelineBuilder();
        if (features.HasFlag(MarkdownFeatures.PipeTables))
        {
            builder.UsePipeTables();
            if (simpleTables)
            {
                // A table of plain cells as one block, before Markdig's paragraph (issue 21).
                builder.BlockParsers.Insert(0, new SimplePipeTableParser());
            }
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

        if (frontMatter)
        {
            // Before every other parser of '-' (the thematic break, the list): it opens on line 1 only.
            builder.BlockParsers.Insert(0, new FrontMatterSkipParser());
        }

        return builder.Build();
    }

    /// <summary>
    /// Parses the body of a record: <paramref name="text"/> is the record's whole text, whose front matter ends at line
    /// <paramref name="closingLine"/>, and the body starts at <paramref name="bodyStart"/>. The tree, and every diagnostic,
    /// are those of <see cref="Parse"/> of the text with its front matter blanked (each character but the line ends a space),
    /// which is how the binder read a record before issue 21; the text is not copied.
    /// </summary>
    public static MarkdownDocument? ParseRecord(string text, int closingLine, int bodyStart, string path, DiagnosticBag diagnostics)
    {
        if (text.AsSpan(0, bodyStart).Contains('\r'))
        {
            // A text not normalized (SourceText.Normalize): Markdig would take a '\r' for a line end. Not from a file.
            return Parse(Blanked(text, bodyStart), path, diagnostics);
        }

        // Blanked lines are blank for the limits too: the scan starts after them, with nothing open.
        var scan = ScanFrom(text, bodyStart, closingLine + 1);
        return ParseScanned(text, scan, path, diagnostics, 0, new FrontMatterContext(closingLine));
    }

    /// <summary><paramref name="text"/> with every character before <paramref name="bodyStart"/> but the line ends turned into a space.</summary>
    private static string Blanked(string text, int bodyStart) =>
        string.Create(text.Length, (text, bodyStart), static (span, state) =>
        {
            var (source, start) = state;
            for (int i = 0; i < start; i++)
            {
                span[i] = source[i] == '\n' ? '\n' : ' ';
            }

            source.AsSpan(start).CopyTo(span[start..]);
        });

    /// <summary>Parses <paramref name="text"/>; returns null (with RG2001 in <paramref name="diagnostics"/>) when it is nested too deeply.</summary>
    public static MarkdownDocument? Parse(string text, string path, DiagnosticBag diagnostics, int lineOffset = 0)
    {
        var scan = Scan(text);
        return ParseScanned(text, scan, path, diagnostics, lineOffset, null);
    }

    private static MarkdownDocument? ParseScanned(string text, TextScan scan, string path, DiagnosticBag diagnostics, int lineOffset, FrontMatterContext? frontMatter)
    {
        if (scan.TooDeepLine is { } line)
        {
            diagnostics.Add(StructureDescriptors.NestingTooDeep, SourceLocation.At(path, line + lineOffset, 0), MaxMarkerDepth);
            return null;
        }

        if (scan.TooLong is { } block)
        {
            diagnostics.Add(StructureDescriptors.BlockTooLong, SourceLocation.At(path, block.Line + lineOffset, 0), block.Length, MaxBlockChars);
            return null;
        }

        try
        {
            return frontMatter is null
                ? Markdig.Markdown.Parse(text, PipelineFor(scan.Features))
                : Markdig.Markdown.Parse(text, RecordPipelineFor(scan.Features), frontMatter);
        }
        catch (ArgumentException)
        {
            // Markdig: "Markdown elements in the input are too deeply nested".
            diagnostics.Add(StructureDescriptors.NestingTooDeep, SourceLocation.FileOnly(path), MaxMarkerDepth);
            return null;
        }
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
