using System.Text.RegularExpressions;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Core.Text;

namespace Rgiem.Core.Validation.Rules;

/// <summary>
/// RG5020: the prose says when the group met, and <c>sessions:</c> says it again; the two must agree. Checked in the
/// prose, within the meeting dates, in a sentence about the group's own meeting — one that says "met", "meeting" or
/// "session", and names this group or no other (RG-IEM's report mentioning "WP2 ad-hoc on Resolutions (Thursday,
/// 1 August, 1300-1430 hours)" is about WP2):
/// a time range with its date ("Tuesday, 30 July 2024 (0930-1045 hours)") must be a session of that day with that
/// time (a session without a time matches any), and a day the group "met" on must have a session.
/// </summary>
public sealed partial class SessionProseRule : IRecordRule
{
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DateTimeDescriptors.ProseDisagreesWithSessions];

    public void Analyze(RecordContext context)
    {
        var metadata = context.Record.Metadata;
        if (metadata.Meeting?.From is not { } from || metadata.Sessions.Count == 0)
        {
            return;
        }

        var to = metadata.Meeting.To is { } end && end >= from ? end : from;
        var sessions = metadata.Sessions;
        var handled = new HashSet<(string, int)>();
        foreach (var time in context.Times)
        {
            if (time.SessionDate is not null || time.Mention.End is not { } endTime || !time.Mention.Start.IsValid || !endTime.IsValid
                || NearbyDate.Of(time) is not { } date || Day(date, metadata) is not { } day || day < from || day > to
                || !AboutOwnMeeting(time.Text, date.Index, metadata))
            {
                continue;
            }

            var ofDay = sessions.Where(s => s.Date == day).ToList();
            string range = time.Mention.Text;
            string? problem = null;
            if (ofDay.Count == 0)
            {
                problem = $"The text has a session on {ItuDates.Day(day)} ({range}), but 'sessions:' has none that day";
            }
            else if (ofDay.All(s => s.Time is not null) && !ofDay.Any(s => Matches(s.Time!, time.Mention)))
            {
                string written = string.Join(" and ", ofDay.Select(s => s.Time));
                problem = $"The text gives {range} for {ItuDates.Day(day)}, but 'sessions:' has {written} that day";
            }

            if (problem is not null)
            {
                context.Report(DateTimeDescriptors.ProseDisagreesWithSessions, time.Locate(time.Mention.Index, time.Mention.Length), problem);
            }

            handled.Add((time.Text, date.Index));
        }

        foreach (var (segment, date) in context.Dates)
        {
            if (segment.Origin is not (ProseOrigin.Paragraph or ProseOrigin.Action) || handled.Contains((segment.Text, date.Index))
                || Day(date, metadata) is not { } day || day < from || day > to || sessions.Any(s => s.Date == day)
                || !MetBefore(segment.Text, date.Index) || !AboutOwnMeeting(segment.Text, date.Index, metadata))
            {
                continue;
            }

            context.Report(
                DateTimeDescriptors.ProseDisagreesWithSessions,
                segment.Locate(date.DateIndex, date.Index + date.Length - date.DateIndex),
                $"The text says the group met on {ItuDates.Day(day)}, but 'sessions:' has no session that day");
        }
    }

    /// <summary>The day of a date, its year written or inferred with certainty from the record.</summary>
    private static DateOnly? Day(DateMention date, RecordMetadata metadata)
    {
        if (date.KnownYear is { } year)
        {
            return date.In(year);
        }

        var guess = YearInference.Guess(metadata, date.Month, date.Day);
        return guess.IsCertain ? date.In(guess.Years[0]) : null;
    }

    private static bool Matches(string sessionTime, TimeMention prose)
    {
        foreach (var written in TimeMentions.FindInTimeField(sessionTime))
        {
            if (written.End is { } end && written.Start.IsValid && end.IsValid
                && written.Start.TotalMinutes == prose.Start.TotalMinutes && end.TotalMinutes == prose.End!.TotalMinutes)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sentence around <paramref name="index"/> speaks of a meeting or session, and of this group or of no other.</summary>
    private static bool AboutOwnMeeting(string text, int index, RecordMetadata metadata)
    {
        var (start, end) = SentenceAround(text, index);
        string sentence = text[start..end];
        if (!MeetingWords().IsMatch(sentence))
        {
            return false;
        }

        string? group = metadata.Group;
        string? prefix = metadata.EffectiveActionPrefix;
        bool own = (group is not null && sentence.Contains(group, StringComparison.Ordinal))
            || (prefix is not null && sentence.Contains(prefix, StringComparison.Ordinal));
        if (own)
        {
            return true;
        }

        foreach (Match match in GroupNames().Matches(sentence))
        {
            if (!string.Equals(match.Value, group, StringComparison.Ordinal) && !string.Equals(match.Value, prefix, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MetBefore(string text, int index)
    {
        var (start, _) = SentenceAround(text, index);
        return MetPattern().IsMatch(text[start..index]);
    }

    /// <summary>The sentence holding offset <paramref name="index"/>: from after the previous sentence end to the next one.</summary>
    private static (int Start, int End) SentenceAround(string text, int index)
    {
        int start = 0;
        for (int i = Math.Min(index, text.Length) - 2; i >= 0; i--)
        {
            if (IsSentenceEnd(text, i))
            {
                start = i + 1;
                break;
            }
        }

        int end = text.Length;
        for (int i = index; i < text.Length - 1; i++)
        {
            if (IsSentenceEnd(text, i))
            {
                end = i + 1;
                break;
            }
        }

        return (start, end);
    }

    /// <summary>A full stop, question or exclamation mark followed by white space and a capital or a digit (<see cref="Sentences"/>).</summary>
    private static bool IsSentenceEnd(string text, int i) =>
        text[i] is '.' or '!' or '?' && i + 2 < text.Length && char.IsWhiteSpace(text[i + 1]) && !Sentences.Same(text, i, i + 3);

    [GeneratedRegex(@"\b(?:met|meet|meets|meeting|meetings|session|sessions)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MeetingWords();

    [GeneratedRegex(@"\bmet\b", RegexOptions.CultureInvariant)]
    private static partial Regex MetPattern();

    /// <summary>Names of ITU groups: RG-…, WPn(/…), SGnn, FG-…, JCA-…, TSAG, Qn/nn.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}_-])(?:RG-[A-Za-z0-9]+|WP[0-9]{1,2}(?:/[A-Z0-9]+)?|SG[0-9]{1,2}|FG-[A-Za-z0-9]+|JCA-[A-Za-z0-9]+|TSAG|Q[0-9]{1,2}/[0-9]{1,2})(?![\p{L}\p{N}_])", RegexOptions.CultureInvariant)]
    private static partial Regex GroupNames();
}
