using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Testing;
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

    [Fact]
    public void A_user_template_is_asked_for_the_itu_styles_only_when_the_record_uses_them()
    {
        string path = Path.Combine(Path.GetTempPath(), "rgiem-itu-" + Guid.NewGuid().ToString("N") + ".dotx");
        try
        {
            using (var document = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Template))
            {
                document.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(new Run(new Text("{{body}}")))));
            }

            List<string> Missing(string body)
            {
                var (bound, _) = Records.Bind(Records.WithBody(body));
                var record = bound!.Record with { Metadata = bound.Record.Metadata with { Template = path } };
                var result = new DocxRenderer(new DocxRenderOptions(Validate: true)).Render(record, Path.GetTempPath());
                Assert.True(result.Content is not null, string.Join("; ", result.Diagnostics));
                return result.Diagnostics.Where(d => d.Id == "RG8015").Select(d => d.Message).ToList();
            }

            var plain = Missing("# 1 Body\n\nText.\n");
            var itu = Missing("# 1 Body\n\nNOTE – A note.\n\n### Run-in {.headingb}\n\n+ dash\n  + nested\n\n```{call}\nconsidering\n```\n");
            string[] styles = ["'Note'", "'Headingb'", "'Call'", "'enumlev1'", "'enumlev2'"];
            Assert.All(styles, s => Assert.DoesNotContain(plain, m => m.Contains(s, StringComparison.Ordinal)));
            Assert.All(styles, s => Assert.Contains(itu, m => m.Contains(s, StringComparison.Ordinal)));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
