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

    /// <summary>What the checks across records read of the record (<see cref="BoundRecord.Facts"/>): for a record whose checks the build cache reused, all that is decoded of it.</summary>
    public RecordFacts Facts => Bound.Facts;

    public bool IsMeeting => Facts.Kind == RecordKind.Meeting;

    /// <summary>The canonical number of the record (<c>TSAG-TD521</c>), or null.</summary>
    public string? Number => Facts.Number?.Canonical;

    /// <summary>The canonical number of the meeting's report from <c>statistics.report</c> (<c>DOC5 (230131)</c>), or null.</summary>
    public string? ReportNumber => Facts.ReportNumber;

    /// <summary>What names the meeting in registers: its number, else its report's number, else its file name.</summary>
    public string Label => Number ?? ReportNumber ?? Path.GetFileNameWithoutExtension(FullPath);

    /// <summary>The identities of the documents this record is: its own number and its meeting report's number.</summary>
    public IEnumerable<DocumentId> Identities() => Facts.Identities;
}
