using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using static Rgiem.Docx.Tests.DocxPackage;
using TextRun = Rgiem.Core.Model.TextRun;

namespace Rgiem.Docx.Tests;

public class InlineRenderingTests
{
    private static readonly SourceLocation Here = SourceLocation.FileOnly("record.md");

    [Fact]
    public void Emphasis_code_and_sub_and_superscript_become_run_properties()
    {
        var package = Render.Body("# 1 Body\n\nPlain **bold *both*** ~~gone~~ `code()` x^2^ H~2~O.\n");
        var runs = package.BodyParagraphs.Last(p => StyleOf(p) == "Normal").Elements(W + "r").ToList();
        string Props(string text) => string.Join(",", runs.Single(r => Text(r) == text).Element(W + "rPr")?.Elements().Select(e => e.Name.LocalName + ((string?)e.Attribute(W + "val") is { } v ? "=" + v : string.Empty)) ?? []);

        Assert.Equal("b", Props("bold "));
        Assert.Equal("b,i", Props("both"));
        Assert.Equal("rFonts,sz=20", Props("code()"));
        Assert.Contains("strike", Props("gone"), StringComparison.Ordinal);
    }

    [Fact]
    public void Block_quotes_use_the_Quote_style_for_each_paragraph()
    {
        var package = Render.Body("# 1 Body\n\n> First quoted.\n>\n> Second quoted.\n\nAfter.\n");
        Assert.Equal(
            ["Quote|First quoted.", "Quote|Second quoted.", "Normal|After."],
            package.BodyParagraphs.Where(p => StyleOf(p) is "Quote" or "Normal").Select(p => $"{StyleOf(p)}|{Text(p)}").Where(s => s != "Normal|").TakeLast(3));
        var style = package.Style("Quote").Element(W + "pPr")!.Element(W + "ind")!;
        Assert.Equal(("794", "794"), ((string?)style.Attribute(W + "left"), (string?)style.Attribute(W + "right")));
    }

    [Fact]
    public void Code_blocks_keep_their_lines_and_tabs_in_the_Code_style()
    {
        var package = Render.Body("# 1 Body\n\n```\nline 1\n\tindented\n```\n");
        var code = package.BodyParagraphs.Single(p => StyleOf(p) == "Code");
        Assert.Equal("line 1\n\tindented", Text(code));
        Assert.Equal("Courier New", (string?)package.Style("Code").Element(W + "rPr")!.Element(W + "rFonts")!.Attribute(W + "ascii"));
    }

    [Fact]
    public void Absolute_links_become_hyperlinks_with_an_external_relationship()
    {
        var package = Render.Body("# 1 Body\n\nSee [the ITU site](https://www.itu.int/en/ITU-T/Pages/default.aspx) and <mailto:tsbtsag@itu.int>.\n");
        var link = package.Body.Descendants(W + "hyperlink").First(h => Text(h) == "the ITU site");
        Assert.Equal("https://www.itu.int/en/ITU-T/Pages/default.aspx", package.Hyperlinks[(string)link.Attribute(R + "id")!]);
        Assert.All(link.Elements(W + "r"), r => Assert.Equal("Hyperlink", (string?)r.Element(W + "rPr")!.Element(W + "rStyle")!.Attribute(W + "val")));
        Assert.Contains("mailto:tsbtsag@itu.int", package.Hyperlinks.Values);
    }

    [Theory]
    [InlineData("[the **terms** of *reference*](annex-a.md)")]
    [InlineData("[the **terms** of *reference*](#annex-a)")]
    [InlineData("[the **terms** of *reference*](javascript:alert(1))")]
    [InlineData("[the **terms** of *reference*](file:///etc/passwd)")]
    public void Relative_internal_and_unsafe_links_keep_their_text_and_formatting_without_a_link(string markdown)
    {
        var package = Render.Body("# 1 Body\n\nRead " + markdown + " now.\n");
        var paragraph = package.BodyParagraphs.Last(p => StyleOf(p) == "Normal");
        Assert.Equal("Read the terms of reference now.", Text(paragraph));
        Assert.Empty(paragraph.Descendants(W + "hyperlink"));
        Assert.Equal(["mailto:rapporteur@example.org"], package.Hyperlinks.Values); // the cover's e-mail only
        Assert.Empty(paragraph.Descendants(W + "rStyle"));
        Assert.NotNull(paragraph.Elements(W + "r").Single(r => Text(r) == "terms").Element(W + "rPr")!.Element(W + "b"));
        Assert.All(paragraph.Elements(W + "r"), r => Assert.True(r.Elements(W + "rPr").Count() <= 1));
    }

    [Fact]
    public void A_link_in_a_model_that_nests_links_stays_valid()
    {
        var inner = new LinkRun("https://example.org/inner", [new TextRun("inner")]);
        var outer = new LinkRun("https://example.org/outer", [new TextRun("outer "), inner, new StyledRun(InlineStyle.Bold, [new TextRun(" bold")])]);
        var record = new MeetingRecord("record.md", new RecordMetadata { Title = "Links" }, [new ParagraphBlock([outer], Here)]);
        var (package, _) = Render.Valid(record);
        var hyperlink = Assert.Single(package.Body.Descendants(W + "hyperlink"));
        Assert.Equal("outer inner bold", Text(hyperlink));
    }

    [Fact]
    public void Control_characters_lone_surrogates_and_noncharacters_are_dropped_everywhere_and_the_rest_is_kept()
    {
        const string Dirty = "A\u0000B\u0001C\u000BD\u001FE\uD800F\uDC00G\uFFFEH\uFFFF\U0001F600 Z";
        const string Clean = "ABCDEFGH\U0001F600 Z";
        var metadata = new RecordMetadata
        {
            Title = "Title " + Dirty,
            Source = "Source " + Dirty,
            Purpose = "Purpose " + Dirty,
            Abstract = "Abstract " + Dirty,
            Keywords = ["Key " + Dirty],
            Questions = ["Q " + Dirty],
            Parent = "TSAG",
            StudyPeriod = "2022-2024",
            Meeting = new MeetingInfo("Place " + Dirty, new DateOnly(2024, 7, 29), new DateOnly(2024, 8, 2)),
            Contacts = [new Contact("Name " + Dirty, "Org " + Dirty, "Country " + Dirty, "+41 " + Dirty, "a@example.org")],
            Action = [new ParagraphBlock([new TextRun("Action " + Dirty)], Here)],
        };
        var body = new Block[]
        {
            new HeadingBlock(1, HeadingKind.Clause, "1", true, [new TextRun("Heading " + Dirty)], Here),
            new ParagraphBlock([new TextRun("Body " + Dirty), new CodeRun("code " + Dirty), new LinkRun("https://example.org/" + Dirty, [new TextRun("link " + Dirty)])], Here),
            new CodeBlock("block " + Dirty, Here),
            new TableBlock([ColumnAlignment.Default], [new Core.Model.TableRow([new Core.Model.TableCell([new TextRun("cell " + Dirty)])], true)], Here),
        };
        var (package, _) = Render.Valid(new MeetingRecord("record.md", metadata, body));

        string all = Text(package.Body);
        foreach (string expected in new[] { "Title ", "Source ", "Purpose ", "Abstract ", "Key ", "Q ", "Place ", "Name ", "Org ", "Country ", "Action ", "Heading ", "Body ", "code ", "link ", "block ", "cell " })
        {
            Assert.Contains(expected + Clean, all, StringComparison.Ordinal);
        }

        Assert.DoesNotContain('\u0001', all);
        Assert.Contains("https://example.org/ABCDEFGH", package.Hyperlinks.Values.Single(v => v.StartsWith("https:", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal("Title " + Clean, (string?)package.Core.Root!.Element((System.Xml.Linq.XNamespace)"http://purl.org/dc/elements/1.1/" + "title"));
    }

    [Fact]
    public void Tabs_and_line_breaks_in_text_become_Word_tabs_and_breaks()
    {
        var record = new MeetingRecord("record.md", new RecordMetadata { Title = "T" }, [new ParagraphBlock([new TextRun("a\tb\nc\r\nd"), new BreakRun(), new TextRun("e")], Here)]);
        var (package, _) = Render.Valid(record);
        var paragraph = package.BodyParagraphs.Single(p => StyleOf(p) == "Normal" && Text(p).StartsWith('a'));
        Assert.Equal("a\tb\nc\nd\ne", Text(paragraph));
    }
}
