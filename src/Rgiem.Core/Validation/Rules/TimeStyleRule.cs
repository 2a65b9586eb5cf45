using Rgiem.Core.Diagnostics;
using Rgiem.Core.Text;

namespace Rgiem.Core.Validation.Rules;

/// <summary>
/// RG5007: a record writes its times in one style, <c>1615</c> or <c>16:15</c>. Reported once, at the first
/// time written in the style used less (on a tie, the style that appears second).
/// </summary>
public sealed class TimeStyleRule : IRecordRule
{
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DateTimeDescriptors.MixedTimeStyles];

    public void Analyze(RecordContext context)
    {
        // Most records write one style: counted first, without the lists below.
        int compactCount = 0;
        int colonCount = 0;
        foreach (var time in context.Times)
        {
            Count(time.Mention.Start, ref compactCount, ref colonCount);
            if (time.Mention.End is { } end)
            {
                Count(end, ref compactCount, ref colonCount);
            }
        }

        if (compactCount == 0 || colonCount == 0)
        {
            return;
        }

        var clocks = context.Times
            .SelectMany(t => t.Mention.Times.Select(c => (Clock: c, t.Locate)))
            .ToList();
        var compact = clocks.Where(c => c.Clock.Style == TimeStyle.Compact).ToList();
        var colon = clocks.Where(c => c.Clock.Style == TimeStyle.Colon).ToList();
        if (compact.Count == 0 || colon.Count == 0)
        {
            return;
        }

        bool colonIsMinority = colon.Count < compact.Count
            || (colon.Count == compact.Count && clocks.FindIndex(c => c.Clock.Style == TimeStyle.Colon) > clocks.FindIndex(c => c.Clock.Style == TimeStyle.Compact));
        var (major, minor) = colonIsMinority ? (compact, colon) : (colon, compact);
        var first = minor[0];
        context.Report(
            DateTimeDescriptors.MixedTimeStyles,
            first.Locate(first.Clock.Index, first.Clock.Length),
            major.Count,
            StyleName(major[0].Clock.Style),
            major[0].Clock.Text,
            minor.Count,
            StyleName(first.Clock.Style),
            first.Clock.Text);
    }

    private static void Count(ClockTime clock, ref int compact, ref int colon)
    {
        if (clock.Style == TimeStyle.Compact)
        {
            compact++;
        }
        else if (clock.Style == TimeStyle.Colon)
        {
            colon++;
        }
    }

    private static string StyleName(TimeStyle style) => style == TimeStyle.Compact ? "HHMM" : "HH:MM";
}
