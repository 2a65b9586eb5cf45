using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Model;

/// <summary>A pipe table. Header rows come first and repeat on every page.</summary>
public sealed record TableBlock(IReadOnlyList<ColumnAlignment> Alignments, IReadOnlyList<TableRow> Rows, SourceLocation Location) : Block(Location)
{
    public int ColumnCount => Math.Max(Alignments.Count, Rows.Count == 0 ? 0 : Rows.Max(r => r.Cells.Count));

    /// <summary>
    /// True for a table rgiem wrote (the statistics annex of a progress report): its text has no position in
    /// any file, and <see cref="Block.Location"/> is that of the directive that asked for it.
    /// </summary>
    public bool Generated { get; init; }
}
