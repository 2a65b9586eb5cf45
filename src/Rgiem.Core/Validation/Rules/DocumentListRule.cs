using Rgiem.Core.Diagnostics;
using Rgiem.Core.References;

namespace Rgiem.Core.Validation.Rules;

/// <summary>
/// The record's <c>documents:</c> list: malformed numbers (RG4008), impossible meeting dates (RG4006) and
/// entries listed twice (RG4009). The registry is checked when it is loaded.
/// </summary>
internal sealed class DocumentListRule : IRecordRule
{
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        [ReferenceDescriptors.InvalidMeetingDocumentDate, ReferenceDescriptors.MalformedListedNumber, ReferenceDescriptors.DuplicateListedDocument];

    public void Analyze(RecordContext context)
    {
        var references = RecordReferences.Analyze(context.Bound, context.Options.Registry, context.Prose);
        foreach (var (descriptor, location, args) in references.ListProblems)
        {
            context.Report(descriptor, location, args);
        }
    }
}
