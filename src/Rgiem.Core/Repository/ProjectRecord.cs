using Rgiem.Core.Binding;
using Rgiem.Core.Model;
using Rgiem.Core.References;

namespace Rgiem.Core.Repository;

/// <summary>One record of a project as the repository stage sees it: bound, with its paths, and whether this run checks it.</summary>
/// <param name="FullPath">Full path of the record file.</param>
/// <param name="DisplayPath">The path shown in messages.</param>
/// <param name="Bound">The bound record (for an input, with its statistics annex filled in once that is done).</param>
/// <param name="IsInput">True for the records this run checks; the others are read only to answer questions about the repository.</param>
public sealed record ProjectRecord(string FullPath, string DisplayPath, BoundRecord Bound, bool IsInput)
{
    public MeetingRecord Record => Bound.Record;

    public RecordMetadata Metadata => Bound.Record.Metadata;

    public bool IsMeeting => Metadata.Kind == RecordKind.Meeting;

    /// <summary>The canonical number of the record (<c>TSAG-TD521</c>), or null.</summary>
    public string? Number => Metadata.Number?.Canonical;

    /// <summary>The canonical number of the meeting's report from <c>statistics.report</c> (<c>DOC5 (230131)</c>), or null.</summary>
    public string? ReportNumber =>
        DocumentReferenceScanner.TryParse(Metadata.Statistics?.Report, out var report) ? report!.Canonical : null;

    /// <summary>What names the meeting in registers: its number, else its report's number, else its file name.</summary>
    public string Label => Number ?? ReportNumber ?? Path.GetFileNameWithoutExtension(FullPath);

    /// <summary>The identities of the documents this record is: its own number and its meeting report's number.</summary>
    public IEnumerable<DocumentId> Identities()
    {
        if (Metadata.Number is { } number)
        {
            yield return DocumentId.Of(number.Body is { } body ? number with { Body = DocumentIndex.BodyOfParent(body) ?? body } : number);
        }

        if (DocumentReferenceScanner.TryParse(Metadata.Statistics?.Report, out var report) && report!.MeetingDocument is { } meeting)
        {
            yield return DocumentId.Of(meeting);
        }
        else if (report?.Number is { } reportNumber)
        {
            yield return DocumentId.Of(reportNumber.WithDefaultBody(DocumentIndex.BodyOfParent(Metadata.Parent)));
        }
    }
}
