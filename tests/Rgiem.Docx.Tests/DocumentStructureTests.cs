using System.Xml.Linq;
using Rgiem.Core.Model;
using static Rgiem.Docx.Tests.DocxPackage;

using Rgiem.Testing;

namespace Rgiem.Docx.Tests;

public class DocumentStructureTests
{
    [Theory]
    [MemberData(nameof(SampleDocuments.Names), MemberType = typeof(SampleDocuments))]
    public void Clause_headings_are_number_tab_title_in_Heading_n_with_a_hanging_indent(string name)
    {
        var sample = SampleDocuments.Get(name);
        var package = DocxPackage.Open(sample.Docx);
        var expected = sample.Record.Headings
            .Where(h => h.Kind == HeadingKind.Clause)
            .Select(h => $"Heading{Math.Min(h.Level, 4)}|{h.Number}\t{BlockWalker.PlainText(h.Title)}")
            .ToList();
        var actual = package.BodyParagraphs
            .Where(p => StyleOf(p) is { } style && style.StartsWith("Heading", StringComparison.Ordinal))
            .Select(p => $"{StyleOf(p)}|{Text(p)}")
            .ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
        Assert.All(actual, a => Assert.Matches(@"^Heading\d\|[0-9A-Z]+(\.\d+)*\t\S", a));

        // TSB's headings: heading 2 and 3 are based on heading 1 (1.4 cm hanging indent, keep with next,
        // bold), heading 4 on heading 3 with a 1.8 cm hanging indent.
        System.Xml.Linq.XElement? Inherited(string style, string part, string property)
        {
            for (var current = package.Style(style); ; current = package.Style((string)current.Element(W + "basedOn")!.Attribute(W + "val")!))
            {
                if (current.Element(W + part)?.Element(W + property) is { } found)
                {
                    return found;
                }

                if (current.Element(W + "basedOn") is null)
                {
                    return null;
                }
            }
        }

        foreach (string style in actual.Select(a => a[..a.IndexOf('|')]).Distinct())
        {
            var indent = Inherited(style, "pPr", "ind")!;
            string expectedIndent = style == "Heading4" ? "1021" : "794";
            Assert.Equal(expectedIndent, (string?)indent.Attribute(W + "left"));
            Assert.Equal(expectedIndent, (string?)indent.Attribute(W + "hanging"));
            Assert.NotNull(Inherited(style, "pPr", "keepNext"));
            Assert.NotNull(Inherited(style, "rPr", "b"));
        }
    }

    [Fact]
    public void The_samples_use_heading_levels_1_and_2_and_clause_0()
    {
        var headings = DocxPackage.Open(SampleDocuments.Get("TSAG-TD255").Docx).BodyParagraphs.Where(p => StyleOf(p) == "Heading2").Select(Text).ToList();
        Assert.Equal("2.1\tDraft ITU-T action plan for a vibrant engagement of the industry", headings[0]);
        var first = DocxPackage.Open(SampleDocuments.Get("TSAG-TD521").Docx).BodyParagraphs.First(p => StyleOf(p) == "Heading1");
        Assert.Equal("0\tActions from RG-IEM to WP2", Text(first));
    }

    [Fact]
    public void Annex_headings_start_a_new_page_centred()
    {
        var sample = SampleDocuments.Get("TSAG-TD255");
        var package = DocxPackage.Open(sample.Docx);
        var annexes = package.BodyParagraphs.Where(p => StyleOf(p) == "AnnexNotitle").Select(Text).ToList();
        Assert.Equal(
        [
            "Annex A: Terms of reference of TSAG Rapporteur Group on Industry Engagement, Metrics (RG-IEM)",
            "Annex B: Meeting statistics, December 2022 – May 2023, TSAG Rapporteur Group on Industry Engagement, Metrics (RG-IEM)",
        ], annexes);

        // TSB's "Annex_No & title", on a page of its own.
        Assert.Equal("Annex_No & title", (string?)package.Style("AnnexNotitle").Element(W + "name")!.Attribute(W + "val"));
        var pPr = package.Style("AnnexNotitle").Element(W + "pPr")!;
        // Based on heading 1, so that pandoc, mammoth and Word's navigation pane take annex titles for headings.
        Assert.Equal("Heading1", (string?)package.Style("AnnexNotitle").Element(W + "basedOn")!.Attribute(W + "val"));
        Assert.Equal(("0", "0"), ((string?)pPr.Element(W + "ind")!.Attribute(W + "left"), (string?)pPr.Element(W + "ind")!.Attribute(W + "hanging")));
        Assert.NotNull(pPr.Element(W + "pageBreakBefore"));
        Assert.Equal("center", (string?)pPr.Element(W + "jc")!.Attribute(W + "val"));
        Assert.NotNull(package.Style("AnnexNotitle").Element(W + "rPr")!.Element(W + "b"));
    }

    [Theory]
    [MemberData(nameof(SampleDocuments.Names), MemberType = typeof(SampleDocuments))]
    public void The_first_page_header_is_empty_and_later_pages_show_the_page_number_and_document_number(string name)
    {
        var package = DocxPackage.Open(SampleDocuments.Get(name).Docx);

        Assert.Equal(string.Empty, Text(package.FirstHeader.Root!));
        Assert.Empty(package.FirstHeader.Descendants(W + "fldSimple"));
        Assert.Empty(package.FirstHeader.Descendants(W + "instrText"));

        var paragraphs = package.DefaultHeader.Root!.Elements(W + "p").ToList();
        Assert.Equal(2, paragraphs.Count);
        // Complex fields as TSB's header, with their results (python-docx reads "- 2 -"): PAGE, then STYLEREF Docnumber
        // with the cover's number as its result.
        Assert.Empty(package.DefaultHeader.Descendants(W + "fldSimple"));
        Assert.Equal(["begin", "separate", "end"], paragraphs[0].Descendants(W + "fldChar").Select(f => (string)f.Attribute(W + "fldCharType")!));
        Assert.Equal(["PAGE"], paragraphs[0].Descendants(W + "instrText").Select(i => i.Value.Trim()));
        Assert.Equal("- 2 -", Text(paragraphs[0]));
        Assert.Equal(["STYLEREF Docnumber \\* MERGEFORMAT"], paragraphs[1].Descendants(W + "instrText").Select(i => i.Value.Trim()));
        string number = name.StartsWith("TSAG-", StringComparison.Ordinal) ? name : "TSAG-TDxxx";
        Assert.Equal(number, Text(paragraphs[1]));
        var cover = DocxPackage.Open(SampleDocuments.Get(name).Docx).CoverTable;
        Assert.Equal(number, Text(cover.Descendants(W + "p").Single(p => StyleOf(p) == "Docnumber")));
        Assert.All(paragraphs, p => Assert.Equal("Header", StyleOf(p)));
        Assert.Equal("center", (string?)package.Style("Header").Element(W + "pPr")!.Element(W + "jc")!.Attribute(W + "val"));
    }

    [Theory]
    [MemberData(nameof(SampleDocuments.Names), MemberType = typeof(SampleDocuments))]
    public void The_section_is_A4_with_a_distinct_first_page_and_no_footer(string name)
    {
        var section = DocxPackage.Open(SampleDocuments.Get(name).Docx).Section;
        Assert.NotNull(section.Element(W + "titlePg"));
        var size = section.Element(W + "pgSz")!;
        Assert.Equal(("11907", "16840"), ((string)size.Attribute(W + "w")!, (string)size.Attribute(W + "h")!));

        // TSB's page: 2 cm margins all round, the header 0.75 cm from the edge.
        var margins = section.Element(W + "pgMar")!;
        Assert.Equal(["1134", "1134", "1134", "1134", "425", "709"], new[] { "top", "right", "bottom", "left", "header", "footer" }.Select(a => (string)margins.Attribute(W + a)!));
        Assert.Null(size.Attribute(W + "orient"));
        Assert.Empty(section.Elements(W + "footerReference"));
        Assert.Equal(["default", "first"], section.Elements(W + "headerReference").Select(h => (string)h.Attribute(W + "type")!));
        Assert.Same(section, section.Parent!.Elements().Last());
    }

    [Theory]
    [MemberData(nameof(SampleDocuments.Names), MemberType = typeof(SampleDocuments))]
    public void The_last_body_paragraph_is_the_centred_underscore_end_rule(string name)
    {
        var package = DocxPackage.Open(SampleDocuments.Get(name).Docx);
        var last = package.Body.Elements().Where(e => e.Name != W + "sectPr").Last();
        Assert.Equal(W + "p", last.Name);
        Assert.Equal("EndOfDocument", StyleOf(last));
        Assert.Equal(new string('_', 23), Text(last));
        Assert.Equal("center", (string?)package.Style("EndOfDocument").Element(W + "pPr")!.Element(W + "jc")!.Attribute(W + "val"));
    }

    [Fact]
    public void Body_tables_repeat_their_header_row_on_each_page()
    {
        var package = DocxPackage.Open(SampleDocuments.Get("TSAG-TD255").Docx);
        var table = package.Body.Elements(W + "tbl").Skip(2).Single(); // after the cover and Abstract tables
        var rows = table.Elements(W + "tr").ToList();
        Assert.Equal(11, rows.Count);
        Assert.NotNull(rows[0].Element(W + "trPr")!.Element(W + "tblHeader"));
        Assert.All(rows.Skip(1), r => Assert.Null(r.Element(W + "trPr")?.Element(W + "tblHeader")));
        Assert.All(rows[0].Elements(W + "tc"), c => Assert.Equal("Tablehead", StyleOf(c.Element(W + "p")!)));
        Assert.All(rows.Skip(1).SelectMany(r => r.Elements(W + "tc")), c => Assert.Equal("Tabletext", StyleOf(c.Element(W + "p")!)));
        Assert.Equal(["", "Meeting 1 (01/2023)", "Meeting 2 (03/2023)", "Meeting 3 (04/2023)", "Meeting 4 (05/2023)"], rows[0].Elements(W + "tc").Select(CoverTable.CellText));
        Assert.Equal(["Number of participants", "49", "31", "32", "33"], rows[1].Elements(W + "tc").Select(CoverTable.CellText));
        Assert.Equal("TableGrid", (string?)table.Element(W + "tblPr")!.Element(W + "tblStyle")!.Attribute(W + "val"));
        Assert.Equal(11907 - 2268, table.Element(W + "tblGrid")!.Elements(W + "gridCol").Sum(c => int.Parse((string)c.Attribute(W + "w")!)));

        // The centred columns of the Markdown table are centred in Word.
        Assert.Equal("center", (string?)rows[1].Elements(W + "tc").ElementAt(1).Element(W + "p")!.Element(W + "pPr")!.Element(W + "jc")!.Attribute(W + "val"));
    }

    [Theory]
    [MemberData(nameof(SampleDocuments.Names), MemberType = typeof(SampleDocuments))]
    public void Custom_and_app_properties_are_TSBs(string name)
    {
        var sample = SampleDocuments.Get(name);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(sample.Docx, writable: false));
        System.Xml.Linq.XDocument Part(string path)
        {
            using var stream = zip.GetEntry(path)!.Open();
            return System.Xml.Linq.XDocument.Load(stream);
        }

        System.Xml.Linq.XNamespace custom = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
        var properties = Part("docProps/custom.xml").Root!.Elements(custom + "property")
            .ToDictionary(p => (string)p.Attribute("name")!, p => p.Elements().Single().Value);
        Assert.Equal(["Docnum", "Docdate", "Docorlang", "Docbluepink", "Docdest", "Docauthor"], properties.Keys);
        string number = name.StartsWith("TSAG-", StringComparison.Ordinal) ? name : "TSAG-TDxxx";
        Assert.Equal(number, properties["Docnum"]);
        Assert.Equal("English", properties["Docorlang"]);
        Assert.Equal("TSAG", properties["Docdest"]);
        Assert.Equal(sample.Record.Metadata.Source, properties["Docauthor"]);

        System.Xml.Linq.XNamespace app = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
        var extended = Part("docProps/app.xml").Root!;
        Assert.Equal("International Telecommunication Union (ITU)", (string?)extended.Element(app + "Company"));
        Assert.Equal("ITU-T", (string?)extended.Element(app + "Manager"));
    }

    [Theory]
    [MemberData(nameof(SampleDocuments.Names), MemberType = typeof(SampleDocuments))]
    public void Core_properties_carry_title_subject_keywords_creator_and_language(string name)
    {
        var sample = SampleDocuments.Get(name);
        var core = DocxPackage.Open(sample.Docx).Core.Root!;
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XNamespace cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        XNamespace dcterms = "http://purl.org/dc/terms/";

        Assert.Equal(sample.Record.Metadata.Title, (string?)core.Element(dc + "title"));
        Assert.Equal(name.StartsWith("TSAG-", StringComparison.Ordinal) ? name : "TSAG-TDxxx", (string?)core.Element(dc + "subject"));
        Assert.Equal("TSAG; RG-IEM; industry engagement; metrics", (string?)core.Element(cp + "keywords"));
        Assert.Equal("Glenn Parsons", (string?)core.Element(dc + "creator"));
        Assert.Equal("en-GB", (string?)core.Element(dc + "language"));
        Assert.Equal(sample.Record.Metadata.Abstract, (string?)core.Element(dc + "description"));

        // Dates come from the record (the last meeting day), never from the clock.
        string expected = sample.Record.Metadata.Meeting!.To!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00Z";
        Assert.Equal(expected, (string?)core.Element(dcterms + "created"));
        Assert.Equal(expected, (string?)core.Element(dcterms + "modified"));
    }

    [Theory]
    [MemberData(nameof(SampleDocuments.Names), MemberType = typeof(SampleDocuments))]
    public void Every_action_item_is_one_paragraph_with_its_bold_label(string name)
    {
        var sample = SampleDocuments.Get(name);
        var paragraphs = DocxPackage.Open(sample.Docx).BodyParagraphs.ToList();
        foreach (var action in sample.Record.Actions)
        {
            string text = BlockWalker.PlainText(action.Inlines);
            string separator = action.Style == ActionStyle.Numbered ? "\t" : " ";
            var match = paragraphs.Where(p => Text(p) == action.Label + separator + text).ToList();
            Assert.NotEmpty(match);
            Assert.All(match, p =>
            {
                var label = p.Elements(W + "r").First();
                Assert.Equal(action.Label, Text(label));
                Assert.NotNull(label.Element(W + "rPr")!.Element(W + "b"));
                Assert.Equal(action.Style == ActionStyle.Numbered ? "ActionNumbered" : "ActionPrefixed", StyleOf(p));
            });
        }
    }
}
