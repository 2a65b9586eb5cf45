using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Validation.Rules;

/// <summary>RG4006 in prose: <c>DOC n (YYMMDD)</c> whose date is not a real date. The <c>documents:</c> list is checked by <see cref="DocumentListRule"/>.</summary>
internal sealed class MeetingDocumentDateRule : IRecordRule
{
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [ReferenceDescriptors.InvalidMeetingDocumentDate];

    public void Analyze(RecordContext context)
    {
        var references = context.References;
        foreach (var cited in references.Citations)
        {
            if (cited.Reference.MeetingDocument is { Date: null } meeting)
            {
                context.Report(ReferenceDescriptors.InvalidMeetingDocumentDate, cited.Location, meeting.DateText, cited.Reference.Text);
            }
        }
    }
}
