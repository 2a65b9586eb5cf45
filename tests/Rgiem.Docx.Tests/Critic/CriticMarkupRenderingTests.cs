using System.Xml.Linq;
using Rgiem.Testing;
using static Rgiem.Docx.Tests.DocxPackage;

namespace Rgiem.Docx.Tests.Critic;

public class CriticMarkupRenderingTests
{
    private const string Body = "# 1 Introduction\n\n"
        + "The group {--did not agree--}{++@alice 2026-12-01: agreed++} on the {~~@Bob Smith 2026-12-02T09:15Z: old~>[new](https://www.itu.int)~~} plan.\n\n"
        + "The {==action plan==}{>>@alice 2026-12-01: which *version*?<<} was noted{>>no author<<}; see {==this==}.\n\n"
        + "| A | B |\n|---|---|\n| {++x++} | y |\n";

    private static XElement Paragraph(DocxPackage package, string start) =>
        package.BodyParagraphs.First(p => Text(p).StartsWith(start, StringComparison.Ordinal) || AllText(p).StartsWith(start, StringComparison.Ordinal));

    private static string AllText(XElement element) => string.Concat(element.Descendants().Where(e => e.Name == W + "t" || e.Name == W + "delText").Select(e => e.Value));

    [Fact]
    public void Changes_are_word_revisions_with_the_attribution_and_no_other_date()
    {
        var package = Render.Body(Body);
        var paragraph = Paragraph(package, "The group ");
        var deleted = paragraph.Elements(W + "del").ToList();
        Assert.Equal(["did not agree", "old"], deleted.Select(d => string.Concat(d.Descendants(W + "delText").Select(t => t.Value))));
        Assert.Empty(deleted.Descendants(W + "t"));
        Assert.Equal("Author", (string?)deleted[0].Attribute(W + "author"));
        Assert.Null(deleted[0].Attribute(W + "date"));
        Assert.Equal("Bob Smith", (string?)deleted[1].Attribute(W + "author"));
        Assert.Equal("2026-12-02T09:15:00Z", (string?)deleted[1].Attribute(W + "date"));

        var inserted = paragraph.Descendants(W + "ins").ToList();
        Assert.Equal(["agreed", "new"], inserted.Select(i => string.Concat(i.Descendants(W + "t").Select(t => t.Value))));
        Assert.Equal("alice", (string?)inserted[0].Attribute(W + "author"));
        Assert.Equal("2026-12-01T00:00:00Z", (string?)inserted[0].Attribute(W + "date"));
        Assert.Equal(W + "hyperlink", inserted[1].Parent!.Name); // a revision holds runs: the link's run is marked inside it
        Assert.Equal("The group agreed on the new plan.", Text(paragraph));

        var ids = package.Body.Descendants().Where(e => e.Name == W + "ins" || e.Name == W + "del").Select(e => (string)e.Attribute(W + "id")!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var cell = package.Body.Descendants(W + "tc").Single(c => Text(c) == "x");
        Assert.Single(cell.Descendants(W + "ins"));
    }

    [Fact]
    public void Comments_go_into_the_comments_part_with_their_range_and_reference()
    {
        var package = Render.Body(Body);
        var comments = package.Comments!.Root!.Elements(W + "comment").ToList();
        Assert.Equal(["0|alice|2026-12-01T00:00:00Z", "1|Author|"], comments.Select(c => $"{(string?)c.Attribute(W + "id")}|{(string?)c.Attribute(W + "author")}|{(string?)c.Attribute(W + "date")}"));
        Assert.Equal("which version?", Text(comments[0]));
        Assert.Single(comments[0].Descendants(W + "annotationRef"));
        Assert.Contains(comments[0].Descendants(W + "i"), _ => true);

        var paragraph = Paragraph(package, "The action plan");
        var sequence = paragraph.Elements().Where(e => e.Name != W + "pPr").Select(e => e.Name.LocalName switch
        {
            "commentRangeStart" or "commentRangeEnd" => e.Name.LocalName + (string?)e.Attribute(W + "id"),
            "r" when e.Element(W + "commentReference") is { } reference => "ref" + (string?)reference.Attribute(W + "id"),
            "r" => Text(e),
            _ => e.Name.LocalName,
        }).ToList();
        Assert.Equal(["The ", "commentRangeStart0", "action plan", "commentRangeEnd0", "ref0", " was noted", "commentRangeStart1", "commentRangeEnd1", "ref1", "; see ", "this", "."], sequence);
        Assert.Equal("yellow", (string?)paragraph.Elements(W + "r").Single(r => Text(r) == "this").Descendants(W + "highlight").Single().Attribute(W + "val"));
    }

    [Fact]
    public void A_document_with_revisions_and_comments_meets_the_word_compatibility_rules_and_is_deterministic()
    {
        var (bound, diagnostics) = Records.Bind(Records.WithBody(Body));
        Assert.Empty(diagnostics);
        var first = new DocxRenderer().Render(bound!.Record, Path.GetTempPath()).Content!;
        var second = new DocxRenderer().Render(bound.Record, Path.GetTempPath()).Content!;
        Assert.Equal(first, second);
        WordCompatibility.AssertCompatible(first);
    }

    [Fact]
    public void A_document_without_comments_has_no_comments_part()
    {
        Assert.Null(Render.Body("# 1 Body\n\nA {++change++}.\n").Comments);
    }
}
