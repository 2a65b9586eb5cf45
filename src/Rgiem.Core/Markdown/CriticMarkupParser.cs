using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Rgiem.Core.Markdown;

/// <summary>
/// CriticMarkup (<c>{++ ++}</c>, <c>{-- --}</c>, <c>{~~ ~&gt; ~~}</c>, <c>{&gt;&gt; &lt;&lt;}</c>, <c>{== ==}</c>): each
/// delimiter becomes a <see cref="CriticMarker"/>, taken before the strikethrough, autolink and HTML parsers can claim
/// its characters; the text between delimiters stays ordinary Markdown. An opening delimiter of a change or a comment
/// may be followed by an attribution, <c>@author</c>, an optional date (<c>2026-12-01</c> or
/// <c>2026-12-01T14:30Z</c>) and a colon: <c>{++@alice 2026-12-01: text++}</c>.
/// </summary>
internal sealed class CriticMarkupParser : InlineParser
{
    /// <summary>Longest author name of an attribution.</summary>
    public const int MaxAuthor = 64;

    private static readonly (string Text, CriticToken Token)[] Delimiters =
    [
        ("{++", CriticToken.InsertOpen),
        ("{--", CriticToken.DeleteOpen),
        ("{~~", CriticToken.SubstituteOpen),
        ("{>>", CriticToken.CommentOpen),
        ("{==", CriticToken.HighlightOpen),
        ("++}", CriticToken.InsertClose),
        ("--}", CriticToken.DeleteClose),
        ("~~}", CriticToken.SubstituteClose),
        ("~>", CriticToken.SubstituteSeparator),
        ("<<}", CriticToken.CommentClose),
        ("==}", CriticToken.HighlightClose),
    ];

    public CriticMarkupParser() => OpeningCharacters = ['{', '+', '-', '~', '<', '='];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        int start = slice.Start;
        string text = slice.Text;
        foreach (var (delimiter, token) in Delimiters)
        {
            if (start + delimiter.Length - 1 > slice.End || string.CompareOrdinal(text, start, delimiter, 0, delimiter.Length) != 0)
            {
                continue;
            }

            int length = delimiter.Length;
            string? author = null;
            string? date = null;
            if (token is CriticToken.InsertOpen or CriticToken.DeleteOpen or CriticToken.SubstituteOpen or CriticToken.CommentOpen
                && Attribution(text, start + length, slice.End) is { } attribution)
            {
                (author, date) = (attribution.Author, attribution.Date);
                length = attribution.End - start;
            }

            var marker = new CriticMarker(token, length, text.Substring(start, length)) { Author = author, Date = date };
            marker.Span = new SourceSpan(processor.GetSourcePosition(start, out int line, out int column), 0);
            marker.Span = new SourceSpan(marker.Span.Start, marker.Span.Start + length - 1);
            marker.Line = line;
            marker.Column = column;
            slice.Start = start + length;
            processor.Inline = marker;
            return true;
        }

        return false;
    }

    /// <summary>
    /// <c>@author[ date]:</c> and the one space after it, starting at <paramref name="index"/>: the author runs to the colon
    /// that is not between two digits (at most <see cref="MaxAuthor"/> characters, no line break or brace); a last word that starts with four digits
    /// and a hyphen is the date.
    /// </summary>
    internal static (string Author, string? Date, int End)? Attribution(string text, int index, int end)
    {
        if (index > end || text[index] != '@')
        {
            return null;
        }

        int colon = -1;
        for (int i = index + 1; i <= end && i <= index + 1 + MaxAuthor + 32; i++)
        {
            char c = text[i];
            // A colon between digits is part of a time (2026-12-01T14:30Z).
            if (c == ':' && !(char.IsAsciiDigit(text[i - 1]) && i < end && char.IsAsciiDigit(text[i + 1])))
            {
                colon = i;
                break;
            }

            if (c is '\n' or '\r' or '{' or '}' or '@')
            {
                return null;
            }
        }

        if (colon < 0)
        {
            return null;
        }

        string body = text[(index + 1)..colon].Trim();
        string? date = null;
        int space = body.LastIndexOf(' ');
        if (space > 0 && IsDateLike(body[(space + 1)..]))
        {
            date = body[(space + 1)..];
            body = body[..space].TrimEnd();
        }
        else if (IsDateLike(body))
        {
            return null;
        }

        if (body.Length == 0 || body.Length > MaxAuthor)
        {
            return null;
        }

        // One space after the colon belongs to the attribution; more are the text's own (an insertion " and").
        int after = colon + 1;
        if (after <= end && text[after] == ' ')
        {
            after++;
        }

        return (body, date, after);
    }

    private static bool IsDateLike(string word) =>
        word.Length >= 5 && char.IsAsciiDigit(word[0]) && char.IsAsciiDigit(word[1]) && char.IsAsciiDigit(word[2]) && char.IsAsciiDigit(word[3]) && word[4] == '-';
}
