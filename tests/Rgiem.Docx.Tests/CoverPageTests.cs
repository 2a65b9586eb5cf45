using System.Xml.Linq;
using static Rgiem.Docx.Tests.DocxPackage;

using Rgiem.Testing;

namespace Rgiem.Docx.Tests;

public class CoverPageTests
{
    private const string Contact = "Glenn Parsons\nEricsson\nCanada | Tel:\t+1 613 555 0100\nE-mail:\trg-iem-rapporteur@example.org";
    private const string Keywords = "TSAG; RG-IEM; industry engagement; metrics";

    public static TheoryData<string, string, string, string> Heads => new()
    {
        { "TSAG-TD521", "TSAG-TD521", "Geneva, 29 July – 2 August 2024", "Report" },
        { "TSAG-TD255", "TSAG-TD255", "Geneva, 30 May – 2 June 2023", "Approval" },
        { "2022-12-geneva-draft-report", "TSAG-TDxxx", "Geneva, 12-16 December 2022", "Report" },
    };

    [Theory]
    [MemberData(nameof(Heads))]
    public void The_header_block_has_the_number_group_original_questions_place_and_type(string name, string number, string placeAndDates, string purpose)
    {
        var cover = Cover(name);
        var cells = cover.Cells;

        // Rows 1-3: organization block | number, group, original.
        Assert.Equal(
            "INTERNATIONAL TELECOMMUNICATION UNION\nTELECOMMUNICATION\nSTANDARDIZATION SECTOR\nSTUDY PERIOD 2022-2024",
            cells[0][0]);
        Assert.Equal([number, "TSAG", "Original: English"], cells.Take(3).Select(r => r[^1]));
        Assert.Equal(["Question(s):", "N/A", placeAndDates], cells[3]);
        Assert.Equal(["TD"], cells[4]);
        Assert.Equal(purpose, cover.Value("Purpose:"));

        // The number is in TSB's Docnumber style (bold 16 pt, right-aligned), the body and Original in
        // TSBHeaderRight14, the place and dates in VenueDate; the type line is centred across every grid column.
        var package = DocxPackage.Open(SampleDocuments.Get(name).Docx);
        Assert.Equal(["Docnumber", "TSBHeaderRight14", "TSBHeaderRight14"], cover.Rows.Take(3).Select(r => StyleOf(r.Elements(W + "tc").Last().Element(W + "p")!)));
        Assert.Equal("VenueDate", StyleOf(cover.Rows[3].Elements(W + "tc").Last().Element(W + "p")!));
        var docnumber = package.Style("Docnumber");
        Assert.Equal("right", Val(docnumber.Element(W + "pPr")!.Element(W + "jc")));
        Assert.Equal("32", Val(docnumber.Element(W + "rPr")!.Element(W + "sz")));
        Assert.NotNull(docnumber.Element(W + "rPr")!.Element(W + "b"));
        var typeCell = cover.Rows[4].Element(W + "tc")!;
        int columns = cover.Element.Element(W + "tblGrid")!.Elements(W + "gridCol").Count();
        Assert.Equal(columns.ToString(System.Globalization.CultureInfo.InvariantCulture), Val(typeCell.Element(W + "tcPr")!.Element(W + "gridSpan")));
        Assert.Equal("center", Val(typeCell.Element(W + "p")!.Element(W + "pPr")!.Element(W + "jc")));
    }

    [Theory]
    [MemberData(nameof(SampleDocuments.Names), MemberType = typeof(SampleDocuments))]
    public void The_labelled_rows_come_in_ITU_order_with_the_front_matter_values(string name)
    {
        var sample = SampleDocuments.Get(name);
        var metadata = sample.Record.Metadata;
        var cover = Cover(name);

        Assert.Equal(["Question(s):", "Source:", "Title:", "Purpose:", "Contact:", "Keywords:", "Abstract:"], cover.Labels);
        Assert.Equal("Rapporteur, TSAG RG-IEM", cover.Value("Source:"));
        Assert.Equal(metadata.Title, cover.Value("Title:"));
        Assert.Equal(Contact, cover.Value("Contact:"));
        Assert.Equal(Keywords, cover.Value("Keywords:"));
        Assert.Equal(metadata.Abstract, cover.Value("Abstract:"));
        Assert.StartsWith("This TD contains the ", metadata.Abstract, StringComparison.Ordinal);

        // Labels are bold; the e-mail address is a mailto: link.
        foreach (var row in cover.Rows.Skip(3))
        {
            var first = row.Element(W + "tc")!;
            if (CoverTable.CellText(first).EndsWith(':'))
            {
                Assert.All(first.Descendants(W + "r"), r => Assert.NotNull(r.Element(W + "rPr")?.Element(W + "b")));
            }
        }

        var package = DocxPackage.Open(sample.Docx);
        var link = cover.Element.Descendants(W + "hyperlink").Single();
        Assert.Equal("mailto:rg-iem-rapporteur@example.org", package.Hyperlinks[(string)link.Attribute(R + "id")!]);
    }

    [Fact]
    public void The_2024_report_cover_reads_as_the_ITU_TD()
    {
        var cover = Cover("TSAG-TD521");
        Assert.Equal(
            "Draft report of the TSAG Rapporteur Group on Industry Engagement, Metrics (Geneva, 29 July – 2 August 2024)",
            cover.Value("Title:"));
        Assert.Equal(
            "This TD contains the draft report of the session of the TSAG Rapporteur Group on Industry Engagement, Metrics during this TSAG meeting (Geneva, 29 July – 2 August 2024).",
            cover.Value("Abstract:"));

        // The Abstract has a table of its own after an empty paragraph, as in TSB's forms. No "action:" in
        // the front matter: clause 0 follows the Abstract table directly.
        Assert.NotNull(cover.AbstractTable);
        Assert.Equal("TSBHeaderSummary", StyleOf(cover.AbstractTable!.Descendants(W + "p").Last()));
        var next = cover.AbstractTable.ElementsAfterSelf().First();
        Assert.Equal("Heading1", StyleOf(next));
        Assert.Equal("0\tActions from RG-IEM to WP2", Text(next));
    }

    [Fact]
    public void The_action_paragraph_follows_the_cover_with_its_sub_list_under_the_action_text()
    {
        var package = DocxPackage.Open(SampleDocuments.Get("2022-12-geneva-draft-report").Docx);
        var after = new CoverTable(package.CoverTable).AbstractTable!.ElementsAfterSelf().Take(3).ToList();

        Assert.Equal("CoverAction", StyleOf(after[0]));
        Assert.Equal("Action:\tTSAG is invited to authorize RG-IEM:", Text(after[0]));
        Assert.NotNull(after[0].Element(W + "r")!.Element(W + "rPr")!.Element(W + "b"));

        // "1. TBC," and "2. TBC - …" are a numbered list whose numbers start at the cover's value column (2.5 cm).
        Assert.Equal(["TBC,", "TBC - to organize four interim virtual meetings with a contribution deadline 7 days before the meetings."], after.Skip(1).Select(Text));
        foreach (var item in after.Skip(1))
        {
            var pPr = item.Element(W + "pPr")!;
            Assert.NotNull(pPr.Element(W + "numPr"));
            var indent = pPr.Element(W + "ind")!;
            Assert.Equal(1418, int.Parse((string)indent.Attribute(W + "left")!) - int.Parse((string)indent.Attribute(W + "hanging")!));

            // The text after the number stops at its own indent (Normal has no tab stops, as TSB's).
            Assert.Equal(
                ["num@1815"],
                pPr.Element(W + "tabs")!.Elements(W + "tab").Select(t => $"{(string)t.Attribute(W + "val")!}@{(string)t.Attribute(W + "pos")!}"));
        }

        // The Action style puts its text at the value column: hanging indent and a tab stop at 2.5 cm.
        var style = package.Style("CoverAction").Element(W + "pPr")!;
        Assert.Equal(("1418", "1418"), ((string)style.Element(W + "ind")!.Attribute(W + "left")!, (string)style.Element(W + "ind")!.Attribute(W + "hanging")!));
        var tabs = style.Element(W + "tabs")!.Elements(W + "tab").Select(t => $"{(string)t.Attribute(W + "val")!}@{(string)t.Attribute(W + "pos")!}");
        Assert.Equal(["left@1418"], tabs);
    }

    [Fact]
    public void The_progress_report_action_is_one_paragraph()
    {
        var package = DocxPackage.Open(SampleDocuments.Get("TSAG-TD255").Docx);
        var after = new CoverTable(package.CoverTable).AbstractTable!.ElementsAfterSelf().Take(2).ToList();
        Assert.Equal("Action:\tTSAG is invited to consider the actions in clauses 2.1 to 2.3.", Text(after[0]));
        Assert.Equal("Heading1", StyleOf(after[1]));
    }

    [Fact]
    public void The_cover_table_has_TSBs_grid_and_rules()
    {
        var cover = Cover("TSAG-TD521");
        var properties = cover.Element.Element(W + "tblPr")!;
        Assert.Equal("CoverTable", Val(properties.Element(W + "tblStyle")));

        // TSB's table: 9640 twips wide, centred, cell margins 57, label column 2.5 cm (1418).
        Assert.Equal("9640", (string)properties.Element(W + "tblW")!.Attribute(W + "w")!);
        Assert.Equal("center", Val(properties.Element(W + "jc")));
        Assert.Equal(["57", "57"], properties.Element(W + "tblCellMar")!.Elements().Select(e => (string)e.Attribute(W + "w")!));
        Assert.Equal(9640, cover.Element.Element(W + "tblGrid")!.Elements(W + "gridCol").Sum(c => int.Parse((string)c.Attribute(W + "w")!)));
        Assert.All(cover.Rows.Where(r => CoverTable.CellText(r.Element(W + "tc")!) is "Source:" or "Title:" or "Abstract:"), r =>
            Assert.Equal("1418", (string)r.Element(W + "tc")!.Element(W + "tcPr")!.Element(W + "tcW")!.Attribute(W + "w")!));
        Assert.Null(DocxPackage.Open(SampleDocuments.Get("TSAG-TD521").Docx).Style("CoverTable").Descendants(W + "tblBorders").SingleOrDefault());

        // Rules: 1.5 pt under the top block (row 3), 0.75 pt above and below each Contact row, none elsewhere.
        string Rules(System.Xml.Linq.XElement row) => string.Join(",", row.Elements(W + "tc").First().Descendants(W + "tcBorders").Elements()
            .Select(b => b.Name.LocalName + (string)b.Attribute(W + "sz")!));
        Assert.Equal(["", "", "bottom12"], cover.Rows.Take(3).Select(Rules));
        foreach (var row in cover.Rows.Skip(3))
        {
            string label = CoverTable.CellText(row.Element(W + "tc")!);
            Assert.Equal(label == "Contact:" ? "top6,bottom6" : string.Empty, Rules(row));
        }
    }

    private static CoverTable Cover(string name) => new(DocxPackage.Open(SampleDocuments.Get(name).Docx).CoverTable);

    private static string? Val(System.Xml.Linq.XElement? element) => (string?)element?.Attribute(W + "val");
}
