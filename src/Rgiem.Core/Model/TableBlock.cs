using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Model;

/// <summary>A pipe table. Header rows come first and repeat on every page.</summary>
public sealed record TableBlock(IReadOnlyList<ColumnAlignment> Alignments, IReadOnlyList<TableRow> Rows, SourceLocation Location) : Block(Location)
{
    public int ColumnCount => Math.Max(Alignments.Count, Rows.Count == 0 ? 0 : Rows.Max(r => r.Cells.Count));
}
