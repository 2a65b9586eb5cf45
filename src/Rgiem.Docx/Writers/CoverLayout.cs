using Rgiem.Core.Model;

namespace Rgiem.Docx.Writers;

/// <summary>
/// The cover of one record laid out once from the model (<see cref="CoverPageWriter.Layout"/>): the cover table's rows,
/// the Abstract's table (null without an abstract) and the blocks of the "Action:" paragraph. Both the typed writer
/// (<see cref="CoverPageWriter.Write"/>) and the direct one (<see cref="DirectCoverWriter"/>) write this, so only the
/// output differs.
/// </summary>
internal sealed record CoverLayout(IReadOnlyList<CoverRow> Rows, IReadOnlyList<CoverRow>? Abstract, IReadOnlyList<Block> Action)
{
    /// <summary>
    /// The grid of a cover table: the union of the cell edges of every row, so that each row keeps TSB's widths and the
    /// spans follow.
    /// </summary>
    public static List<int> Columns(IReadOnlyList<CoverRow> rows)
    {
        var edges = new SortedSet<int> { 0 };
        foreach (var row in rows)
        {
            int x = 0;
            foreach (var cell in row.Cells)
            {
                x += cell.Width;
                edges.Add(x);
            }
        }

        return [.. edges];
    }
}
