namespace Rgiem.Core.References;

/// <summary>
/// One document number found in a piece of text by <see cref="DocumentReferenceScanner"/>.
/// <see cref="Offset"/> and <see cref="Length"/> cover the number as written (for a malformed one, the
/// whole malformed token); letters glued to it are in <see cref="GluedBefore"/> and <see cref="GluedAfter"/>.
/// </summary>
/// <param name="Offset">Start of the number in the scanned text.</param>
/// <param name="Length">Length of the number as written.</param>
/// <param name="Text">The number as written, e.g. <c>TD 120 Rev.1</c>.</param>
/// <param name="Kind">Qualified, short, meeting document or malformed.</param>
/// <param name="Number">The parsed TD/C/LS number (body null for short forms); null for meeting documents and malformed text.</param>
/// <param name="MeetingDocument">The parsed <c>DOC n (YYMMDD)</c> number, else null.</param>
/// <param name="Problem">Why a malformed reference is malformed.</param>
/// <param name="GluedBefore">Letters written directly before the number (<c>of</c> in <c>ofTSAG-TD257</c>).</param>
/// <param name="GluedAfter">A word written directly after the number (<c>and</c> in <c>TSAG-TD257and</c>).</param>
public sealed record DocumentReference(
    int Offset,
    int Length,
    string Text,
    DocumentReferenceKind Kind,
    DocumentNumber? Number,
    MeetingDocumentNumber? MeetingDocument,
    DocumentReferenceProblem Problem = DocumentReferenceProblem.None,
    string? GluedBefore = null,
    string? GluedAfter = null)
{
    /// <summary>The canonical number as written (a short form stays short: <c>TD120R1</c>), or null when malformed.</summary>
    public string? Canonical => Number?.Canonical ?? MeetingDocument?.Canonical;

    /// <summary>The revision written (<c>2</c> in <c>TSAG-TD624R2</c>), null when none was.</summary>
    public int? Revision => Number?.Revision;

    public bool IsWellFormed => Kind != DocumentReferenceKind.Malformed;

    public bool IsGlued => GluedBefore is not null || GluedAfter is not null;

    /// <summary>Start of the glued token (the glued letters included).</summary>
    public int TokenOffset => Offset - (GluedBefore?.Length ?? 0);

    /// <summary>Length of the glued token (the glued letters included).</summary>
    public int TokenLength => Length + (GluedBefore?.Length ?? 0) + (GluedAfter?.Length ?? 0);
}
