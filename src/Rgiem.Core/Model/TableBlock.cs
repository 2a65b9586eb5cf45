using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Model;

/// <summary>
/// A pipe or grid table. Header rows come first and repeat on every page. Each row holds one cell per column, those a
/// spanning cell covers included (<see cref="TableCell.Merged"/>).
/// </summary>
public sealed record TableBlock(IReadOnlyList<ColumnAlignment> Alignments, IReadOnlyList<TableRow> Rows, SourceLocation Location) : Block(Location)
{
    public int ColumnCount => Math.Max(Alignments.Count, Rows.Count == 0 ? 0 : Rows.Max(r => r.Cells.Count));

    /// <summary>
    /// True for a table rgiem wrote (the statistics annex of a progress report): its text has no position in
    /// any file, and <see cref="Block.Location"/> is that of the directive that asked for it.
    /// </summary>
    public bool Generated { get; init; }

    /// <summary>The caption (<c>Table: title</c> before or after the table), written above it as <c>Table n – title</c>; null without one.</summary>
    public IReadOnlyList<Inline>? Caption { get; init; }

    /// <summary>The table's number when it has a caption: 1, 2… in the body, A.1… in Annex A.</summary>
    public string? Number { get; init; }

    /// <summary>The cross-reference id of the caption (<c>{#tbl:stats}</c>), or null.</summary>
    public string? Id { get; init; }

    /// <summary>The blocks of the cells that hold several paragraphs or a list, in reading order (empty for most tables).</summary>
    public IReadOnlyList<Block> CellBlocks => Rows.Any(r => r.Cells.Any(c => c.Blocks is not null)) ? [.. Rows.SelectMany(r => r.Cells).SelectMany(c => c.Blocks ?? [])] : [];

    /// <summary>True when a cell spans columns or rows.</summary>
    public bool HasSpans => Rows.Any(r => r.Cells.Any(c => c.Merged));

    /// <summary>Where the caption was written (the table's own location when it has none).</summary>
    public SourceLocation? CaptionLocation { get; init; }
}
