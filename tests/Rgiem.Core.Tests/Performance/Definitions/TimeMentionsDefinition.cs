using System.Globalization;
using System.Text.RegularExpressions;

using Rgiem.Core.Text;

namespace Rgiem.Core.Tests.Performance.Definitions;

/// <summary>
/// <c>TimeMentions</c> as it was before issue 21's h27c pass (the tokens of every match built before it is accepted or
/// refused), kept unchanged as the oracle of <c>RuleAllocationEquivalenceTests</c>. Finds times of day in prose. A time with a colon ("16:05", "12:45-13:45") is always a time. Four digits
/// without a colon are a time only when the text says so: "hours" or a time zone follows ("1615-1740 hours",
/// "1300-1500 CET"), or a bare range in brackets follows a date or weekday ("Thursday 15 Dec (1615-1730)").
/// That keeps study periods ("2022-2024"), years, action plan items ("22-02") and document numbers out.
/// </summary>
internal static class TimeMentionsDefinition
{
    /// <summary>Times in prose; <paramref name="dates"/> are the dates found in the same text.</summary>
    public static IReadOnlyList<TimeMention> Find(string text, IReadOnlyList<DateMention> dates) => Find(text, dates, lenient: false);

    /// <summary>
    /// <see cref="Find(string, IReadOnlyList{DateMention})"/> searching from <paramref name="firstStart"/>, before which
    /// the caller knows no time starts (<c>Validation.ProseTokens.FirstFreeDigit</c>); nothing when it is negative.
    /// </summary>
    internal static IReadOnlyList<TimeMention> Find(string text, IReadOnlyList<DateMention> dates, int firstStart) =>
        firstStart < 0 ? [] : Find(text, dates, lenient: false, firstStart);

    /// <summary>Times in a value known to be a time (a session's <c>time</c>): four bare digits count too.</summary>
    public static IReadOnlyList<TimeMention> FindInTimeField(string text) => Find(text, [], lenient: true);

    private static List<TimeMention> Find(string text, IReadOnlyList<DateMention> dates, bool lenient, int firstStart = 0)
    {
        var result = new List<TimeMention>();
        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            // Every time starts with a digit.
            return result;
        }

        HashSet<int>? dateEnds = null;
        foreach (Match match in TimePattern().Matches(text, firstStart))
        {
            dateEnds ??= dates.Select(d => d.End).ToHashSet();
            var start = Token(match.Groups["start"]);
            var end = match.Groups["end"].Success ? Token(match.Groups["end"]) : null;
            var zone = match.Groups["zone"];
            bool colon = start.Style == TimeStyle.Colon || end?.Style == TimeStyle.Colon;
            bool accepted = lenient || colon || match.Groups["hours"].Success || zone.Success
                || (end is not null && IsBracketedAfterDate(text, match.Groups["start"].Index, match.Groups["end"].Index + match.Groups["end"].Length, dateEnds));
            if (!accepted)
            {
                continue;
            }

            int length = (end ?? start).Index + (end ?? start).Length - start.Index;
            string? zoneText = zone.Success ? ZoneName(zone.Value) : null;
            result.Add(new TimeMention(start.Index, length, text.Substring(start.Index, length), start, end, zoneText, zone.Success ? zone.Index : -1));
        }

        return result;
    }

    private static string ZoneName(string written) =>
        written.StartsWith("Geneva", StringComparison.Ordinal) ? "Geneva time"
        : written.StartsWith("local", StringComparison.Ordinal) ? "local time"
        : written;

    private static ClockTime Token(Group group)
    {
        string value = group.Value;
        int colon = value.IndexOf(':', StringComparison.Ordinal);
        int hour = int.Parse(colon < 0 ? value.AsSpan(0, 2) : value.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture);
        int minute = int.Parse(colon < 0 ? value.AsSpan(2, 2) : value.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture);
        return new ClockTime(group.Index, value, hour, minute, colon < 0 ? TimeStyle.Compact : TimeStyle.Colon);
    }

    /// <summary>"(1615-1730)" right after a date or a weekday: the seeds write session times so.</summary>
    private static bool IsBracketedAfterDate(string text, int start, int end, HashSet<int> dateEnds)
    {
        if (start == 0 || text[start - 1] != '(' || end >= text.Length || text[end] != ')')
        {
            return false;
        }

        int before = start - 1;
        while (before > 0 && char.IsWhiteSpace(text[before - 1]))
        {
            before--;
        }

        if (dateEnds.Contains(before))
        {
            return true;
        }

        int word = before;
        while (word > 0 && char.IsAsciiLetter(text[word - 1]))
        {
            word--;
        }

        string name = text[word..before];
        return CalendarNames.Weekday(name) is { } day && CalendarNames.DayName(day) == name;
    }

    private static System.Text.RegularExpressions.Regex TimePattern() => TimeMentions.TimePattern();
}
