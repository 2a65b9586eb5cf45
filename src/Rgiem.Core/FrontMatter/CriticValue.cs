using System.Globalization;
using System.Text;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Markdown;
using Rgiem.Core.Model;

namespace Rgiem.Core.FrontMatter;

/// <summary>
/// CriticMarkup in a front matter text value (<c>title: "Draft {~~@Ed Itor 2026-12-01: old~&gt;new~~} report"</c>):
/// the value is plain text, not Markdown, so only the delimiters are read (<c>{++ ++}</c>, <c>{-- --}</c>,
/// <c>{~~ ~&gt; ~~}</c>, <c>{&gt;&gt; &lt;&lt;}</c>, <c>{== ==}</c>, with the same attribution as the body's). The value
/// the checks and the binder read is the text with every change accepted; the marks are kept as model inlines for the
/// cover, which writes them as Word revisions and comments.
/// </summary>
internal static class CriticValue
{
    private static readonly string[] Openers = ["{++", "{--", "{~~", "{>>", "{=="];

    private static readonly string[] DateFormats =
        ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss'Z'"];

    /// <summary>Whether <paramref name="text"/> holds an opening delimiter of CriticMarkup.</summary>
    public static bool HasMarks(string text) => text.Contains('{', StringComparison.Ordinal) && Openers.Any(o => text.Contains(o, StringComparison.Ordinal));

    /// <summary>
    /// Reads the marks of <paramref name="text"/>: the accepted text and the inlines (text, revisions, comments), or the
    /// problem that keeps it from being read (a delimiter not closed, marks nested, a substitution without one '~&gt;', a bad date).
    /// <paramref name="locate"/> gives the location of a character of the value.
    /// </summary>
    public static (string Accepted, IReadOnlyList<Inline> Inlines)? Parse(string text, Func<int, SourceLocation> locate, out string? problem)
    {
        problem = null;
        var inlines = new List<Inline>();
        var accepted = new StringBuilder(text.Length);
        var plain = new StringBuilder();
        int plainStart = 0;
        int i = 0;

        void Flush(int at)
        {
            if (plain.Length > 0)
            {
                inlines.Add(new TextRun(plain.ToString(), locate(plainStart)));
                plain.Clear();
            }

            plainStart = at;
        }

        while (i < text.Length)
        {
            int open = Array.FindIndex(Openers, o => string.CompareOrdinal(text, i, o, 0, 3) == 0);
            if (open < 0)
            {
                plain.Append(text[i]);
                accepted.Append(text[i]);
                i++;
                continue;
            }

            Flush(i);
            string opener = Openers[open];
            string closer = opener[1..] switch { "++" => "++}", "--" => "--}", "~~" => "~~}", ">>" => "<<}", _ => "==}" };
            int contentStart = i + 3;
            var attribution = Model.Attribution.None;
            if (opener != "{==" && CriticMarkupParser.Attribution(text, contentStart, text.Length - 1) is { } written)
            {
                if (!TryDate(written.Date, out var date))
                {
                    problem = $"'{written.Date}' is not a date: write the date of a change or a comment as YYYY-MM-DD or YYYY-MM-DDTHH:MMZ";
                    return null;
                }

                attribution = new Attribution(written.Author, date);
                contentStart = written.End;
            }

            int close = text.IndexOf(closer, contentStart, StringComparison.Ordinal);
            if (close < 0)
            {
                problem = $"'{opener}' is not closed by '{closer}'";
                return null;
            }

            string content = text[contentStart..close];
            if (Openers.Any(o => content.Contains(o, StringComparison.Ordinal)))
            {
                problem = $"marks are nested inside '{opener}…{closer}'; close the first before opening the next";
                return null;
            }

            var location = locate(i);
            switch (opener)
            {
                case "{++":
                    inlines.Add(new RevisionRun(RevisionKind.Insert, attribution, [new TextRun(content, locate(contentStart))], location));
                    accepted.Append(content);
                    break;
                case "{--":
                    inlines.Add(new RevisionRun(RevisionKind.Delete, attribution, [new TextRun(content, locate(contentStart))], location));
                    break;
                case "{~~":
                    int separator = content.IndexOf("~>", StringComparison.Ordinal);
                    if (separator < 0 || content.IndexOf("~>", separator + 2, StringComparison.Ordinal) >= 0)
                    {
                        problem = "a substitution is written '{~~old~>new~~}' with exactly one '~>'";
                        return null;
                    }

                    string old = content[..separator];
                    string added = content[(separator + 2)..];
                    inlines.Add(new RevisionRun(RevisionKind.Delete, attribution, [new TextRun(old, locate(contentStart))], location) { Substitution = true });
                    inlines.Add(new RevisionRun(RevisionKind.Insert, attribution, [new TextRun(added, locate(contentStart + separator + 2))], locate(contentStart + separator)) { Substitution = true });
                    accepted.Append(added);
                    break;
                case "{>>":
                    inlines.Add(new CommentRun(attribution, [new TextRun(content)], [], location));
                    break;
                default:
                    // A highlight: the anchor of the comment right after it, else a highlight alone.
                    int after = close + 3;
                    accepted.Append(content);
                    if (string.CompareOrdinal(text, after, "{>>", 0, 3) == 0)
                    {
                        int commentStart = after + 3;
                        var commentBy = Model.Attribution.None;
                        if (CriticMarkupParser.Attribution(text, commentStart, text.Length - 1) is { } by)
                        {
                            if (!TryDate(by.Date, out var date))
                            {
                                problem = $"'{by.Date}' is not a date: write the date of a change or a comment as YYYY-MM-DD or YYYY-MM-DDTHH:MMZ";
                                return null;
                            }

                            commentBy = new Attribution(by.Author, date);
                            commentStart = by.End;
                        }

                        int commentEnd = text.IndexOf("<<}", commentStart, StringComparison.Ordinal);
                        if (commentEnd < 0)
                        {
                            problem = "'{>>' is not closed by '<<}'";
                            return null;
                        }

                        inlines.Add(new CommentRun(commentBy, [new TextRun(text[commentStart..commentEnd])], [new TextRun(content, locate(contentStart))], location));
                        close = commentEnd;
                    }
                    else
                    {
                        inlines.Add(new CommentRun(Model.Attribution.None, [], [new TextRun(content, locate(contentStart))], location) { HighlightOnly = true });
                    }

                    break;
            }

            i = close + 3;
            plainStart = i;
        }

        Flush(i);
        return (accepted.ToString(), inlines);
    }

    /// <summary>The text of <paramref name="inlines"/> with every change rejected (deleted text kept, insertions and comments left out).</summary>
    public static string Rejected(IReadOnlyList<Inline> inlines) => string.Concat(inlines.Select(inline => inline switch
    {
        TextRun text => text.Text,
        RevisionRun { Kind: RevisionKind.Delete } deleted => BlockWalker.PlainText(deleted.Children),
        CommentRun comment => BlockWalker.PlainText(comment.Anchor),
        _ => string.Empty,
    }));

    private static bool TryDate(string? written, out DateTime? date)
    {
        date = null;
        if (written is null)
        {
            return true;
        }

        if (DateTime.TryParseExact(written, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            date = DateTime.SpecifyKind(parsed, DateTimeKind.Utc);
            return true;
        }

        return false;
    }
}
