using Rgiem.Core.Diagnostics;
using Rgiem.Core.References;

namespace Rgiem.Core.Validation.Rules;

/// <summary>
/// RG4003: a document cited in the text that neither the record's <c>documents:</c> list nor the registry
/// knows. Silent when the record has no list and the project no registry: then nothing is known. Reported
/// once per document, at its first citation.
/// </summary>
internal sealed class UnknownDocumentRule : IRecordRule
{
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [ReferenceDescriptors.UnknownDocument];

    public void Analyze(RecordContext context)
    {
        var references = context.References;
        if (!references.KnowsDocuments)
        {
            return;
        }

        var reported = new HashSet<DocumentId>();
        foreach (var cited in references.Citations)
        {
            // A meeting document with an impossible date is RG4006's; it would never be in the list either.
            if (cited.Resolution is { IsKnown: false } resolution
                && cited.Reference.MeetingDocument is not { Date: null }
                && reported.Add(resolution.Id))
            {
                context.Report(ReferenceDescriptors.UnknownDocument, cited.Location, cited.Reference.Text, references.KnownSources, resolution.Canonical);
            }
        }
    }
}
