namespace Rgiem.Core.References;

/// <summary>
/// A well-formed reference after resolution: the full number it names (a short form with its body filled
/// in), the document's identity, and what the record knows of it.
/// </summary>
/// <param name="Reference">The reference as found in the text.</param>
/// <param name="Number">The full TD/C/LS number, body included when one could be determined; null for a meeting document.</param>
/// <param name="Id">The document's identity.</param>
/// <param name="Known">The list or registry entry that knows the document with its latest revision, null when none does.</param>
public sealed record ResolvedReference(DocumentReference Reference, DocumentNumber? Number, DocumentId Id, KnownDocument? Known)
{
    public bool IsKnown => Known is not null;

    /// <summary>The canonical number as resolved: <c>C99R1</c> in a TSAG record listing WTSA-20 C99R1 gives <c>WTSA-20 C099R1</c>.</summary>
    public string Canonical => Number?.Canonical ?? Reference.MeetingDocument!.Canonical;

    /// <summary>The latest revision known (0 for the original), or null when the document is unknown.</summary>
    public int? LatestRevision => Known is null ? null : Known.Revision ?? 0;
}
