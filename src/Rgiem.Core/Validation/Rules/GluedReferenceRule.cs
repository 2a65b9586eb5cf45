using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Validation.Rules;

/// <summary>RG4002: a document number run into a word (<c>TSAG-TD257and</c>).</summary>
internal sealed class GluedReferenceRule : IRecordRule
{
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [ReferenceDescriptors.GluedReference];

    public void Analyze(RecordContext context)
    {
        var references = context.References;
        foreach (var cited in references.Citations)
        {
            var reference = cited.Reference;
            if (reference.IsGlued)
            {
                string token = cited.Segment.Text.Substring(reference.TokenOffset, reference.TokenLength);
                context.Report(ReferenceDescriptors.GluedReference, cited.TokenLocation, token, reference.Text, reference.GluedAfter ?? reference.GluedBefore);
            }
        }
    }
}
