using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Core.Text;

namespace Rgiem.Core.Validation.Rules;

/// <summary>
/// RG5021: the title and the abstract of a meeting's record give the meeting's dates ("Draft report of the RG-IEM
/// meeting (Geneva, 29 July – 2 August 2024)"); every date written there with its year (or the year of its range)
/// must lie within <c>meeting.from</c>–<c>to</c>. The classic slip is a year copied from last meeting's record.
/// Progress reports, which cover several meetings, are not checked.
/// </summary>
public sealed class CoverDateRule : IRecordRule
{
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DateTimeDescriptors.CoverDateOutsideMeeting];

    public void Analyze(RecordContext context)
    {
        var metadata = context.Record.Metadata;
        if (metadata.Kind != RecordKind.Meeting || metadata.Meeting?.From is not { } from)
        {
            return;
        }

        var to = metadata.Meeting.To is { } end && end >= from ? end : from;
        ProseSegment? reported = null;
        foreach (var (segment, date) in context.Dates)
        {
            if (ReferenceEquals(segment, reported) || segment.Origin != ProseOrigin.FrontMatter || segment.Field is not ("title" or "abstract")
                || date.KnownYear is not { } year || date.In(year) is not { } day || (day >= from && day <= to))
            {
                continue;
            }

            context.Report(
                DateTimeDescriptors.CoverDateOutsideMeeting,
                segment.Locate(date.DateIndex, date.Index + date.Length - date.DateIndex),
                segment.Field,
                date.Text[(date.DateIndex - date.Index)..],
                ItuDates.Range(from, to));
            reported = segment; // once per field: "29 July – 2 August 2023" is one slip
        }
    }
}
