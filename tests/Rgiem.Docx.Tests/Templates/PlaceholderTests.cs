using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Core.Model;
using static Rgiem.Docx.Tests.DocxPackage;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Rgiem.Docx.Tests.Templates;

/// <summary>Placeholders in a small hand-made template: split markers, content controls, repeated contact rows, and RG8016–RG8018.</summary>
public sealed class PlaceholderTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "rgiem-placeholders-" + Guid.NewGuid().ToString("N") + ".dotx");

    public void Dispose() => File.Delete(path);

    private static RecordMetadata Metadata(string? purpose = null) => new()
    {
        Title = "The title",
        Purpose = purpose,
        Keywords = ["metrics"],
        Contacts = [new Contact("Ann", "TSB", null, null, "ann@example.org"), new Contact("Bo", null, "Sweden", null, null)],
    };

    private (DocxPackage Package, IReadOnlyList<string> Ids) Render(RecordMetadata metadata, params OpenXmlElement[] cover)
    {
        using (var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Template))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body(cover);
            body.Append(new Paragraph(new Run(new Text("{{body}}"))));
            main.Document = new Document(body);
        }

        var record = new MeetingRecord("r.md", metadata with { Template = path }, [new ParagraphBlock([new Core.Model.TextRun("Body text.")], Core.Diagnostics.SourceLocation.None)]);
        var result = new DocxRenderer(new DocxRenderOptions(Validate: true)).Render(record, Path.GetTempPath());
        Assert.True(result.Content is not null, string.Join("; ", result.Diagnostics));
        return (DocxPackage.Open(result.Content), result.Diagnostics.Select(d => d.Id).Where(i => i is "RG8016" or "RG8017" or "RG8018").ToList());
    }

    private static Paragraph Para(params string[] runs) => new(runs.Select(r => new Run(new Text(r) { Space = SpaceProcessingModeValues.Preserve })));

    [Fact]
    public void A_marker_split_over_runs_is_filled_and_a_content_control_too()
    {
        var control = new SdtBlock(
            new SdtProperties(new Tag { Val = "keywords" }, new ShowingPlaceholder()),
            new SdtContentBlock(Para("[Keywords]")));
        var (package, ids) = Render(Metadata("Information"), Para("Title: {{", "ti", "tle}}!"), Para("Purpose: {{purpose}}"), control, Para("{{contacts}}"));
        var texts = package.Body.Elements(W + "p").Select(Text).ToList();
        Assert.Equal("Title: The title!", texts[0]);
        Assert.Equal("Purpose: Information", texts[1]);
        Assert.Contains("metrics", Text(package.Body), StringComparison.Ordinal);
        Assert.Contains("Body text.", texts);
        Assert.Empty(ids);
    }

    [Fact]
    public void A_row_of_contact_placeholders_is_repeated_for_each_contact()
    {
        var table = new Table(new TableProperties(new TableWidth { Width = "0", Type = TableWidthUnitValues.Auto }), new TableGrid(new GridColumn { Width = "3000" }, new GridColumn { Width = "3000" }),
            new TableRow(new TableCell(Para("Contact:")), new TableCell(Para("{{contact.name}} ({{contact.email}})"))));
        var (package, ids) = Render(Metadata("Information"), Para("{{title}} {{purpose}} {{keywords}}"), table);
        var rows = package.Body.Descendants(W + "tr").Select(r => string.Join("|", r.Elements(W + "tc").Select(Text))).ToList();
        Assert.Equal(["Contact:|Ann (ann@example.org)", "Contact:|Bo ()"], rows);
        Assert.Empty(ids);
    }

    [Fact]
    public void Unknown_names_missing_values_and_fields_without_a_place_are_reported()
    {
        var (package, ids) = Render(Metadata(), Para("Title: {{titel}}"), Para("Purpose: {{purpose}}"));
        Assert.Contains("RG8016", ids);
        Assert.Contains("RG8017", ids);
        Assert.Contains("RG8018", ids); // title, keywords and contacts have no place
        Assert.Contains("{{titel}}", Text(package.Body), StringComparison.Ordinal);

        // "Purpose: {{purpose}}" without a purpose is left out.
        Assert.DoesNotContain(package.Body.Elements(W + "p"), p => Text(p).StartsWith("Purpose", StringComparison.Ordinal));
    }
}
