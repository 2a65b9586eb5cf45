using System.Text.RegularExpressions;
using Rgiem.Core.Model;
using Rgiem.Core.Text;

namespace Rgiem.Core.Import;

/// <summary>
/// The meeting's sessions and documents as an imported report's text states them, for the user to confirm (never
/// invented): a session is a date written in a sentence that says the group met or a session was held ("RG-IEM met on
/// Tuesday, 30 July 2024 (0930-1045 hours)"), with the time in parentheses right after it, and within the meeting's
/// dates when the cover gives them; a document is a row of a table whose document column holds a document number
/// (with the Title and Source columns when the table has them), or a list item that starts with one.
/// </summary>
public static partial class MeetingFacts
{
    public static IReadOnlyList<SessionInfo> Sessions(IReadOnlyList<Block> body, MeetingInfo? meeting)
    {
        var sessions = new List<SessionInfo>();
        foreach (var paragraph in BlockWalker.Descendants(body).OfType<ParagraphBlock>())
        {
            string text = BlockWalker.PlainText(paragraph.Inlines);
            if (!Meets().IsMatch(text))
            {
                continue;
            }

            foreach (var mention in DateMentions.Find(text))
            {
                // A day without its year ("Tuesday 13 Dec") is in the meeting's year; the ends of a range ("12-16 December") are the meeting, not a session.
                if ((mention.KnownYear ?? meeting?.From?.Year) is not { } year || mention.In(year) is not { } date || !Meets().IsMatch(Sentence(text, mention.Index))
                    || RangeBefore().IsMatch(text.AsSpan(0, mention.Index)) || RangeAfter().IsMatch(text.AsSpan(mention.End))
                    || (meeting?.From is { } from && date < from) || ((meeting?.To ?? meeting?.From) is { } to && date > to)
                    || sessions.Exists(s => s.Date == date))
                {
                    continue;
                }

                var time = SessionTime().Match(text, mention.End);
                sessions.Add(new SessionInfo(date, time.Success ? time.Groups["time"].Value : null, null));
            }
        }

        return [.. sessions.OrderBy(s => s.Date)];
    }

    public static IReadOnlyList<DocumentEntry> Documents(IReadOnlyList<Block> body)
    {
        var documents = new List<DocumentEntry>();
        void Add(string? number, string? title, string? source)
        {
            if (number is null)
            {
                return;
            }

            var entry = new DocumentEntry(number, string.IsNullOrWhiteSpace(title) ? null : title.Trim(), string.IsNullOrWhiteSpace(source) ? null : source.Trim());
            int known = documents.FindIndex(d => d.Number == number);
            if (known < 0)
            {
                documents.Add(entry);
            }
            else
            {
                // Listed again (a table of allocations after the list of documents): what it adds fills the gaps.
                documents[known] = documents[known] with { Title = documents[known].Title ?? entry.Title, Source = documents[known].Source ?? entry.Source };
            }
        }

        foreach (var block in BlockWalker.Descendants(body))
        {
            switch (block)
            {
                case TableBlock { Rows.Count: > 1 } table:
                    var header = table.Rows[0].Cells.Select(c => CoverText.Normalize(BlockWalker.PlainText(c.Inlines)).TrimEnd('.', ':').ToLowerInvariant()).ToList();
                    int numberColumn = header.FindIndex(h => h is "document" or "documents" or "doc" or "td" or "number" or "document number" or "contribution");
                    if (numberColumn < 0)
                    {
                        continue;
                    }

                    int titleColumn = header.FindIndex(h => h is "title" or "subject");
                    int sourceColumn = header.FindIndex(h => h is "source" or "from");
                    foreach (var row in table.Rows.Skip(1))
                    {
                        string Cell(int column) => column >= 0 && column < row.Cells.Count ? CoverText.Normalize(BlockWalker.PlainText(row.Cells[column].Inlines)) : string.Empty;
                        Add(CoverText.Number(Cell(numberColumn)), Cell(titleColumn), Cell(sourceColumn));
                    }

                    break;
                case ListItemBlock { Blocks: [ParagraphBlock first, ..] }:
                    var item = ListedDocument().Match(CoverText.Normalize(BlockWalker.PlainText(first.Inlines)));
                    if (item.Success && CoverText.Number(item.Groups["number"].Value) is { } listed)
                    {
                        Add(listed, item.Groups["title"].Value, null);
                    }

                    break;
            }
        }

        return documents;
    }

    /// <summary>The sentence of <paramref name="text"/> around <paramref name="index"/>.</summary>
    private static string Sentence(string text, int index)
    {
        int start = text.LastIndexOf(". ", Math.Max(0, index - 1), StringComparison.Ordinal);
        int end = text.IndexOf(". ", index, StringComparison.Ordinal);
        return text[(start < 0 ? 0 : start + 2)..(end < 0 ? text.Length : end)];
    }

    [GeneratedRegex(@"\b(?:met|meets|was held|were held|took place|convened|sessions?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Meets();

    [GeneratedRegex(@"(?:\d|[A-Z][a-z]{2,8})[ \u00A0]*[-\u2013][ \u00A0]*$", RegexOptions.CultureInvariant)]
    private static partial Regex RangeBefore();

    [GeneratedRegex(@"^[ \u00A0]*(?:[-\u2013]|to\b)[ \u00A0]*\d", RegexOptions.CultureInvariant)]
    private static partial Regex RangeAfter();

    [GeneratedRegex(@"\G,?[ \u00A0]*\((?<time>\d{4}[ \u00A0]*[-\u2013][ \u00A0]*\d{4}(?:[ \u00A0]+(?:hours|CET|CEST|UTC|Geneva time))?)\)", RegexOptions.CultureInvariant)]
    private static partial Regex SessionTime();

    [GeneratedRegex(@"^(?<number>\S+(?:[ \u00A0](?:Rev\.\d+|R\d+))?)(?:[ \u00A0]*[:\u2013\u2014-][ \u00A0]*(?<title>.+)|[ \u00A0]*$)", RegexOptions.CultureInvariant)]
    private static partial Regex ListedDocument();
}
