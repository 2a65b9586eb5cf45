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

    /// <summary>The month names of <see cref="Months"/>, for <see cref="MayHoldDate"/>.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthNames =
        new HashSet<string>(Months.Split('|'), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The three letters every month name of <see cref="Months"/> starts with.</summary>
    private static readonly System.Buffers.SearchValues<string> MonthStarts = System.Buffers.SearchValues.Create(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], StringComparison.Ordinal);

    public static IReadOnlyList<DateMention> Find(string text)
    {
        if (!MayHoldDate(text))
        {
            return [];
        }

        var result = new List<DateMention>();
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

    /// <summary>
    /// False when <see cref="DatePattern"/> cannot match: every date has an ASCII digit and a month name, a whole run of
    /// letters (found from the stems of <see cref="MonthStarts"/>) not glued to a letter, digit or <c>_</c> before it,
    /// with a day before it (<c>30 July</c>, <c>30th of July</c>) or after it (<c>July 30</c>, <c>Jul. 30</c>). Most
    /// prose has no digit or no month stem (two vectorized searches); "Decision 5", "TSAG-TD624 in December", "March
    /// on" and "Mar-24" are refused here without the pattern.
    /// </summary>
    internal static bool MayHoldDate(ReadOnlySpan<char> text)
    {
        int firstDigit = text.IndexOfAnyInRange('0', '9');
        if (firstDigit < 0)
        {
            return false;
        }

        int from = 0;
        while (true)
        {
            int found = text[from..].IndexOfAny(MonthStarts);
            if (found < 0)
            {
                return false;
            }

            int at = from + found;
            from = at + 1;
            if (at > 0 && (char.IsLetterOrDigit(text[at - 1]) || text[at - 1] == '_'))
            {
                continue;
            }

            // The name: a whole run of letters that is a month name (the pattern ends it at a word boundary).
            int end = at;
            while (end < text.Length && char.IsAsciiLetter(text[end]))
            {
                end++;
            }

            if (!MonthNames.Contains(text[at..end]))
            {
                continue;
            }

            // 30 July, 30th of July: a digit, an ordinal ending, "of", with whitespace before the name and before "of".
            if (DayBefore(text, at))
            {
                return true;
            }

            // July 30, Jul. 30: the name, an optional '.', whitespace, a digit.
            if (end < text.Length && text[end] == '.')
            {
                end++;
            }

            int digits = end;
            while (digits < text.Length && char.IsWhiteSpace(text[digits]))
            {
                digits++;
            }

            if (digits > end && digits < text.Length && char.IsAsciiDigit(text[digits]))
            {
                return true;
            }
        }
    }

    /// <summary>Whether <c>[0-9](?:st|nd|rd|th)?(?:\s+of)?\s+</c> ends at <paramref name="at"/> (the day before a month name).</summary>
    private static bool DayBefore(ReadOnlySpan<char> text, int at)
    {
        int i = SkipSpaceBack(text, at);
        if (i == at)
        {
            return false;
        }

        if (i >= 2 && text[(i - 2)..i].SequenceEqual("of"))
        {
            int before = SkipSpaceBack(text, i - 2);
            if (before < i - 2 && DigitEndsAt(text, before))
            {
                return true;
            }
        }

        return DigitEndsAt(text, i);
    }

    /// <summary>Whether <c>[0-9](?:st|nd|rd|th)?</c> ends at <paramref name="end"/>.</summary>
    private static bool DigitEndsAt(ReadOnlySpan<char> text, int end)
    {
        if (end >= 1 && char.IsAsciiDigit(text[end - 1]))
        {
            return true;
        }

        return end >= 3 && char.IsAsciiDigit(text[end - 3]) && text[(end - 2)..end] is "st" or "nd" or "rd" or "th";
    }

    private static int SkipSpaceBack(ReadOnlySpan<char> text, int at)
    {
        while (at > 0 && char.IsWhiteSpace(text[at - 1]))
        {
            at--;
        }

        return at;
    }

    [GeneratedRegex(
        @"(?<![\w.:/])(?:(?<weekday>" + Weekdays + @")\.?,?\s+(?:the\s+)?)?"
        + @"(?:(?<day>[0-9]{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(?<month>" + Months + @")\b"
        + @"(?:\.?,?\s+(?<year>(?:19|20)[0-9]{2})(?![0-9]|:[0-9])(?!\s*(?:hours|hrs|hr|h|CET|CEST|UTC|GMT)\b))?"
        + @"|(?<month2>" + Months + @")\b\.?\s+(?<day2>[0-9]{1,2})(?:st|nd|rd|th)?(?![\w:])"
        + @"(?:,\s*(?<year2>(?:19|20)[0-9]{2})(?![0-9]|:[0-9])(?!\s*(?:hours|hrs|hr|h|CET|CEST|UTC|GMT)\b)|(?=\s*(?:[,.;:)\]]|$))))",
        RegexOptions.CultureInvariant)]
    internal static partial Regex DatePattern();

    /// <summary>The end of a range after a date without a year: " – 2 August 2024", " to Friday, 2 August 2024".</summary>
    [GeneratedRegex(
        @"\G\s*(?:-|–|—|to|until)\s*(?:(?:" + Weekdays + @")\.?,?\s+)?[0-9]{1,2}(?:st|nd|rd|th)?\s+(?<month>" + Months + @")\b\.?,?\s+(?<year>(?:19|20)[0-9]{2})(?![0-9])",
        RegexOptions.CultureInvariant)]
    private static partial Regex RangeEndPattern();
}
