using Rgiem.Core.Diagnostics;
using Rgiem.Core.References;

namespace Rgiem.Core.Validation.Rules;

/// <summary>RG4005: an entry of the record's <c>documents:</c> list that the text (or <c>statistics.report</c>) never cites; any revision counts.</summary>
internal sealed class UncitedDocumentRule : IRecordRule
{
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [ReferenceDescriptors.UncitedDocument];

    public void Analyze(RecordContext context)
    {
        var references = context.References;

        // The keys of the cited ids (DocumentId's equality is its key's), made when an entry may need them.
        HashSet<string>? cited = null;
        foreach (var listed in references.Listed)
        {
            // An entry with an impossible meeting date is RG4006's: it cannot be cited as written.
            if (listed is { InRecord: true, Known: { MeetingDocument: not { Date: null } } known } && !(cited ??= Cited(context, references)).Contains(known.Id.Key) && !IsSelf(references, known))
            {
                context.Report(ReferenceDescriptors.UncitedDocument, listed.Location, listed.Written);
            }
        }
    }

    private static HashSet<string> Cited(RecordContext context, RecordReferences references)
    {
        var cited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var citation in references.Citations)
        {
            if (citation.Resolution?.Id is { } id)
            {
                cited.Add(id.Key);
            }
        }

        // 'statistics.report: DOC5 (230131)' cites the meeting report too.
        if (DocumentReferenceScanner.TryParse(context.Record.Metadata.Statistics?.Report, out var report)
            && references.Index.Resolve(report!) is { } resolved)
        {
            cited.Add(resolved.Id.Key);
        }

        return cited;
    }

    private static bool IsSelf(RecordReferences references, KnownDocument known) =>
        references.Index.Documents.Any(d => d.Origin == KnownDocumentOrigin.Self && d.Id == known.Id);
}
