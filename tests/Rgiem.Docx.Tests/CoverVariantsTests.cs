using System.Xml.Linq;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Docx;
using Rgiem.Testing;
using static Rgiem.Docx.Tests.DocxPackage;

namespace Rgiem.Docx.Tests;

public class CoverVariantsTests
{
    private const string Minimal = """
        ---
        group: RG-IEM
        parent: TSAG
        study-period: 2022-2024
        meeting: {place: Geneva, from: 2024-07-29, to: 2024-07-29}
        source: Rapporteur, TSAG RG-IEM
        title: A record without contacts, keywords or purpose
        abstract: Nothing more.
        ---

        # 1 Body

        Text.
        """;

    [Fact]
    public void A_record_without_contacts_keywords_purpose_or_action_leaves_those_rows_out()
    {
        var package = Render.Record(Minimal);
        var cover = new CoverTable(package.CoverTable);
        Assert.Equal(["Question(s):", "Source:", "Title:", "Abstract:"], cover.Labels);
        Assert.Equal("A record without contacts, keywords or purpose", cover.Value("Title:"));
        Assert.Equal("Geneva, 29 July 2024", cover.Cells[3][^1]);
        Assert.Equal("Heading1", StyleOf(cover.AbstractTable!.ElementsAfterSelf().First()));

        // The creator falls back to the source; no keywords element at all.
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XNamespace cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        Assert.Equal("Rapporteur, TSAG RG-IEM", (string?)package.Core.Root!.Element(dc + "creator"));
        Assert.Null(package.Core.Root!.Element(cp + "keywords"));
    }

    [Fact]
    public void A_record_with_almost_nothing_still_renders_a_valid_cover()
    {
        var record = new MeetingRecord("bare.md", new RecordMetadata(), []);
        var (package, result) = Render.Valid(record);
        Assert.Empty(result.Diagnostics);
        var cover = new CoverTable(package.CoverTable);
        Assert.Equal("TDxxx", cover.Cells[0][^1]);
        Assert.Equal(["", ""], cover.Cells[3]);
        Assert.Null(cover.AbstractTable);
        Assert.Equal("EndOfDocument", StyleOf(package.Body.Elements(W + "p").Last()));
    }

    [Theory]
    [InlineData(DocumentType.C, "CONTRIBUTION", "TSAG-Cxxx", 4, "TSAG")]
    [InlineData(DocumentType.LS, "LIAISON STATEMENT", "TSAG-LSxxx", 7, "TSAG")]
    [InlineData(DocumentType.Report, "TELECOMMUNICATION STANDARDIZATION ADVISORY GROUP\nREPORT", "TSAG-Rxxx", 4, "TSAG")]
    [InlineData(DocumentType.TD, "TD", "SG17-TDxxx", 4, "STUDY GROUP 17")]
    [InlineData(DocumentType.LS, "LIAISON STATEMENT", "SG13-LSxxx", 7, "Study Group 13")]
    public void The_type_line_and_number_placeholder_follow_the_document_type(DocumentType type, string line, string number, int row, string parent)
    {
        var record = new MeetingRecord("c.md", new RecordMetadata { Type = type, Parent = parent, Title = "T" }, []);
        var cover = new CoverTable(Render.Valid(record).Package.CoverTable);
        Assert.Equal([line], cover.Cells[row]);
        Assert.Equal(Core.Model.BodyNames.LongName(parent), cover.Cells[1][^1]); // a report without a date has no date line: its body
        Assert.Equal(number, cover.Cells[0][^1]);
    }

    [Fact]
    public void Several_contacts_give_one_row_each_and_missing_parts_are_left_out()
    {
        var record = new MeetingRecord("c.md", new RecordMetadata
        {
            Title = "T",
            Contacts =
            [
                new Contact("Ann Example", "TSB", null, null, "ann@example.org"),
                new Contact("Bo Example", null, "Sweden", "+46 8 000 00 00", null),
            ],
        }, []);
        var cover = new CoverTable(Render.Valid(record).Package.CoverTable);
        var contacts = cover.Labelled("Contact:");
        Assert.Equal(2, contacts.Count);
        Assert.Equal(["Ann Example\nTSB", "E-mail:\tann@example.org"], contacts[0]);
        Assert.Equal(["Bo Example\nSweden", "Tel:\t+46 8 000 00 00"], contacts[1]);
    }

    [Fact]
    public void A_png_logo_is_embedded_in_the_first_cover_cell_scaled_to_fit()
    {
        string directory = Path.Combine(Path.GetTempPath(), "rgiem-logo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            File.WriteAllBytes(Path.Combine(directory, "logo.png"), TestPng.Create(400, 500));
            var record = new MeetingRecord("c.md", new RecordMetadata { Title = "T", Parent = "TSAG", Logo = "logo.png" }, []);
            var (package, result) = Render.Valid(record, directory);
            Assert.Empty(result.Diagnostics);
            Assert.Equal(["image/png"], package.Images);

            var firstRow = package.CoverTable.Elements(W + "tr").First();
            var cells = firstRow.Elements(W + "tc").ToList();
            Assert.Equal(3, cells.Count);
            XNamespace wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
            var extent = cells[0].Descendants(wp + "extent").Single();
            long cx = (long)extent.Attribute("cx")!;
            long cy = (long)extent.Attribute("cy")!;
            // At most TSB's logo: 647700 x 704850 EMU.
            Assert.True(cx <= 647_700 && cy <= 704_850, $"{cx} x {cy} EMU");
            Assert.Equal(704_850, cy);
            Assert.Equal(400.0 / 500.0, (double)cx / cy, 3);

            // Alt text for screen readers and Word's accessibility checker, and non-zero ids.
            var docPr = cells[0].Descendants(wp + "docPr").Single();
            Assert.Equal("ITU logo", (string?)docPr.Attribute("descr"));
            Assert.Equal("1", (string?)docPr.Attribute("id"));
            XNamespace pic = "http://schemas.openxmlformats.org/drawingml/2006/picture";
            Assert.Equal("1", (string?)cells[0].Descendants(pic + "cNvPr").Single().Attribute("id"));
            WordCompatibility.AssertCompatible(result.Content!);
            Assert.StartsWith("INTERNATIONAL TELECOMMUNICATION UNION", CoverTable.CellText(cells[1]), StringComparison.Ordinal);

            // TSB's widths: the logo cell 2 cm, the organization block 7 cm, the number 8 cm.
            Assert.Equal(["1134", "3969", "4537"], cells.Select(c => (string)c.Element(W + "tcPr")!.Element(W + "tcW")!.Attribute(W + "w")!));

            // Rendering with a logo is deterministic too.
            Assert.Equal(result.Content, new DocxRenderer().Render(record, directory).Content);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void A_missing_or_unreadable_logo_is_reported_and_the_cover_is_rendered_without_it()
    {
        string directory = Path.Combine(Path.GetTempPath(), "rgiem-logo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            File.WriteAllText(Path.Combine(directory, "logo.png"), "not a picture");
            var missing = Render.Valid(new MeetingRecord("c.md", new RecordMetadata { Title = "T", Logo = "nowhere.png" }, []), directory);
            var broken = Render.Valid(new MeetingRecord("c.md", new RecordMetadata { Title = "T", Logo = "logo.png" }, []), directory);
            Assert.Equal([RenderDescriptors.LogoNotFound.Id], missing.Result.Diagnostics.Select(d => d.Id));
            Assert.Equal([RenderDescriptors.LogoFormat.Id], broken.Result.Diagnostics.Select(d => d.Id));
            Assert.Empty(missing.Package.Images);
            Assert.Empty(broken.Package.Images);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
