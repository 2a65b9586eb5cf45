using System.Globalization;
using System.Text.RegularExpressions;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Core.References;
using Rgiem.Core.Text;

namespace Rgiem.Core.Validation.Rules;

/// <summary>
/// A meeting record's own figures agree with each other. RG6020: the date code of <c>statistics.report</c>
/// (<c>DOC5 (230404)</c>) is a day of the meeting. RG6021: a number of participants written in the prose
/// ("49 participants took part") is <c>statistics.participants</c> — not a regional figure ("12 participants from
/// Europe") nor an approximate one ("more than 40 participants"); and a progress report's "held four electronic
/// meetings" is the number of meetings its statistics annex covers.
/// </summary>
public sealed partial class RecordFiguresRule : IRecordRule
{
    private static readonly string[] NumberWords =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        [StatisticsDescriptors.ReportDateOutsideMeeting, StatisticsDescriptors.FigureDisagrees];

    public void Analyze(RecordContext context)
    {
        var metadata = context.Record.Metadata;
        CheckReportDate(context, metadata);
        if (metadata.Kind == RecordKind.Meeting && metadata.Statistics?.Participants is { } participants)
        {
            CheckParticipants(context, participants);
        }
        else if (metadata.Kind == RecordKind.ProgressReport && CoveredMeetings(context.Record) is { } meetings)
        {
            CheckMeetings(context, meetings);
        }
    }

    private static void CheckReportDate(RecordContext context, RecordMetadata metadata)
    {
        if (metadata.Kind != RecordKind.Meeting || metadata.Meeting?.From is not { } from || metadata.Statistics?.Report is not { } report
            || !DocumentReferenceScanner.TryParse(report, out var parsed) || parsed!.MeetingDocument?.Date is not { } date)
        {
            return;
        }

        var to = metadata.Meeting.To is { } end && end >= from ? end : from;
        if (date < from || date > to)
        {
            context.Report(StatisticsDescriptors.ReportDateOutsideMeeting, context.Map.Value("statistics.report"), report, ItuDates.Day(date), ItuDates.Range(from, to));
        }
    }

    private static void CheckParticipants(RecordContext context, int participants)
    {
        foreach (var segment in context.Prose)
        {
            if (segment.Origin is not (ProseOrigin.Paragraph or ProseOrigin.FrontMatter) || !segment.Text.Contains("participants", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match match in ParticipantsPattern().Matches(segment.Text))
            {
                var figure = match.Groups["n"];
                int written = int.Parse(figure.Value, NumberStyles.None, CultureInfo.InvariantCulture);
                if (written != participants)
                {
                    context.Report(
                        StatisticsDescriptors.FigureDisagrees,
                        segment.Locate(figure.Index, figure.Length),
                        $"{written} participants",
                        string.Create(CultureInfo.InvariantCulture, $"statistics.participants is {participants}"));
                }
            }
        }
    }

    private static void CheckMeetings(RecordContext context, int meetings)
    {
        foreach (var segment in context.Prose)
        {
            if (segment.Origin is not (ProseOrigin.Paragraph or ProseOrigin.FrontMatter) || !segment.Text.Contains("held", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match match in MeetingsPattern().Matches(segment.Text))
            {
                var figure = match.Groups["n"];
                int written = Array.IndexOf(NumberWords, figure.Value.ToLowerInvariant());
                if (written < 0)
                {
                    written = int.Parse(figure.Value, NumberStyles.None, CultureInfo.InvariantCulture);
                }

                if (written != meetings)
                {
                    context.Report(
                        StatisticsDescriptors.FigureDisagrees,
                        segment.Locate(figure.Index, figure.Length),
                        $"{figure.Value} meetings",
                        string.Create(CultureInfo.InvariantCulture, $"'covers' selects {meetings} meeting(s) for the statistics annex"));
                }
            }
        }
    }

    /// <summary>The number of meetings of the generated statistics annex (one column per covered meeting), or null.</summary>
    private static int? CoveredMeetings(MeetingRecord record)
    {
        foreach (var table in BlockWalker.Descendants(record.Body).OfType<TableBlock>())
        {
            if (table.Generated && table.Rows.Count > 0)
            {
                return table.Rows[0].Cells.Count - 1;
            }
        }

        return null;
    }

    [GeneratedRegex(
        @"(?<!\b(?:than|over|about|around|some|nearly|almost|approximately|to|least|and|or)[ \u00A0]+)(?<![\p{L}\p{N}_.,/-])(?<n>[0-9]{1,4})[ \u00A0]+(?:participants|delegates)\b(?![ \u00A0]+(?:from|of|in|representing)\b)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ParticipantsPattern();

    [GeneratedRegex(
        @"\bheld[ \u00A0]+(?:(?:its|a[ \u00A0]+total[ \u00A0]+of)[ \u00A0]+)?(?<n>[0-9]{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \u00A0]+(?:(?:electronic|virtual|physical|face-to-face|online|interim)[ \u00A0]+)?(?:e-)?meetings\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex MeetingsPattern();
}
