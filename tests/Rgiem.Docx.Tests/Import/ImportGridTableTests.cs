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

    /// <summary>Each table as rows of "text[columns x rows]" for its cells of their own, "~" for the places they cover.</summary>
    public static List<string> Structure(IEnumerable<Block> body) =>
        [.. BlockWalker.Descendants(body).OfType<TableBlock>().Select(table => string.Join(" / ", table.Rows.Select(row =>
            (row.IsHeader ? "H: " : string.Empty) + string.Join(" | ", row.Cells.Select(cell => cell.Merged ? "~" : $"{CellText(cell)}[{cell.ColumnSpan}x{cell.RowSpan}]")))))];

    private static string CellText(TableCell cell) => cell.Blocks is { } blocks
        ? string.Join(" ¶ ", BlockWalker.Descendants(blocks).SelectMany(BlockWalker.InlineGroups).Select(BlockWalker.PlainText))
        : BlockWalker.PlainText(cell.Inlines);

    /// <summary>Builds <paramref name="body"/>, imports the document, and returns the original record's body, the imported Markdown and its body.</summary>
    public static (IReadOnlyList<Block> Original, string Markdown, IReadOnlyList<Block> Imported, IReadOnlyList<Diagnostic> Diagnostics) RoundTrip(string body, string folder)
    {
        var (bound, _) = Records.Bind(Records.WithBody(body));
        var (_, result) = Tests.Render.Valid(bound!.Record);
        return Import(bound.Record.Body, result.Content!, folder);
    }

    public static (IReadOnlyList<Block> Original, string Markdown, IReadOnlyList<Block> Imported, IReadOnlyList<Diagnostic> Diagnostics) Import(IReadOnlyList<Block> original, byte[] docx, string folder)
    {
        string path = Path.Combine(folder, "grid.docx");
        File.WriteAllBytes(path, docx);
        var diagnostics = new DiagnosticBag();
        var record = DocxImporter.Import(path, "grid.docx", "grid", diagnostics);
        Assert.NotNull(record);
        string markdown = RecordWriter.Write(record);
        var (again, rebound) = Records.Bind(markdown);
        Assert.True(again is not null, string.Join("; ", rebound));
        Assert.DoesNotContain(rebound, d => d.Id is "RG2055" or "RG2056" or "RG2057");
        return (original, markdown, again.Record.Body, diagnostics.ToList());
    }

    [Fact]
    public void Spans_header_rows_and_a_cell_of_a_paragraph_and_a_list_come_back_as_grid_tables()
    {
        var (original, markdown, imported, diagnostics) = RoundTrip(Tests.GridTableRenderingTests.Body, temp.FullPath);
        Assert.Equal(
            [
                "H: Property[2x1] | ~ | Earth[1x1] / Temperature 1961-1990[1x3] | min[1x1] | -89.2 °C[1x1] / ~ | mean[1x1] | 14 °C[1x1] / ~ | max[1x1] | 56.7 °C[1x1]",
                "H: Item[1x1] | Outcome[1x1] / Plan[1x1] | Agreed. ¶ first point ¶ second point[1x1]",
            ],
            Structure(original));
        Assert.Equal(Structure(original), Structure(imported));
        Assert.DoesNotContain(diagnostics, d => d.Id == ImportDescriptors.MergedCells.Id);
        Assert.Contains("Table: Temperatures {#tbl:temps}", markdown, StringComparison.Ordinal);
        Assert.Contains("+===", markdown, StringComparison.Ordinal);

        // A table a pipe table holds stays a pipe table.
        var (_, plain, _, _) = RoundTrip("| a | b |\n|---|--:|\n| 1 | 2 |\n", Directory.CreateDirectory(temp.Combine("plain")).FullName);
        Assert.Contains("| a | b |\n|---|---:|\n| 1 | 2 |\n", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_cell_merged_down_into_the_body_makes_both_rows_header_rows()
    {
        var (_, markdown, imported, _) = RoundTrip("""
            +-------+-------+-------+
            | Name  | Count         |
            |       +-------+-------+
            |       | in    | out   |
            +=======+=======+=======+
            | A     | 1     | 2     |
            +-------+-------+-------+

            """, temp.FullPath);
        Assert.Equal(["H: Name[1x2] | Count[2x1] | ~ / H: ~ | in[1x1] | out[1x1] / A[1x1] | 1[1x1] | 2[1x1]"], Structure(imported));
        Assert.Contains("+===", markdown, StringComparison.Ordinal);
    }
}
