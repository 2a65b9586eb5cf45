using System.Xml.Linq;
using static Rgiem.Docx.Tests.DocxPackage;

namespace Rgiem.Docx.Tests;

public class GridTableRenderingTests
{
    private static string Cell(XElement tc) =>
        $"{Text(tc)}[{(string?)tc.Element(W + "tcPr")?.Element(W + "gridSpan")?.Attribute(W + "val") ?? "1"}"
        + $"{(tc.Element(W + "tcPr")?.Element(W + "vMerge") is { } merge ? "," + ((string?)merge.Attribute(W + "val") ?? "continue") : string.Empty)}]";

    [Fact]
    public void Spans_are_grid_spans_and_vertical_merges_over_a_grid_of_every_column()
    {
        var package = Render.Body(Import.GridTableRoundTrip.Body);
        // After the cover's tables.
        var tables = package.Body.Elements(W + "tbl").TakeLast(2).ToList();
        var grid = tables[0].Element(W + "tblGrid")!.Elements(W + "gridCol").Select(g => int.Parse((string)g.Attribute(W + "w")!)).ToList();
        Assert.Equal(3, grid.Count);
        var rows = tables[0].Elements(W + "tr").Select(tr => string.Join(" ", tr.Elements(W + "tc").Select(Cell))).ToList();
        Assert.Equal(
            [
                "Property[2] Earth[1]",
                "Temperature 1961-1990[1,restart] min[1] -89.2 °C[1]",
                "[1,continue] mean[1] 14 °C[1]",
                "[1,continue] max[1] 56.7 °C[1]",
            ],
            rows);

        // A cell's width is that of the columns it spans; every row covers the whole grid.
        var first = tables[0].Elements(W + "tr").First().Elements(W + "tc").First();
        Assert.Equal(grid[0] + grid[1], int.Parse((string)first.Element(W + "tcPr")!.Element(W + "tcW")!.Attribute(W + "w")!));
        Assert.NotNull(tables[0].Elements(W + "tr").First().Element(W + "trPr")?.Element(W + "tblHeader"));

        // The caption and its cross-reference still work.
        Assert.Contains(package.BodyParagraphs, p => StyleOf(p) == "TableNotitle" || Text(p).StartsWith("Table 1", StringComparison.Ordinal));
        Assert.Contains(package.BodyParagraphs, p => Text(p) == "See Table 1.");
    }

    [Fact]
    public void A_cell_of_several_paragraphs_and_a_list_keeps_them_in_the_table_style()
    {
        var package = Render.Body(Import.GridTableRoundTrip.Body);
        var outcome = package.Body.Elements(W + "tbl").Last().Elements(W + "tr").Last().Elements(W + "tc").Last();
        var paragraphs = outcome.Elements(W + "p").ToList();
        Assert.Equal(["Agreed.", "first point", "second point"], paragraphs.Select(Text));
        Assert.Equal("Tabletext", StyleOf(paragraphs[0]));
        Assert.NotNull(paragraphs[1].Element(W + "pPr")?.Element(W + "numPr"));
    }
}
