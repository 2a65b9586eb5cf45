using Rgiem.Core.Diagnostics;
using Rgiem.Core.Import;
using Rgiem.Core.Model;
using Rgiem.Docx.Import;
using Rgiem.Testing;

namespace Rgiem.Docx.Tests.Import;

/// <summary>A record with grid tables (spans both ways, a header, a cell of a paragraph and a list), built and imported again.</summary>
public static class GridTableRoundTrip
{
    public const string Body = """
        # 1 Results

        Table: Temperatures {#tbl:temps}

        +---------------------+----------+
        | Property            | Earth    |
        +=============+=======+=========:+
        |             | min   | -89.2 °C |
        | Temperature +-------+----------+
        | 1961-1990   | mean  | 14 °C    |
        |             +-------+----------+
        |             | max   | 56.7 °C  |
        +-------------+-------+----------+

        +---------+-----------------+
        | Item    | Outcome         |
        +=========+=================+
        | Plan    | Agreed.         |
        |         |                 |
        |         | - first point   |
        |         | - second point  |
        +---------+-----------------+

        See @tbl:temps.

        """;

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
        var result = new DocxRenderer().Render(bound!.Record, Path.GetTempPath());
        using (var stream = new MemoryStream(result.Content!, writable: false))
        {
            Assert.Empty(DocxRenderer.Validate(stream));
        }

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
}
