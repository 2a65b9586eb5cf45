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
            // refused outside a time field from the span alone.
            if (!lenient && found.Length == 4 && !text.AsSpan(found.Index, 4).ContainsAnyExceptInRange('0', '9'))
            {
                continue;
            }

            // Any other match's groups are read from its span (Groups below), without a Match object.
            var groups = Groups.Of(text, found.Index, found.Index + found.Length);
            bool colon = groups.StartColon || (groups.EndIndex >= 0 && groups.EndColon);
            bool accepted = lenient || colon || groups.Hours || groups.ZoneIndex >= 0
                || (groups.EndIndex >= 0 && IsBracketedAfterDate(text, groups.StartIndex, groups.EndIndex + groups.EndLength, dates, ref dateEnds));
            if (!accepted)
            {
                continue;
            }

            var start = Token(text, groups.StartIndex, groups.StartLength);
            var end = groups.EndIndex >= 0 ? Token(text, groups.EndIndex, groups.EndLength) : null;
            int length = (end ?? start).Index + (end ?? start).Length - start.Index;
            string? zoneText = groups.ZoneIndex >= 0 ? groups.Zone : null;
            result.Add(new TimeMention(start.Index, length, text.Substring(start.Index, length), start, end, zoneText, groups.ZoneIndex));
        }

        return result;
    }

    private static ClockTime Token(string text, int index, int length)
    {
        string value = text.Substring(index, length);
        int colon = value.IndexOf(':', StringComparison.Ordinal);
        int hour = int.Parse(colon < 0 ? value.AsSpan(0, 2) : value.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture);
        int minute = int.Parse(colon < 0 ? value.AsSpan(2, 2) : value.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture);
        return new ClockTime(index, value, hour, minute, colon < 0 ? TimeStyle.Compact : TimeStyle.Colon);
    }

    /// <summary>
    /// The groups of a match of <see cref="TimePattern"/> spanning [<c>index</c>, <c>end</c>), read from the text. The pattern
    /// reads its match one way only: <c>start</c> is <c>d:dd</c> or <c>dd:dd</c> when one or two digits and a colon begin
    /// it, else four digits; then each optional part (the range, "hours", the zone) is in the match exactly when the
    /// remaining text of the match begins (after whitespace) with its first character: <c>-</c>, <c>–</c>, <c>—</c>,
    /// <c>t</c> (to) or <c>u</c> (until) for the range, <c>h</c> for "hours", anything else (a bracket or a zone's first
    /// letter) for the zone: <c>CEST</c>, <c>CET</c>, <c>UTC</c>, <c>GMT</c> (three letters, or <c>CES</c> and a fourth),
    /// "Geneva time" (<c>Ge</c>) or "local time" (<c>l</c>).
    /// </summary>
    private readonly record struct Groups(
        int StartIndex, int StartLength, bool StartColon, int EndIndex, int EndLength, bool EndColon, bool Hours, int ZoneIndex, string? Zone)
    {
        public static Groups Of(string text, int index, int end)
        {
            var match = text.AsSpan(0, end);
            int startLength = TokenLength(text, index, out bool startColon);
            int at = index + startLength;
            int endIndex = -1;
            int endLength = 0;
            bool endColon = false;
            int next = CharRuns.WhiteSpaceEnd(match, at);
            if (next < end && text[next] is '-' or '\u2013' or '\u2014' or 't' or 'u')
            {
                next += text[next] switch { 't' => 2, 'u' => 5, _ => 1 };
                endIndex = CharRuns.WhiteSpaceEnd(match, next);
                endLength = TokenLength(text, endIndex, out endColon);
                at = endIndex + endLength;
                next = CharRuns.WhiteSpaceEnd(match, at);
            }

            bool hours = false;
            if (next < end && text[next] == 'h')
            {
                hours = true;
                next = CharRuns.WhiteSpaceEnd(match, CharRuns.LettersEnd(match, next));
            }

            int zoneIndex = -1;
            string? zone = null;
            if (next < end)
            {
                if (text[next] == '(')
                {
                    next++;
                }

                zoneIndex = next;
                zone = (text[next], text[next + 1], text[next + 2]) switch
                {
                    ('G', 'e', _) => "Geneva time",
                    ('l', _, _) => "local time",
                    ('C', 'E', 'S') => "CEST",
                    ('C', _, _) => "CET",
                    ('U', _, _) => "UTC",
                    _ => "GMT",
                };
            }

            return new Groups(index, startLength, startColon, endIndex, endLength, endColon, hours, zoneIndex, zone);
        }

        /// <summary>The length of the time at <paramref name="at"/>: <c>d:dd</c>, <c>dd:dd</c> or four digits.</summary>
        private static int TokenLength(string text, int at, out bool colon)
        {
            int digits = 0;
            while (digits < 2 && at + digits < text.Length && char.IsAsciiDigit(text[at + digits]))
            {
                digits++;
            }

            colon = at + digits < text.Length && text[at + digits] == ':';
            return colon ? digits + 3 : 4;
        }
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

    [GeneratedRegex(
        @"(?<![\w.:/+\-–])(?<start>[0-9]{1,2}:[0-9]{2}|[0-9]{4})(?![0-9:])"
        + @"(?:\s*(?:-|–|—|\bto\b|\buntil\b)\s*(?<end>[0-9]{1,2}:[0-9]{2}|[0-9]{4})(?![0-9:]))?"
        + @"(?:\s*(?<hours>hours|hrs|hr|h)\b)?"
        + @"(?:\s*\(?(?<zone>CEST|CET|UTC|GMT|Geneva\s+time|local\s+time)\b\)?)?",
        RegexOptions.CultureInvariant)]
    internal static partial Regex TimePattern();
}
