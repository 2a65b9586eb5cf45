using Rgiem.Core.Diagnostics;
using Rgiem.Core.References;

namespace Rgiem.Core.Validation.Rules;

/// <summary>RG4001: text clearly meant as a document number that is not one (<c>TSAG-TD</c>, <c>TD12a</c>).</summary>
internal sealed class MalformedReferenceRule : IRecordRule
{
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [ReferenceDescriptors.MalformedReference];

    public void Analyze(RecordContext context)
    {
        var references = context.References;
        foreach (var cited in references.Citations)
        {
            if (cited.Reference.Kind == DocumentReferenceKind.Malformed)
            {
                context.Report(ReferenceDescriptors.MalformedReference, cited.Location, cited.Reference.Text, Explain(cited.Reference.Problem));
            }
        }
    }

    private static string Explain(DocumentReferenceProblem problem) => problem switch
    {
        DocumentReferenceProblem.MissingNumber => "the number is missing; write the full number, e.g. TSAG-TD624",
        DocumentReferenceProblem.NumberTooLong => "ITU-T document numbers have at most four digits and revisions at most two; check the digits",
        DocumentReferenceProblem.RevisionWithoutNumber => "the revision has no number; write R1, R2… (e.g. TD666R1), or nothing for the original",
        _ => "the characters after the number are neither a revision (R1) nor a series (/PLEN); remove them, or separate them with a space",
    };
}
