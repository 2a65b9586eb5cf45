using DocumentFormat.OpenXml.Wordprocessing;

namespace Rgiem.Docx.Writers;

/// <summary>One cell of a cover table: its width in twips, paragraphs, vertical merge, rules (eighths of a point) and vertical centring.</summary>
internal sealed record CoverCell(int Width, IReadOnlyList<CoverParagraph> Paragraphs)
{
    public MergedCellValues? Merge { get; init; }

    public int Top { get; init; }

    public int Bottom { get; init; }

    public bool Center { get; init; }
}
