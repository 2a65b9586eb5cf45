namespace Rgiem.Core.References;

/// <summary>
/// The identity of a document regardless of its revision: <c>TSAG-TD624</c>, <c>SG17-TD580/PLEN</c>,
/// <c>WTSA-20 C103</c>, <c>DOC5 (230131)</c>. Two references name the same document when their ids are equal.
/// </summary>
public sealed record DocumentId(string Key)
{
    /// <summary>The id of a TD, contribution or liaison number: its base number and series (built once a number).</summary>
    public static DocumentId Of(DocumentNumber number) => number.Id;

    public static DocumentId Of(MeetingDocumentNumber number) => new(number.Canonical);

    public override string ToString() => Key;
}
