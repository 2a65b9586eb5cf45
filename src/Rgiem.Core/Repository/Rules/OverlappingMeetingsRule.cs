using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Core.Text;

namespace Rgiem.Core.Repository.Rules;

/// <summary>
/// RG9003: the meetings of two meeting reports of one group overlap (<c>meeting.from</c>..<c>meeting.to</c>, as
/// written in each record; a meeting inherited from rgiem.yaml is shared on purpose). A group holds one meeting
/// at a time, so two reports of overlapping meetings are a wrong date or the same meeting recorded twice (a
/// draft and its final report: keep one). Only reports are compared (type TD or Report): a liaison statement or
/// a contribution written at the same meeting is not a second report of it.
/// </summary>
public sealed class OverlappingMeetingsRule : IRepositoryRule
{
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [RepositoryDescriptors.OverlappingMeetings];

    public void Analyze(RepositoryContext context)
    {
        var meetings = context.All
            .Where(r => r.IsMeeting && r.Facts.Type is (DocumentType.TD or DocumentType.Report)
                && r.Facts.Group is not null && r.Facts.MeetingFrom is not null
                && r.Facts.MeetingFromAt.Path == r.Facts.SourcePath)
            .OrderBy(r => r.Facts.MeetingFrom)
            .ThenBy(r => r.DisplayPath, StringComparer.Ordinal)
            .ToList();
        for (int i = 0; i < meetings.Count; i++)
        {
            var (aFrom, aTo) = Dates(meetings[i]);
            for (int j = i + 1; j < meetings.Count; j++)
            {
                var (bFrom, bTo) = Dates(meetings[j]);
                if (bFrom > aTo)
                {
                    // Sorted by From: every later meeting starts after this one ends too.
                    break;
                }

                if (!string.Equals(meetings[i].Facts.Group, meetings[j].Facts.Group, StringComparison.Ordinal))
                {
                    continue;
                }

                var (earlier, later) = (meetings[i], meetings[j]);
                var reported = later.IsInput ? later : earlier;
                var other = later.IsInput ? earlier : later;
                var (rFrom, rTo) = Dates(reported);
                var (oFrom, oTo) = Dates(other);
                context.Report(
                    reported,
                    RepositoryDescriptors.OverlappingMeetings,
                    reported.Facts.MeetingFromAt,
                    reported.Facts.Group,
                    ItuDates.Range(rFrom, rTo),
                    other.DisplayPath,
                    ItuDates.Range(oFrom, oTo));
            }
        }
    }

    private static (DateOnly From, DateOnly To) Dates(ProjectRecord record)
    {
        var from = record.Facts.MeetingFrom!.Value;
        var to = record.Facts.MeetingTo is { } end && end >= from ? end : from;
        return (from, to);
    }
}
