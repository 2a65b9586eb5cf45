using Rgiem.Core.Diagnostics;

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
        var references = context.References;
        foreach (var (descriptor, location, args) in references.ListProblems)
        {
            context.Report(descriptor, location, args);
        }
    }
}
