using static Rgiem.Docx.Tests.DocxPackage;

namespace Rgiem.Docx.Tests;

public class FootnoteRenderingTests
{
    [Fact]
    public void Footnotes_are_word_footnotes_numbered_in_citation_order_after_the_separators()
    {
        var package = Render.Body("# 1 Body\n\nFirst^[Inline *note*.] then second[^b] and again[^b].\n\n[^b]: The defined note.\n");
        var references = package.Body.Descendants(W + "footnoteReference").ToList();
        Assert.Equal(["1", "2", "3"], references.Select(r => (string)r.Attribute(W + "id")!));
        Assert.All(references, r => Assert.Equal("FootnoteReference", (string?)r.Parent!.Element(W + "rPr")!.Element(W + "rStyle")!.Attribute(W + "val")));

        var notes = package.Footnotes!.Root!.Elements(W + "footnote").ToList();
        Assert.Equal(["separator|-1", "continuationSeparator|0", "|1", "|2", "|3"], notes.Select(n => $"{(string?)n.Attribute(W + "type")}|{(string?)n.Attribute(W + "id")}"));
        var first = notes[2].Element(W + "p")!;
        Assert.Equal("FootnoteText", StyleOf(first));
        Assert.NotNull(first.Descendants(W + "footnoteRef").SingleOrDefault());
        Assert.Equal("\tInline note.", Text(first));
        Assert.Contains(first.Descendants(W + "i"), _ => true);
        Assert.Equal("\tThe defined note.", Text(notes[4].Element(W + "p")!));
    }

    [Fact]
    public void The_footnote_styles_are_TSBs()
    {
        var package = Render.Body("# 1 Body\n\nText[^a].\n\n[^a]: Note.\n");
        var text = package.Style("FootnoteText");
        Assert.Equal("footnote text", (string?)text.Element(W + "name")!.Attribute(W + "val"));
        Assert.Equal("Note", (string?)text.Element(W + "basedOn")!.Attribute(W + "val"));
        Assert.Equal("255", (string?)text.Element(W + "pPr")!.Element(W + "ind")!.Attribute(W + "hanging"));
        Assert.Equal("6", (string?)package.Style("FootnoteReference").Element(W + "rPr")!.Element(W + "position")!.Attribute(W + "val"));
    }

    [Fact]
    public void A_document_without_footnotes_has_no_footnotes_part()
    {
        Assert.Null(Render.Body("# 1 Body\n\nNo notes.\n").Footnotes);
    }
}
