using System.Globalization;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.References;

namespace Rgiem.Core.Validation.Rules;

/// <summary>RG4004: a citation of a revision later than the latest the list, the registry or the record's own number knows (<c>TD666R5</c> when R4 is the latest).</summary>
internal sealed class RevisionBeyondLatestRule : IRecordRule
{
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [ReferenceDescriptors.RevisionBeyondLatest];

    public void Analyze(RecordContext context)
    {
        var references = context.References;
        foreach (var cited in references.Citations)
        {
            if (cited.Resolution is not { Known: { } known, Number: { } number } resolution
                || cited.Reference.Revision is not { } revision
                || revision <= resolution.LatestRevision)
            {
                continue;
            }

            string where = known.Origin switch
            {
                KnownDocumentOrigin.List => "the 'documents:' list",
                KnownDocumentOrigin.Registry => references.Registry?.FileName ?? DocumentRegistry.YamlFileName,
                _ => "this record's number",
            };
            string latest = known.Revision is { } r ? string.Create(CultureInfo.InvariantCulture, $"R{r} ({known.Canonical})") : $"the original ({known.Canonical}, no revision)";
            context.Report(ReferenceDescriptors.RevisionBeyondLatest, cited.Location, cited.Reference.Text, revision, resolution.Id, where, latest, number.Canonical);
        }
    }
}
