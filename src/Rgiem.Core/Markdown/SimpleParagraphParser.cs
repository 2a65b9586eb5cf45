using System.Buffers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Rgiem.Core.Markdown;

/// <summary>
/// Takes a paragraph of one line of plain text as one block (<see cref="SimpleParagraphBlock"/>) instead of Markdig's
/// paragraph, its lines, its inline container and its literal (issue 21: most of a record's prose is such paragraphs).
/// It opens only where nothing but a paragraph could: at column 0 of a line at the top level of the text that follows a
/// blank line (or the start of the text, or a record's front matter), starts with an ASCII letter, does not start
/// "Table:" (a table's caption, which the binder reads from Markdig's literal), holds no character at which a block or
/// inline parser of any pipeline may start or that Markdig trims or splits on (<see cref="Special"/>, "www.", "://",
/// "mailto:", "tel:"), ends with no blank, and is followed by a blank line or the end of the text (so no setext
/// underline, lazy continuation or second line). Anything else is left to Markdig. The binder makes the same paragraph of
/// both: <c>SimpleParagraphEquivalenceTests</c> holds the model and the diagnostics to those of Markdig's paragraph on
/// the samples, the bench corpus, mutated records and random paragraphs.
/// </summary>
public sealed class SimpleParagraphParser : BlockParser
{
    /// <summary>
    /// The characters at which an inline parser of some pipeline may start (emphasis and its extras, code, links, images,
    /// autolinks, HTML, entities, escapes, footnotes, inline notes, CriticMarkup, pipe tables), the cross-reference's '@',
    /// and every control character (the tab, which Markdig expands, the line ends, '\0', which it replaces).
    /// </summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "\\`*_~^[]!<>&{}@|+=\u007F\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    public SimpleParagraphParser()
    {
        OpeningCharacters = [.. "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"];
    }

    public override bool CanInterrupt(BlockProcessor processor, Block block) => block is not ParagraphBlock;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent || processor.Column != 0 || processor.CurrentContainer is not MarkdownDocument)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        string text = line.Text;
        int start = line.Start;
        bool afterFrontMatter = processor.Context is FrontMatterContext frontMatter && processor.LineIndex == frontMatter.ClosingLine + 1;
        if (start >= text.Length || !char.IsAsciiLetter(text[start]) || (start > 0 && !afterFrontMatter && !AfterBlankLine(text, start)))
        {
            return BlockState.None;
        }

        int end = text.IndexOf('\n', start);
        if (end < 0)
        {
            end = text.Length;
        }

        var content = text.AsSpan(start, end - start);
        if (!IsPlain(content) || !NextLineBlank(text, end))
        {
            return BlockState.None;
        }

        var block = new SimpleParagraphBlock(this, text.Substring(start, end - start))
        {
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(start, end - 1),
        };
        processor.NewBlocks.Push(block);
        return BlockState.ContinueDiscard;
    }

    /// <summary>The block is one line: the next line (blank, or none) ends it.</summary>
    public override BlockState TryContinue(BlockProcessor processor, Block block) => BlockState.Break;

    /// <summary>True when <paramref name="line"/> is plain text that only Markdig's literal parser would take, as one literal.</summary>
    internal static bool IsPlain(ReadOnlySpan<char> line)
    {
        if (line.Length == 0 || char.IsWhiteSpace(line[^1]) || line.StartsWith("Table:", StringComparison.Ordinal) || line.ContainsAny(Special))
        {
            return false;
        }

        // The autolink parser's prefixes, in any case (MarkdownParser.FeatureAt's test for the extension).
        for (int i = line.IndexOfAny(':', '.'); i >= 0; i = Next(line, i))
        {
            if (line[i] == '.'
                ? i >= 3 && line[(i - 3)..i].Equals("www", StringComparison.OrdinalIgnoreCase)
                : line[(i + 1)..].StartsWith("//", StringComparison.Ordinal)
                  || line[..i].EndsWith("mailto", StringComparison.OrdinalIgnoreCase)
                  || line[..i].EndsWith("tel", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;

        static int Next(ReadOnlySpan<char> line, int i)
        {
            int next = line[(i + 1)..].IndexOfAny(':', '.');
            return next < 0 ? -1 : i + 1 + next;
        }
    }

    /// <summary>True when the line after the line end at <paramref name="end"/> is blank (spaces only) or there is none.</summary>
    private static bool NextLineBlank(string text, int end)
    {
        for (int i = end + 1; i < text.Length && text[i] != '\n'; i++)
        {
            if (text[i] != ' ')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the line before the one at <paramref name="start"/> is blank (spaces and tabs only).</summary>
    private static bool AfterBlankLine(string text, int start)
    {
        if (text[start - 1] != '\n')
        {
            return false;
        }

        for (int i = start - 2; i >= 0 && text[i] != '\n'; i--)
        {
            if (text[i] is not (' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }
}
