namespace Rgiem.Core.Import.Edits;

/// <summary>
/// What <c>rgiem import --edits</c> reads from an edited Word document: its paragraphs (cover and body, in order), and
/// its cover read twice, as it was before the tracked changes (<see cref="CoverBefore"/>: insertions left out,
/// deletions kept) and after them (<see cref="CoverAfter"/>), null when the document has no cover or no tracked change.
/// The first <see cref="CoverParagraphs"/> paragraphs are the cover's.
/// </summary>
public sealed record EditedDocument(IReadOnlyList<EditedParagraph> Paragraphs)
{
    public ImportedCover? CoverBefore { get; init; }

    public ImportedCover? CoverAfter { get; init; }

    public int CoverParagraphs { get; init; }
}
