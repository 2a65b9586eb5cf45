using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Validation.Rules;

/// <summary>
/// RG5004 and RG5005: every time of day, in prose and in <c>sessions[].time</c>, has hours 00-23 and
/// minutes 00-59, and a time range ends after it starts.
/// </summary>
public sealed class TimeValueRule : IRecordRule
{
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        [DateTimeDescriptors.InvalidTime, DateTimeDescriptors.TimeRangeReversed];

    public void Analyze(RecordContext context)
    {
        foreach (var time in context.Times)
        {
            var mention = time.Mention;
            bool valid = true;
            foreach (var clock in mention.Times)
            {
                if (!clock.IsValid)
                {
                    valid = false;
                    context.Report(DateTimeDescriptors.InvalidTime, time.Locate(clock.Index, clock.Length), clock.Text);
                }
            }

            if (valid && mention.End is { } end && end.TotalMinutes <= mention.Start.TotalMinutes)
            {
                context.Report(
                    DateTimeDescriptors.TimeRangeReversed,
                    time.Locate(mention.Index, mention.Length),
                    mention.Text,
                    end.Text,
                    mention.Start.Text);
            }
        }
    }
}
