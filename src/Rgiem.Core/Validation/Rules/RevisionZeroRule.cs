using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Validation.Rules;

/// <summary>RG4007: a citation of revision 0 (<c>TSAG-TD624R0</c>, <c>TD 120 Rev.0</c>): the original has no suffix.</summary>
internal sealed class RevisionZeroRule : IRecordRule
{
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [ReferenceDescriptors.RevisionZero];

    public void Analyze(RecordContext context)
    {
        var references = context.References;
        foreach (var cited in references.Citations)
        {
            if (cited.Reference is { Revision: 0, Number: { } number })
            {
                context.Report(ReferenceDescriptors.RevisionZero, cited.Location, cited.Reference.Text, (number with { Revision = null }).Canonical);
            }
        }
    }
}
