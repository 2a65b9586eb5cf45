using System.Globalization;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Text;

namespace Rgiem.Core.Validation.Rules;

/// <summary>RG5003: every <c>sessions[].date</c> lies within <c>meeting.from</c> .. <c>meeting.to</c>.</summary>
public sealed class SessionDateRule : IRecordRule
{
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DateTimeDescriptors.SessionOutsideMeeting];

    public void Analyze(RecordContext context)
    {
        if (context.Record.Metadata.Meeting is not { From: { } from } meeting)
        {
            return;
        }

        var to = meeting.To is { } end && end >= from ? end : from;
        foreach (var entry in FrontMatterSessions.Entries(context))
        {
            var date = entry.Session.Date;
            if (date < from || date > to)
            {
                context.Report(
                    DateTimeDescriptors.SessionOutsideMeeting,
                    context.Map.Value(entry.DatePath),
                    date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ItuDates.Range(from, to));
            }
        }
    }
}
