using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Validation.Rules;

/// <summary>A heading may be at most one level deeper than the heading before it (RG2009).</summary>
public sealed class HeadingLevelRule : IRecordRule
{
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [StructureDescriptors.HeadingLevelSkipped];

    public void Analyze(RecordContext context)
    {
        int previous = 0;
        foreach (var heading in context.Record.Headings)
        {
            if (heading.Level > previous + 1 && previous > 0)
            {
                int suggested = previous + 1;
                context.Report(StructureDescriptors.HeadingLevelSkipped, heading.Location with { End = heading.Location.Start }, heading.Level, previous, suggested, new string('#', suggested));
            }

            previous = heading.Level;
        }
    }
}
