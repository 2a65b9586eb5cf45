namespace Rgiem.Docx.Writers;

/// <summary>One row of a cover table, its cells left to right.</summary>
internal sealed record CoverRow(IReadOnlyList<CoverCell> Cells);
