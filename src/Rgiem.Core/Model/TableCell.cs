namespace Rgiem.Core.Model;

/// <summary>
/// A cell of a table. Every row holds one cell per column: a cell that spans (<see cref="ColumnSpan"/>,
/// <see cref="RowSpan"/>) is followed, to its right and below it, by cells marked <see cref="Merged"/> that it covers.
/// A cell of one line holds its <see cref="Inlines"/>; a grid table's cell with several paragraphs or a list holds
/// its <see cref="Blocks"/> instead (its <see cref="Inlines"/> are then empty).
/// </summary>
public sealed record TableCell(IReadOnlyList<Inline> Inlines)
{
    /// <summary>The number of columns the cell covers (1 for most).</summary>
    public int ColumnSpan { get; init; } = 1;

    /// <summary>The number of rows the cell covers (1 for most).</summary>
    public int RowSpan { get; init; } = 1;

    /// <summary>True for a place covered by the span of a cell above or to the left: it has no content of its own.</summary>
    public bool Merged { get; init; }

    /// <summary>The blocks of a cell that holds more than one paragraph (or a list); null for a cell of one paragraph.</summary>
    public IReadOnlyList<Block>? Blocks { get; init; }

    /// <summary>A place covered by a spanning cell.</summary>
    public static TableCell Covered { get; } = new([]) { Merged = true };
}
