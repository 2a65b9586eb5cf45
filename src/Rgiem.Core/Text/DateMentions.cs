using System.Globalization;
using System.Text.RegularExpressions;

namespace Rgiem.Core.Text;

/// <summary>
/// Finds dates in prose. Month names are capitalised English names, full or abbreviated; the day comes
/// first ("30 July 2024", as ITU writes) or after the month ("July 30, 2024"). A weekday may precede
/// the date. Numbers that merely sit next to a month name in another role (a year such as
/// "December 2022") are not dates; a month-first date needs a year or punctuation after the day, so that
/// "in June 31 participants attended" is not read as 31 June. A colon after the year ends the date
/// ("29 March 2019: 13:00-15:00 CET" keeps its year); a colon followed by a digit does not ("2019:30" is no year).
/// </summary>
public static partial class DateMentions
{
    private const string Weekdays = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun";

    private const string Months =
        "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    /// <summary>The three letters every month name of <see cref="Months"/> starts with.</summary>
    private static readonly System.Buffers.SearchValues<string> MonthStarts = System.Buffers.SearchValues.Create(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], StringComparison.Ordinal);

    public static IReadOnlyList<DateMention> Find(string text)
    {
        var result = new List<DateMention>();

        // Every date has a digit and a month name: most prose has neither, and two vectorized searches say so.
        if (!text.AsSpan().ContainsAnyInRange('0', '9') || !text.AsSpan().ContainsAny(MonthStarts))
        {
            return result;
        }

        foreach (Match match in DatePattern().Matches(text))
        {
            bool dayFirst = match.Groups["day"].Success;
            string dayText = dayFirst ? match.Groups["day"].Value : match.Groups["day2"].Value;
            string monthText = dayFirst ? match.Groups["month"].Value : match.Groups["month2"].Value;
            var yearGroup = dayFirst ? match.Groups["year"] : match.Groups["year2"];
            if (CalendarNames.Month(monthText) is not { } month)
            {
                continue;
            }

            int day = int.Parse(dayText, NumberStyles.None, CultureInfo.InvariantCulture);
            int? year = yearGroup.Success ? int.Parse(yearGroup.Value, NumberStyles.None, CultureInfo.InvariantCulture) : null;
            DayOfWeek? weekday = null;
            string? weekdayText = null;
            if (match.Groups["weekday"].Success)
            {
                weekdayText = match.Groups["weekday"].Value;
                weekday = CalendarNames.Weekday(weekdayText);
            }

            int? rangeYear = null;
            if (year is null)
            {
                var end = RangeEndPattern().Match(text, match.Index + match.Length);
                if (end.Success && CalendarNames.Month(end.Groups["month"].Value) is { } endMonth)
                {
                    int endYear = int.Parse(end.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
                    rangeYear = month > endMonth ? endYear - 1 : endYear;
                }
            }

            int dateIndex = dayFirst ? match.Groups["day"].Index : match.Groups["month2"].Index;
            result.Add(new DateMention(match.Index, match.Length, match.Value, dateIndex, weekday, weekdayText, day, month, year, rangeYear));
        }

        return result;
    }

    [GeneratedRegex(
        @"(?<![\w.:/])(?:(?<weekday>" + Weekdays + @")\.?,?\s+(?:the\s+)?)?"
        + @"(?:(?<day>[0-9]{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(?<month>" + Months + @")\b"
        + @"(?:\.?,?\s+(?<year>(?:19|20)[0-9]{2})(?![0-9]|:[0-9])(?!\s*(?:hours|hrs|hr|h|CET|CEST|UTC|GMT)\b))?"
        + @"|(?<month2>" + Months + @")\b\.?\s+(?<day2>[0-9]{1,2})(?:st|nd|rd|th)?(?![\w:])"
        + @"(?:,\s*(?<year2>(?:19|20)[0-9]{2})(?![0-9]|:[0-9])(?!\s*(?:hours|hrs|hr|h|CET|CEST|UTC|GMT)\b)|(?=\s*(?:[,.;:)\]]|$))))",
        RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    /// <summary>The end of a range after a date without a year: " – 2 August 2024", " to Friday, 2 August 2024".</summary>
    [GeneratedRegex(
        @"\G\s*(?:-|–|—|to|until)\s*(?:(?:" + Weekdays + @")\.?,?\s+)?[0-9]{1,2}(?:st|nd|rd|th)?\s+(?<month>" + Months + @")\b\.?,?\s+(?<year>(?:19|20)[0-9]{2})(?![0-9])",
        RegexOptions.CultureInvariant)]
    private static partial Regex RangeEndPattern();
}
