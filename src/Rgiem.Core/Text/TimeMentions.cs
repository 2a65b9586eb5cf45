using System.Globalization;
using System.Text.RegularExpressions;

namespace Rgiem.Core.Text;

/// <summary>
/// Finds times of day in prose. A time with a colon ("16:05", "12:45-13:45") is always a time. Four digits
/// without a colon are a time only when the text says so: "hours" or a time zone follows ("1615-1740 hours",
/// "1300-1500 CET"), or a bare range in brackets follows a date or weekday ("Thursday 15 Dec (1615-1730)").
/// That keeps study periods ("2022-2024"), years, action plan items ("22-02") and document numbers out.
/// </summary>
public static partial class TimeMentions
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
        var pattern = TimePattern();
        foreach (var found in pattern.EnumerateMatches(text, firstStart))
        {
            // Most matches in prose are years ("2019"): four digits and nothing else, so no colon, range, "hours" or zone,
            // refused outside a time field without a Match object. Any other match is read again with its groups (the
            // same match: the pattern tried where it was found, with the same text before it for its lookbehind).
            if (!lenient && found.Length == 4 && !text.AsSpan(found.Index, 4).ContainsAnyExceptInRange('0', '9'))
            {
                continue;
            }

            var match = pattern.Match(text, found.Index);

            // Whether the match is a time is read from the text before its tokens are built (the same answer as reading
            // the built tokens' styles).
            var groups = match.Groups;
            var startGroup = groups[GroupNumber.Start];
            var endGroup = groups[GroupNumber.End];
            var zone = groups[GroupNumber.Zone];
            bool colon = startGroup.ValueSpan.Contains(':') || (endGroup.Success && endGroup.ValueSpan.Contains(':'));
            bool accepted = lenient || colon || groups[GroupNumber.Hours].Success || zone.Success
                || (endGroup.Success && IsBracketedAfterDate(text, startGroup.Index, endGroup.Index + endGroup.Length, dates, ref dateEnds));
            if (!accepted)
            {
                continue;
            }

            var start = Token(startGroup);
            var end = endGroup.Success ? Token(endGroup) : null;
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
    private static bool IsBracketedAfterDate(string text, int start, int end, IReadOnlyList<DateMention> dates, ref HashSet<int>? dateEnds)
    {
        if (start == 0 || text[start - 1] != '(' || end >= text.Length || text[end] != ')')
        {
            return false;
        }

        dateEnds ??= dates.Select(d => d.End).ToHashSet();

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

    /// <summary>The numbers of <see cref="TimePattern"/>'s groups, looked up once instead of by name for every match.</summary>
    private static class GroupNumber
    {
        public static readonly int Start = TimePattern().GroupNumberFromName("start");
        public static readonly int End = TimePattern().GroupNumberFromName("end");
        public static readonly int Hours = TimePattern().GroupNumberFromName("hours");
        public static readonly int Zone = TimePattern().GroupNumberFromName("zone");
    }

    [GeneratedRegex(
        @"(?<![\w.:/+\-–])(?<start>[0-9]{1,2}:[0-9]{2}|[0-9]{4})(?![0-9:])"
        + @"(?:\s*(?:-|–|—|\bto\b|\buntil\b)\s*(?<end>[0-9]{1,2}:[0-9]{2}|[0-9]{4})(?![0-9:]))?"
        + @"(?:\s*(?<hours>hours|hrs|hr|h)\b)?"
        + @"(?:\s*\(?(?<zone>CEST|CET|UTC|GMT|Geneva\s+time|local\s+time)\b\)?)?",
        RegexOptions.CultureInvariant)]
    internal static partial Regex TimePattern();
}
