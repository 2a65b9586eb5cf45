using System.Globalization;
using System.Text.RegularExpressions;
using Rgiem.Core.Model;
using Rgiem.Core.References;

namespace Rgiem.Core.Import;

/// <summary>
/// Reads the values of an ITU-T cover as they are printed back into front matter values: the document number in
/// any of its spellings (<see cref="DocumentNumber"/>, conference and interim meeting numbers), the parent body
/// ("STUDY GROUP 17" → <c>SG17</c>), the place and dates ("Geneva, 29 July – 2 August 2024"), a day
/// ("15 November 2024").
/// </summary>
public static partial class CoverText
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>The canonical number of a document number as written on a cover, or null.</summary>
    public static string? Number(string text)
    {
        string value = Normalize(text);
        if (DocumentNumber.TryParse(value, out var number))
        {
            return number!.Canonical;
        }

        if (References.ConferenceNumber.TryParse(value, out var conference))
        {
            return conference!.Canonical;
        }

        var meeting = MeetingDocument().Match(value);
        return meeting.Success ? "DOC" + int.Parse(meeting.Groups[1].Value, NumberStyles.None, English).ToString(English) + " (" + meeting.Groups[2].Value + ")" : null;
    }

    /// <summary>
    /// The number of a conference document from its cover's document line ("Addendum 9 to Document 44-E") and the
    /// conference named in its organization block ("… ASSEMBLY (WTSA-16)"), or null.
    /// </summary>
    public static string? ConferenceNumber(string documentLine, string organization)
    {
        var line = DocumentLine().Match(Normalize(documentLine));
        var acronym = ConferenceAcronym().Match(organization);
        if (!line.Success || !acronym.Success)
        {
            return null;
        }

        string text = acronym.Groups[1].Value.ToUpperInvariant() + acronym.Groups[2].Value + "/" + line.Groups["doc"].Value
            + (line.Groups["add"].Success ? "(Add." + line.Groups["add"].Value + ")" : string.Empty)
            + (line.Groups["rev"].Success ? "(Rev." + line.Groups["rev"].Value + ")" : string.Empty);
        return References.ConferenceNumber.TryParse(text, out var number) ? number!.Canonical : null;
    }

    /// <summary>The parent body as the front matter writes it: "STUDY GROUP 17" and "17" → <c>SG17</c>, "TSAG" → <c>TSAG</c>.</summary>
    public static string? Parent(string text)
    {
        string value = Normalize(text);
        if (value.Length == 0)
        {
            return null;
        }

        if (BodyNames.StudyGroup(value) is { } group)
        {
            return "SG" + group.ToString(English);
        }

        if (value.All(char.IsAsciiDigit) && value.Length <= 2)
        {
            return "SG" + int.Parse(value, NumberStyles.None, English).ToString(English);
        }

        if (string.Equals(value, BodyNames.FullName("TSAG"), StringComparison.OrdinalIgnoreCase))
        {
            return "TSAG";
        }

        return BodyCode().IsMatch(value) ? value : null;
    }

    /// <summary>A day as ITU writes it ("15 November 2024", "Friday, 15 November 2024", "2024-11-15"), or null.</summary>
    public static DateOnly? Day(string text)
    {
        string value = Normalize(text);
        int comma = value.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && value[..comma].EndsWith("day", StringComparison.OrdinalIgnoreCase))
        {
            value = value[(comma + 1)..].Trim();
        }

        string[] formats = ["d MMMM yyyy", "dd MMMM yyyy", "d MMM yyyy", "yyyy-MM-dd", "MMMM d, yyyy"];
        return DateOnly.TryParseExact(value, formats, English, DateTimeStyles.AllowWhiteSpaces, out var day) ? day : null;
    }

    /// <summary>
    /// The place and dates of a cover ("Geneva, 29 July – 2 August 2024", "Geneva, 12-16 December 2022",
    /// "E-meeting, 31 January 2023"); null when the text has no dates rgiem reads.
    /// </summary>
    public static MeetingInfo? Meeting(string text)
    {
        string value = Normalize(text);
        var match = PlaceAndDates().Match(value);
        if (!match.Success)
        {
            return null;
        }

        string place = match.Groups["place"].Value.Trim().TrimEnd(',').Trim();
        string dates = match.Groups["dates"].Value.Trim();
        var range = DateRange().Match(dates);
        if (!range.Success)
        {
            return Day(dates) is { } single ? new MeetingInfo(place.Length == 0 ? null : place, single, single) : null;
        }

        if (Day(range.Groups["to"].Value) is not { } to)
        {
            return null;
        }

        string month = range.Groups["month"].Success ? range.Groups["month"].Value : to.ToString("MMMM", English);
        string year = range.Groups["year"].Success ? range.Groups["year"].Value : to.Year.ToString(English);
        if (Day(range.Groups["day"].Value + " " + month + " " + year) is not { } from || from > to)
        {
            return null;
        }

        return new MeetingInfo(place.Length == 0 ? null : place, from, to);
    }

    /// <summary>Non-breaking spaces and runs of white space as one space, trimmed.</summary>
    public static string Normalize(string text) => Spaces().Replace(text.Replace('\u00A0', ' '), " ").Trim();

    [GeneratedRegex(@"^(?<place>.*?)(?:,\s*|^)(?<dates>\d{1,2}(?:\s+[A-Za-z]+)?(?:\s+\d{4})?\s*(?:[-\u2013\u2014]|to)\s*\d{1,2}\s+[A-Za-z]+\s+\d{4}|\d{1,2}\s+[A-Za-z]+\s+\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceAndDates();

    [GeneratedRegex(@"^(?<day>\d{1,2})(?:\s+(?<month>[A-Za-z]+))?(?:\s+(?<year>\d{4}))?\s*(?:[-\u2013\u2014]|to)\s*(?<to>\d{1,2}\s+[A-Za-z]+\s+\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DateRange();

    [GeneratedRegex(@"^DOC\s?(\d{1,4})\s*\((\d{6})\)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MeetingDocument();

    [GeneratedRegex(@"^(?:Revision\s+(?<rev>\d{1,2})\s+to\s+)?(?:Addendum\s+(?<add>\d{1,3})\s+to\s+)?Document\s+(?<doc>\d{1,4})(?:-[EFSACR])?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DocumentLine();

    [GeneratedRegex(@"\((WTSA|PP|WTDC)-?(\d{2})\)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ConferenceAcronym();

    [GeneratedRegex(@"^(?:TSAG|SG\d{1,2}|[A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex BodyCode();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
