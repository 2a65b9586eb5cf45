namespace Rgiem.Core.References;

/// <summary>What a <see cref="DocumentReference"/> found in prose is.</summary>
public enum DocumentReferenceKind
{
    /// <summary>A TD, contribution or liaison number with its body: <c>TSAG-TD624R2</c>, <c>SG17-TD580/PLEN</c>, <c>WTSA-20 C103</c>, <c>TD326/TSAG</c>.</summary>
    Qualified,

    /// <summary>A number without its body: <c>TD666R4</c>, <c>TD 120 Rev.1</c>, <c>C99R1</c>; resolved against the known documents, else the parent body.</summary>
    Short,

    /// <summary>A rapporteur-group meeting document with the meeting date: <c>DOC5 (230131)</c>.</summary>
    MeetingDocument,

    /// <summary>Text clearly meant as a document number that is not one: <c>TSAG-TD</c> with no number, <c>TD12a</c>.</summary>
    Malformed,
}
