using static Rgiem.Docx.Tests.DocxPackage;

namespace Rgiem.Docx.Tests;

public class ItuParagraphRenderingTests
{
    [Fact]
    public void Notes_run_in_headings_and_calls_have_tsb_styles()
    {
        var package = Render.Body("# 1 Body\n\nNOTE 1 – A note.\n\n### Discussion {.headingb}\n\nText.\n\n```{call}\n*considering*\n```\n");
        var styled = package.BodyParagraphs.Select(p => (StyleOf(p), Text(p))).ToList();
        Assert.Contains(("Note", "NOTE 1 – A note."), styled);
        Assert.Contains(("Headingb", "Discussion"), styled);
        Assert.Contains(("Call", "considering"), styled);
    }

    [Fact]
    public void Itu_lists_are_enumlev_paragraphs_with_their_marks_as_text()
    {
        var package = Render.Body("# 1 Body\n\n+ one\n  + nested\n+ two\n\n1) first\n   1) sub\n   2) sub two\n2) second\n\n- bullet\n");
        var items = package.BodyParagraphs.Where(p => StyleOf(p) is "enumlev1" or "enumlev2").Select(p => (StyleOf(p), Text(p))).ToList();
        Assert.Equal(
            [("enumlev1", "–\tone"), ("enumlev2", "–\tnested"), ("enumlev1", "–\ttwo"), ("enumlev1", "1)\tfirst"), ("enumlev2", "a)\tsub"), ("enumlev2", "b)\tsub two"), ("enumlev1", "2)\tsecond")],
            items);
        Assert.Single(package.BodyParagraphs, p => StyleOf(p) == "ListParagraph");
    }
}
