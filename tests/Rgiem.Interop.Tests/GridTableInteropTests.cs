using DocumentFormat.OpenXml.Packaging;
using Rgiem.Docx.Tests.Import;
using Rgiem.Testing;

namespace Rgiem.Interop.Tests;

/// <summary>
/// A document with merged cells (a header cell across two columns, a body cell down three rows) and a cell of a
/// paragraph and a list, read by the real clients, and imported again after LibreOffice has saved it.
/// </summary>
public sealed class GridTableInteropTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private (Core.Model.MeetingRecord Record, string Path) Build()
    {
        var (bound, diagnostics) = Records.Bind(Records.WithBody(GridTableRoundTrip.Body));
        Assert.True(bound is not null, string.Join("; ", diagnostics));

        var result = new Docx.DocxRenderer().Render(bound.Record, temp.FullPath);
        using (var stream = new MemoryStream(result.Content!, writable: false))
        {
            Assert.Empty(Docx.DocxRenderer.Validate(stream));
        }

        string path = temp.Write("grid.docx", result.Content!);
        using (var document = WordprocessingDocument.Open(path, false))
        {
            Assert.Equal(4, document.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().Count());
        }

        return (bound.Record, path);
    }

    [SkippableFact]
    public void Python_docx_sees_each_merged_cell_at_every_place_it_covers()
    {
        string python = ExternalTools.PythonWithDocx;
        var (_, path) = Build();
        const string script = "import docx,sys\nd=docx.Document(sys.argv[1])\nfor t in d.tables[-2:]:\n  for r in t.rows: print('|'.join(c.text.replace('\\n','/') for c in r.cells))\n";
        var (exitCode, output, error) = ExternalTools.Run(python, ["-c", script, path], timeoutSeconds: 60);
        Assert.True(exitCode == 0, error);
        Assert.Equal(
            [
                "Property|Property|Earth",
                "Temperature 1961-1990|min|-89.2 °C",
                "Temperature 1961-1990|mean|14 °C",
                "Temperature 1961-1990|max|56.7 °C",
                "Item|Outcome",
                "Plan|Agreed./first point/second point",
            ],
            output.Replace("\r", string.Empty, StringComparison.Ordinal).TrimEnd('\n').Split('\n'));
    }

    [SkippableFact]
    public void Pandoc_reads_every_cell_from_the_document_and_from_the_imported_grid_tables()
    {
        string pandoc = ExternalTools.Pandoc;
        var (record, path) = Build();
        var (exitCode, fromDocx, error) = ExternalTools.Run(pandoc, ["--from=docx", "--to=plain", "--wrap=none", path], timeoutSeconds: 120);
        Assert.True(exitCode == 0, error);
        var (_, markdown, _, _) = GridTableRoundTrip.Import(record.Body, File.ReadAllBytes(path), temp.FullPath);
        string imported = temp.Write("imported.md", markdown);
        var (exitCode2, fromMarkdown, error2) = ExternalTools.Run(pandoc, ["--from=markdown", "--to=plain", "--wrap=none", "--columns=200", imported], timeoutSeconds: 120);
        Assert.True(exitCode2 == 0, error2);

        // pandoc before 3.0 has no row spans in its grid table reader: the text of the table with row spans is only
        // looked for in the document; that of the others in both.
        foreach (string cell in new[] { "Property", "Earth", "Temperature 1961-1990", "min", "-89.2 °C", "mean", "14 °C", "max", "56.7 °C" })
        {
            Assert.Contains(cell, fromDocx, StringComparison.Ordinal);
        }

        foreach (string cell in new[] { "Item", "Outcome", "Plan", "Agreed.", "first point", "second point" })
        {
            Assert.Contains(cell, fromDocx, StringComparison.Ordinal);
            Assert.Contains(cell, fromMarkdown, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public void After_LibreOffice_saves_it_the_document_imports_to_the_same_tables_and_renders_them()
    {
        string soffice = ExternalTools.Soffice;
        var (record, path) = Build();
        string output = Directory.CreateDirectory(temp.Combine("resaved")).FullName;
        string profile = temp.Combine("profile");
        var (exitCode, log, error) = ExternalTools.Run(
            soffice,
            ["-env:UserInstallation=" + new Uri(profile).AbsoluteUri, "--headless", "--norestore", "--nolockcheck", "--convert-to", "docx:MS Word 2007 XML", "--outdir", output, path],
            workingDirectory: output,
            timeoutSeconds: LibreOffice.TimeoutSeconds);
        Assert.True(exitCode == 0, log + error);
        string resaved = Path.Combine(output, "grid.docx");
        var (original, _, imported, _) = GridTableRoundTrip.Import(record.Body, File.ReadAllBytes(resaved), Directory.CreateDirectory(temp.Combine("import")).FullName);
        Assert.Equal(GridTableRoundTrip.Structure(original), GridTableRoundTrip.Structure(imported));

        string pdf = LibreOffice.ConvertToPdf(path, temp.Combine("pdf"));
        string text = Poppler.Text(pdf);
        Assert.Contains("Temperature", text, StringComparison.Ordinal);
        Assert.Contains("second point", text, StringComparison.Ordinal);
        Assert.True(new FileInfo(Poppler.RenderPage(pdf, 1, 60, temp.Combine("page"))).Length > 0);
    }
}
