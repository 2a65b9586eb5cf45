using System.Globalization;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.References;

namespace Rgiem.Core.Validation.Rules;

/// <summary>
/// RG4020 (info by default; <c>rules: {RG4020: warning}</c> makes it a warning): a citation of a revision older than
/// the latest the project's registry knows (<c>TSAG-TD624R2</c> when the registry has R3). The registry is what the
/// project knows from all its records (<c>rgiem refs --export documents.yaml</c> writes it from every citation), so a
/// later revision cited by another record is caught once the registry is refreshed. A record whose own
/// <c>documents:</c> list already names that latest revision (or a later one) knows it, and is not reported: a report
/// lists the latest revision and cites the earlier ones it discussed ("TSAG-TD666R2 … a precise delta in
/// TSAG-TD666R3"), and a registry exported from that very record must not turn those into findings. A citation
/// without a revision names the document, not a revision, and is not reported.
/// </summary>
internal sealed class RevisionOlderThanLatestRule : IRecordRule
{
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [ReferenceDescriptors.RevisionOlderThanLatest];

    public void Analyze(RecordContext context)
    {
        var references = context.References;
        if (references.Registry is not { } registry)
        {
            return;
        }

        Dictionary<DocumentId, int>? latestInRegistry = null;
        Dictionary<DocumentId, int>? latestInList = null;
        foreach (var cited in references.Citations)
        {
            if (cited.Resolution is not { } resolution || cited.Reference.Revision is not { } revision)
            {
                continue;
            }

            latestInRegistry ??= LatestRevisions(references.Index, KnownDocumentOrigin.Registry);
            latestInList ??= LatestRevisions(references.Index, KnownDocumentOrigin.List);
            if (!latestInRegistry.TryGetValue(resolution.Id, out int latest) || revision >= latest
                || (latestInList.TryGetValue(resolution.Id, out int listed) && listed >= latest))
            {
                continue;
            }

            context.Report(
                ReferenceDescriptors.RevisionOlderThanLatest,
                cited.Location,
                cited.Reference.Text,
                string.Create(CultureInfo.InvariantCulture, $"R{revision}"),
                resolution.Id,
                registry.FileName,
                resolution.Number is { } number ? (number with { Revision = latest }).Canonical : resolution.Id.ToString());
        }
    }

    /// <summary>The latest revision the registry or the record's list knows of each document (short numbers given the record's default body).</summary>
    private static Dictionary<DocumentId, int> LatestRevisions(DocumentIndex index, KnownDocumentOrigin origin)
    {
        var latest = new Dictionary<DocumentId, int>();
        foreach (var document in index.Documents)
        {
            if (document.Origin == origin && document.Revision is { } revision
                && (!latest.TryGetValue(document.Id, out int current) || revision > current))
            {
                latest[document.Id] = revision;
            }
        }

        return latest;
    }
}
