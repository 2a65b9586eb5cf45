using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Rgiem.Core.Markdown;

/// <summary>
/// The footnote syntax Markdig's footnotes extension leaves to others: the start of a pandoc inline note
/// (<c>^[</c>, whose text runs to the matching <c>]</c>) and a citation <c>[^label]</c> without a definition. Both are
/// taken before the superscript delimiter can pair the <c>^</c> with another one further on.
/// </summary>
internal sealed class FootnoteSyntaxParser : InlineParser
{
    public FootnoteSyntaxParser() => OpeningCharacters = ['^', '['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        int start = slice.Start;
        if (slice.CurrentChar == '^' && slice.PeekChar() == '[')
        {
            var note = new InlineNoteStart();
            Place(note, processor, start, 2);
            slice.Start += 2;
            processor.Inline = note;
            return true;
        }

        if (slice.CurrentChar != '[' || slice.PeekChar() != '^')
        {
            return false;
        }

        string text = slice.Text;
        int end = start + 2;
        while (end <= slice.End && text[end] is not (']' or '[') && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        if (end > slice.End || text[end] != ']' || end == start + 2)
        {
            return false;
        }

        string label = text[(start + 2)..end];
        if (processor.Document.GetLinkReferenceDefinitions(false) is { } definitions && definitions.TryGet("^" + label, out _))
        {
            // Defined: the footnotes extension makes it a citation.
            return false;
        }

        var undefined = new UndefinedFootnoteInline(label);
        Place(undefined, processor, start, end - start + 1);
        slice.Start = end + 1;
        processor.Inline = undefined;
        return true;
    }

    private static void Place(Inline inline, InlineProcessor processor, int start, int length)
    {
        inline.Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out int line, out int column), 0);
        inline.Span = new Markdig.Syntax.SourceSpan(inline.Span.Start, inline.Span.Start + length - 1);
        inline.Line = line;
        inline.Column = column;
    }
}
