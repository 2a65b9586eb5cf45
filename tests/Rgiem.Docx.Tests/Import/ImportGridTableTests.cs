using Rgiem.Core.Diagnostics;
using Rgiem.Core.Import;
using Rgiem.Core.Model;
using Rgiem.Docx.Import;
using Rgiem.Testing;

namespace Rgiem.Docx.Tests.Import;

/// <summary>
/// Tables with merged cells and cells of several paragraphs: built, imported as grid tables, built again, with the
/// same structure (spans, header rows) and text.
/// </summary>
public sealed class ImportGridTableTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Spans_header_rows_and_a_cell_of_a_paragraph_and_a_list_come_back_as_grid_tables()
    {
        var (original, markdown, imported, diagnostics) = GridTableRoundTrip.RoundTrip(GridTableRoundTrip.Body, temp.FullPath);
        Assert.Equal(
            [
                "H: Property[2x1] | ~ | Earth[1x1] / Temperature 1961-1990[1x3] | min[1x1] | -89.2 °C[1x1] / ~ | mean[1x1] | 14 °C[1x1] / ~ | max[1x1] | 56.7 °C[1x1]",
                "H: Item[1x1] | Outcome[1x1] / Plan[1x1] | Agreed. ¶ first point ¶ second point[1x1]",
            ],
            GridTableRoundTrip.Structure(original));
        Assert.Equal(GridTableRoundTrip.Structure(original), GridTableRoundTrip.Structure(imported));
        Assert.DoesNotContain(diagnostics, d => d.Id == ImportDescriptors.MergedCells.Id);
        Assert.Contains("Table: Temperatures {#tbl:temps}", markdown, StringComparison.Ordinal);
        Assert.Contains("+===", markdown, StringComparison.Ordinal);

        // A table a pipe table holds stays a pipe table.
        var (_, plain, _, _) = GridTableRoundTrip.RoundTrip("| a | b |\n|---|--:|\n| 1 | 2 |\n", Directory.CreateDirectory(temp.Combine("plain")).FullName);
        Assert.Contains("| a | b |\n|---|---:|\n| 1 | 2 |\n", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_cell_merged_down_into_the_body_makes_both_rows_header_rows()
    {
        var (_, markdown, imported, _) = GridTableRoundTrip.RoundTrip("""
            +-------+-------+-------+
            | Name  | Count         |
            |       +-------+-------+
            |       | in    | out   |
            +=======+=======+=======+
            | A     | 1     | 2     |
            +-------+-------+-------+

            """, temp.FullPath);
        Assert.Equal(["H: Name[1x2] | Count[2x1] | ~ / H: ~ | in[1x1] | out[1x1] / A[1x1] | 1[1x1] | 2[1x1]"], GridTableRoundTrip.Structure(imported));
        Assert.Contains("+===", markdown, StringComparison.Ordinal);
    }
}
