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

        // The number is bold 16 pt, right-aligned; the type line is centred across all (four grid) columns.
        var numberParagraph = cover.Rows[0].Elements(W + "tc").Last().Element(W + "p")!;
        Assert.Equal("right", Val(numberParagraph.Element(W + "pPr")!.Element(W + "jc")));
        Assert.Equal("32", Val(numberParagraph.Descendants(W + "sz").Single()));
        Assert.NotNull(numberParagraph.Descendants(W + "b").SingleOrDefault());
        var typeCell = cover.Rows[4].Element(W + "tc")!;
        Assert.Equal("4", Val(typeCell.Element(W + "tcPr")!.Element(W + "gridSpan")));
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

        // No "action:" in its front matter: clause 0 follows the cover table directly.
        var package = DocxPackage.Open(SampleDocuments.Get("TSAG-TD521").Docx);
        var next = package.CoverTable.ElementsAfterSelf().First();
        Assert.Equal("Heading1", StyleOf(next));
        Assert.Equal("0\tActions from RG-IEM to WP2", Text(next));
    }

    [Fact]
    public void The_action_paragraph_follows_the_cover_with_its_sub_list_under_the_action_text()
    {
        var package = DocxPackage.Open(SampleDocuments.Get("2022-12-geneva-draft-report").Docx);
        var after = package.CoverTable.ElementsAfterSelf().Take(3).ToList();

        Assert.Equal("CoverAction", StyleOf(after[0]));
        Assert.Equal("Action:\tTSAG is invited to authorize RG-IEM:", Text(after[0]));
        Assert.NotNull(after[0].Element(W + "r")!.Element(W + "rPr")!.Element(W + "b"));

        // "1. TBC," and "2. TBC - …" are a numbered list whose numbers start at the cover's value column (3 cm).
        Assert.Equal(["TBC,", "TBC - to organize four interim virtual meetings with a contribution deadline 7 days before the meetings."], after.Skip(1).Select(Text));
        foreach (var item in after.Skip(1))
        {
            var pPr = item.Element(W + "pPr")!;
            Assert.NotNull(pPr.Element(W + "numPr"));
            var indent = pPr.Element(W + "ind")!;
            Assert.Equal(1701, int.Parse((string)indent.Attribute(W + "left")!) - int.Parse((string)indent.Attribute(W + "hanging")!));

            // The Normal stops between number and text are cleared, or the text would stop at 3.5 cm.
            Assert.Equal(
                ["clear@794", "clear@1191", "clear@1588", "clear@1985", "num@2098"],
                pPr.Element(W + "tabs")!.Elements(W + "tab").Select(t => $"{(string)t.Attribute(W + "val")!}@{(string)t.Attribute(W + "pos")!}"));
        }

        // The Action style puts its text at the value column: hanging indent and a tab stop at 3 cm, the
        // Normal stops before it cleared.
        var style = package.Style("CoverAction").Element(W + "pPr")!;
        Assert.Equal(("1701", "1701"), ((string)style.Element(W + "ind")!.Attribute(W + "left")!, (string)style.Element(W + "ind")!.Attribute(W + "hanging")!));
        var tabs = style.Element(W + "tabs")!.Elements(W + "tab").Select(t => $"{(string)t.Attribute(W + "val")!}@{(string)t.Attribute(W + "pos")!}");
        Assert.Equal(["clear@794", "clear@1191", "clear@1588", "left@1701"], tabs);
    }

    [Fact]
    public void The_progress_report_action_is_one_paragraph()
    {
        var package = DocxPackage.Open(SampleDocuments.Get("TSAG-TD255").Docx);
        var after = package.CoverTable.ElementsAfterSelf().Take(2).ToList();
        Assert.Equal("Action:\tTSAG is invited to consider the actions in clauses 2.1 to 2.3.", Text(after[0]));
        Assert.Equal("Heading1", StyleOf(after[1]));
    }

    [Fact]
    public void The_cover_table_is_borderless_except_for_its_rules_and_spans_the_text_width()
    {
        var cover = Cover("TSAG-TD521");
        var properties = cover.Element.Element(W + "tblPr")!;
        Assert.Equal("CoverTable", Val(properties.Element(W + "tblStyle")));
        int width = int.Parse((string)properties.Element(W + "tblW")!.Attribute(W + "w")!);
        int indent = int.Parse((string)properties.Element(W + "tblInd")!.Attribute(W + "w")!);

        // Shifted left by one cell margin and two margins wider: cell text runs from margin to margin.
        Assert.Equal(-85, indent);
        Assert.Equal(11906 - 1134 - 1134 + 170, width);
        Assert.Equal(width, cover.Element.Element(W + "tblGrid")!.Elements(W + "gridCol").Sum(c => int.Parse((string)c.Attribute(W + "w")!)));
        Assert.Null(DocxPackage.Open(SampleDocuments.Get("TSAG-TD521").Docx).Style("CoverTable").Descendants(W + "tblBorders").SingleOrDefault());
    }

    private static CoverTable Cover(string name) => new(DocxPackage.Open(SampleDocuments.Get(name).Docx).CoverTable);

    private static string? Val(System.Xml.Linq.XElement? element) => (string?)element?.Attribute(W + "val");
}
