using System.Globalization;
using System.Text.RegularExpressions;
using Rgiem.Core.Text;

namespace Rgiem.Core.Tests.Performance.Definitions;

/// <summary>
/// <c>DateMentions.Find</c> and the <c>CalendarNames</c> look-ups it used as they were before issue 21's h28b pass (groups
/// read by name as strings, names trimmed into new strings, the weekdays from <c>Enum.GetValues</c>), kept unchanged as the
/// oracle of <c>DateMentionsEquivalenceTests</c>. The date pattern and the prefilter are the product's (unchanged by that pass).
/// </summary>
internal static partial class DateMentionsDefinition
{
    private static readonly DateTimeFormatInfo English = CultureInfo.InvariantCulture.DateTimeFormat;

    /// <summary>The former <c>CalendarNames.Month</c>.</summary>
    public static int? MonthOf(string name) => Month(name);

    /// <summary>The former <c>CalendarNames.Weekday</c>.</summary>
    public static DayOfWeek? WeekdayOf(string name) => Weekday(name);

    private const string Weekdays = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun";

    private const string Months =
        "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    public static IReadOnlyList<DateMention> Find(string text)
    {
        if (!DateMentions.MayHoldDate(text))
        {
            return [];
        }

        var result = new List<DateMention>();
        foreach (Match match in DateMentions.DatePattern().Matches(text))
        {
            bool dayFirst = match.Groups["day"].Success;
            string dayText = dayFirst ? match.Groups["day"].Value : match.Groups["day2"].Value;
            string monthText = dayFirst ? match.Groups["month"].Value : match.Groups["month2"].Value;
            var yearGroup = dayFirst ? match.Groups["year"] : match.Groups["year2"];
            if (Month(monthText) is not { } month)
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
                weekday = Weekday(weekdayText);
            }

            int? rangeYear = null;
            if (year is null)
            {
                var end = RangeEndPattern().Match(text, match.Index + match.Length);
                if (end.Success && Month(end.Groups["month"].Value) is { } endMonth)
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

    /// <summary>The month (1-12) a name or abbreviation stands for, or null.</summary>
    private static int? Month(string name)
    {
        string word = name.TrimEnd('.');
        if (word.Length < 3)
        {
            return null;
        }

        for (int month = 1; month <= 12; month++)
        {
            string full = English.GetMonthName(month);
            if (full.StartsWith(word, StringComparison.Ordinal))
            {
                return month;
            }
        }

        return null;
    }

    /// <summary>The weekday a name or abbreviation ("Tue", "Tues", "Tuesday") stands for, or null.</summary>
    private static DayOfWeek? Weekday(string name)
    {
        string word = name.TrimEnd('.');
        if (word.Length < 3)
        {
            return null;
        }

        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            if (English.GetDayName(day).StartsWith(word, StringComparison.Ordinal))
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>The end of a range after a date without a year: " – 2 August 2024", " to Friday, 2 August 2024".</summary>
    [GeneratedRegex(
        @"\G\s*(?:-|–|—|to|until)\s*(?:(?:" + Weekdays + @")\.?,?\s+)?[0-9]{1,2}(?:st|nd|rd|th)?\s+(?<month>" + Months + @")\b\.?,?\s+(?<year>(?:19|20)[0-9]{2})(?![0-9])",
        RegexOptions.CultureInvariant)]
    private static partial Regex RangeEndPattern();
}
