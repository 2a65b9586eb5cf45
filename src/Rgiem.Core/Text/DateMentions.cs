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

    public static IReadOnlyList<DateMention> Find(string text)
    {
        int firstDay = FirstDay(text);
        if (firstDay < 0)
        {
            return [];
        }

        // Every match holds a day that FirstDay accepts, so none holds a day before firstDay; before its day a match holds
        // at most three runs of letters (a weekday, "the", a month) and whitespace, '.' and ',' around them: none starts
        // before them, and the pattern need not be tried there (its lookbehind still reads the text before).
        int from = firstDay;
        for (int words = 0; words < 3; words++)
        {
            while (from > 0 && (char.IsWhiteSpace(text[from - 1]) || text[from - 1] is '.' or ','))
            {
                from--;
            }

            while (from > 0 && char.IsLetter(text[from - 1]))
            {
                from--;
            }
        }

        var result = new List<DateMention>();
        foreach (var match in DatePattern().EnumerateMatches(text, from))
        {
            // The groups are read from the match's span (Groups below), without a Match object.
            var groups = Groups.Of(text, match.Index, match.Index + match.Length);
            if (CalendarNames.Month(text.AsSpan(groups.MonthIndex, groups.MonthLength)) is not { } month)
            {
                continue;
            }

            int day = int.Parse(text.AsSpan(groups.DayIndex, groups.DayLength), NumberStyles.None, CultureInfo.InvariantCulture);
            int? year = groups.YearIndex >= 0 ? int.Parse(text.AsSpan(groups.YearIndex, 4), NumberStyles.None, CultureInfo.InvariantCulture) : null;
            DayOfWeek? weekday = null;
            string? weekdayText = null;
            if (groups.WeekdayLength > 0)
            {
                weekdayText = text.Substring(match.Index, groups.WeekdayLength);
                weekday = CalendarNames.Weekday(weekdayText);
            }

            int? rangeYear = null;
            if (year is null)
            {
                var end = RangeEndPattern().Match(text, match.Index + match.Length);
                if (end.Success && CalendarNames.Month(end.Groups[GroupNumber.EndMonth].ValueSpan) is { } endMonth)
                {
                    int endYear = int.Parse(end.Groups[GroupNumber.EndYear].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
                    rangeYear = month > endMonth ? endYear - 1 : endYear;
                }
            }

            int dateIndex = groups.DayFirst ? groups.DayIndex : groups.MonthIndex;
            result.Add(new DateMention(match.Index, match.Length, text.Substring(match.Index, match.Length), dateIndex, weekday, weekdayText, day, month, year, rangeYear));
        }

        return result;
    }

    /// <summary>The weekday names of <see cref="Weekdays"/>, for <see cref="Groups.Of"/>.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WeekdayNames =
        new HashSet<string>(Weekdays.Split('|'), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The groups of a match of <see cref="DatePattern"/> spanning [<c>index</c>, <c>end</c>), read from the text. The pattern
    /// reads a match one way only. A match starting with letters starts with its weekday when they are a weekday's name
    /// (no month's: then they are <c>month2</c>); the weekday is followed by <c>.</c>, <c>,</c> or whitespace, so it is the
    /// whole run of letters. After it (<c>.</c>, <c>,</c>, whitespace, and <c>the</c> and whitespace when they are there:
    /// the date cannot start with "the") the date starts with the day (a digit: day first) or the month. The day is the
    /// whole run of digits (an ordinal ending or whitespace follows it), the month the whole run of letters (a word
    /// boundary follows it), after the day's ordinal ending, whitespace, and "of" and whitespace when they are there. The
    /// year is optional and last: it is there when the match goes on after the month (day first) or after the day and its
    /// ordinal ending (month first), and it is the match's last four characters.
    /// </summary>
    private readonly record struct Groups(int WeekdayLength, bool DayFirst, int DayIndex, int DayLength, int MonthIndex, int MonthLength, int YearIndex)
    {
        public static Groups Of(string text, int index, int end)
        {
            int weekdayLength = 0;
            int at = index;
            if (char.IsAsciiLetter(text[at]))
            {
                int run = CharRuns.LettersEnd(text, at);
                if (WeekdayNames.Contains(text.AsSpan(at, run - at)))
                {
                    weekdayLength = run - at;
                    at = run;
                    if (text[at] == '.')
                    {
                        at++;
                    }

                    if (text[at] == ',')
                    {
                        at++;
                    }

                    at = CharRuns.WhiteSpaceEnd(text, at);
                    if (text.AsSpan(at, end - at).StartsWith("the", StringComparison.Ordinal) && at + 3 < end && char.IsWhiteSpace(text[at + 3]))
                    {
                        at = CharRuns.WhiteSpaceEnd(text, at + 3);
                    }
                }
            }

            int dayIndex, dayEnd, monthIndex, monthEnd, last;
            bool dayFirst = char.IsAsciiDigit(text[at]);
            if (dayFirst)
            {
                dayIndex = at;
                dayEnd = CharRuns.DigitsEnd(text, at);
                at = SkipOrdinal(text, dayEnd);
                at = CharRuns.WhiteSpaceEnd(text, at);
                if (text.AsSpan(at).StartsWith("of", StringComparison.Ordinal) && at + 2 < end && char.IsWhiteSpace(text[at + 2]))
                {
                    at = CharRuns.WhiteSpaceEnd(text, at + 2);
                }

                monthIndex = at;
                monthEnd = CharRuns.LettersEnd(text, at);
                last = monthEnd;
            }
            else
            {
                monthIndex = at;
                monthEnd = CharRuns.LettersEnd(text, at);
                at = monthEnd;
                if (text[at] == '.')
                {
                    at++;
                }

                dayIndex = CharRuns.WhiteSpaceEnd(text, at);
                dayEnd = CharRuns.DigitsEnd(text, dayIndex);
                last = SkipOrdinal(text, dayEnd);
            }

            return new Groups(weekdayLength, dayFirst, dayIndex, dayEnd - dayIndex, monthIndex, monthEnd - monthIndex, end > last ? end - 4 : -1);
        }

        private static int SkipOrdinal(string text, int at) =>
            at + 2 <= text.Length && text.AsSpan(at, 2) is "st" or "nd" or "rd" or "th" ? at + 2 : at;
    }

    /// <summary>The numbers of the range end pattern's groups, looked up once instead of by name for every match.</summary>
    private static class GroupNumber
    {
        public static readonly int EndMonth = RangeEndPattern().GroupNumberFromName("month");
        public static readonly int EndYear = RangeEndPattern().GroupNumberFromName("year");
    }

    /// <summary>
    /// False when <see cref="DatePattern"/> cannot match: every date has an ASCII digit and a month name, a whole run of
    /// letters not glued to a letter, digit or <c>_</c> before it, with a day before it (<c>30 July</c>, <c>30th of
    /// July</c>) or after it (<c>July 30</c>, <c>Jul. 30</c>). Read from the digits (one vectorized search a run of
    /// digits): a month name stands right before or after a run of them, across whitespace, so each run looks at the
    /// word after it (skipping an ordinal ending and "of") and at the word before it. Most prose has no digit, or only
    /// digits glued to document numbers (<c>TSAG-TD624 in December</c>); "Decision 5", "March on" and "Mar-24" are
    /// refused without the pattern. The same answer as the search from the month names it replaced (issue 21; the
    /// former search is kept in the tests as the oracle, <c>Definitions/MayHoldDateDefinition</c>).
    /// </summary>
    internal static bool MayHoldDate(ReadOnlySpan<char> text) => FirstDay(text) >= 0;

    /// <summary>
    /// The start of the first run of digits <see cref="MayHoldDate"/> accepts (a month name before or after it), or -1: the
    /// day of every date the pattern matches is such a run.
    /// </summary>
    private static int FirstDay(ReadOnlySpan<char> text)
    {
        int i = 0;
        while (true)
        {
            int found = text[i..].IndexOfAnyInRange('0', '9');
            if (found < 0)
            {
                return -1;
            }

            int start = i + found;
            int end = start + 1;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            // July 30, Jul. 30: whitespace, then an optional '.' after the name.
            if (start > 0 && char.IsWhiteSpace(text[start - 1]) && MonthBefore(text, CharRuns.WhiteSpaceStart(text, start)))
            {
                return start;
            }

            // 30 July, 30th of July: the day (with an ordinal ending), whitespace, "of" and whitespace, the name.
            if (MonthAfterDay(text, end))
            {
                return start;
            }

            if (end + 2 <= text.Length && text.Slice(end, 2) is "st" or "nd" or "rd" or "th" && MonthAfterDay(text, end + 2))
            {
                return start;
            }

            i = end;
        }
    }

    /// <summary>Whether whitespace, optionally "of" and whitespace, then a month name follow <paramref name="at"/>.</summary>
    private static bool MonthAfterDay(ReadOnlySpan<char> text, int at)
    {
        int name = CharRuns.WhiteSpaceEnd(text, at);
        if (name == at)
        {
            return false;
        }

        if (IsMonthAt(text, name))
        {
            return true;
        }

        return name + 2 <= text.Length && text.Slice(name, 2) is "of" && CharRuns.WhiteSpaceEnd(text, name + 2) is int after && after > name + 2
            && IsMonthAt(text, after);
    }

    /// <summary>Whether a month name ends at <paramref name="end"/>, or at the '.' that ends there, not glued to what precedes it.</summary>
    private static bool MonthBefore(ReadOnlySpan<char> text, int end)
    {
        if (end > 0 && text[end - 1] == '.')
        {
            end--;
        }

        int start = end;
        while (start > 0 && char.IsAsciiLetter(text[start - 1]))
        {
            start--;
        }

        return end - start >= 3 && char.IsAsciiLetterUpper(text[start]) && NotGlued(text, start) && MonthNames.Contains(text[start..end]);
    }

    /// <summary>Whether the whole run of ASCII letters at <paramref name="at"/> is a month name.</summary>
    private static bool IsMonthAt(ReadOnlySpan<char> text, int at)
    {
        // Every month name starts with a capital: most words after a number do not.
        if (at >= text.Length || !char.IsAsciiLetterUpper(text[at]))
        {
            return false;
        }

        int end = CharRuns.LettersEnd(text, at + 1);
        return end - at >= 3 && MonthNames.Contains(text[at..end]);
    }

    private static bool NotGlued(ReadOnlySpan<char> text, int at) => at == 0 || !(char.IsLetterOrDigit(text[at - 1]) || text[at - 1] == '_');

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
