using Rgiem.Core.Binding;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Text;
using Rgiem.Testing;
using static Rgiem.Docx.Tests.DocxPackage;

namespace Rgiem.Docx.Tests;

public sealed class FigureRenderingTests
{
    [Fact]
    public void The_sample_figure_is_an_inline_picture_with_alt_text_and_a_numbered_caption_and_the_table_a_caption_above()
    {
        string folder = Path.Combine(RepoPaths.Root, "samples", "body");
        string path = Path.Combine(folder, "2024-09-participation-report.md");
        var bag = new DiagnosticBag();
        var source = new SourceText("2024-09-participation-report.md", SourceText.Normalize(File.ReadAllText(path)));
        var bound = RecordBinder.Bind(source, null, bag, new IncludeResolver(path, folder, p => Path.GetRelativePath(folder, p)));
        Assert.DoesNotContain(bag.ToList(), d => d.Id.StartsWith("RG20", StringComparison.Ordinal));

        var (package, _) = Render.Valid(bound!.Record, folder);
        var docPr = package.Body.Descendants().Where(e => e.Name.LocalName == "docPr").ToList();
        Assert.Equal(docPr.Count, docPr.Select(d => (string?)d.Attribute("id")).Distinct().Count());
        Assert.Contains(docPr, d => ((string?)d.Attribute("descr"))!.StartsWith("Participation in the RG-IEM meetings by region", StringComparison.Ordinal));
        Assert.Equal(["image/png"], package.Images);

        var caption = package.BodyParagraphs.Single(p => StyleOf(p) == "FigureNotitle");
        Assert.Equal("Figure 1 – Participation by region", Text(caption));
        Assert.Contains(caption.Descendants(W + "instrText"), i => i.Value.Contains("SEQ Figure", StringComparison.Ordinal));
        Assert.Equal("_Ref_fig_participation", (string?)caption.Element(W + "bookmarkStart")!.Attribute(W + "name"));

        var tableCaptions = package.BodyParagraphs.Where(p => StyleOf(p) == "TableNotitle").ToList();
        Assert.Equal(["Table 1 – Meetings of the study period", "Table A.1 – The regions"], tableCaptions.Select(Text));
        Assert.All(tableCaptions, c => Assert.Equal(W + "tbl", c.ElementsAfterSelf().First().Name));

        // Every citation of the sample reads its target's current label.
        var introduction = package.BodyParagraphs.First(p => Text(p).StartsWith("This report gives", StringComparison.Ordinal));
        Assert.Contains("Clause 2 gives them by region (Figure 1) and by meeting (Table 1); Annex A says how", Text(introduction), StringComparison.Ordinal);
        Assert.Contains(package.BodyParagraphs, p => Text(p).Contains("(Table A.1), as in clause 2.", StringComparison.Ordinal));
    }
}
