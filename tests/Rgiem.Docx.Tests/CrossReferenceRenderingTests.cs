using System.Xml.Linq;
using static Rgiem.Docx.Tests.DocxPackage;

namespace Rgiem.Docx.Tests;

public class CrossReferenceRenderingTests
{
    private static string Instruction(XElement paragraph) => string.Concat(paragraph.Descendants(W + "instrText").Select(i => i.Value));

    [Fact]
    public void A_citation_is_a_ref_field_to_the_bookmark_of_its_target_with_the_text_already_written()
    {
        var package = Render.Body(
            "# 1 Scope {#sec:scope}\n\nSee @tbl:one, @sec:scope and @Sec:part, @sec:annex-a and @fig:none.\n\n" +
            "## 1.1 Part {#sec:part}\n\nTable: One {#tbl:one}\n\n| a |\n|---|\n| 1 |\n\n# Annex A: Terms {#sec:annex-a}\n\nText.\n");
        var citing = package.BodyParagraphs.Single(p => Text(p).StartsWith("See ", StringComparison.Ordinal));
        Assert.Equal("See Table 1, clause 1 and Clause 1.1, Annex A and @fig:none.", Text(citing));
        Assert.Equal(" REF _Ref_tbl_one \\h  REF _Ref_sec_scope \\h  REF _Ref_sec_part \\h  REF _Ref_sec_annex_a \\h ", Instruction(citing));

        // Each bookmark wraps the label the REF field shows: the clause's number, "Annex A", "Table 1".
        var starts = package.Body.Descendants(W + "bookmarkStart").Where(b => ((string?)b.Attribute(W + "name"))!.StartsWith("_Ref_", StringComparison.Ordinal)).ToList();
        Assert.Equal(["_Ref_sec_scope", "_Ref_sec_part", "_Ref_tbl_one", "_Ref_sec_annex_a"], starts.Select(b => (string?)b.Attribute(W + "name")));
        foreach (var start in starts)
        {
            string id = (string)start.Attribute(W + "id")!;
            var inside = start.ElementsAfterSelf().TakeWhile(e => !(e.Name == W + "bookmarkEnd" && (string?)e.Attribute(W + "id") == id));
            string text = string.Concat(inside.Select(Text));
            Assert.Contains(text, new[] { "1", "1.1", "Table 1", "Annex A" });
        }

        Assert.Equal(starts.Count, starts.Select(s => (string?)s.Attribute(W + "id")).Distinct().Count());
    }

    [Fact]
    public void Ids_that_would_share_a_bookmark_name_get_names_of_their_own_within_40_characters()
    {
        var package = Render.Body(
            "# 1 A {#sec:a-b}\n\nText @sec:a.b and @sec:a-b.\n\n# 2 B {#sec:a.b}\n\nText.\n\n# 3 C {#sec:a-very-long-identifier-that-goes-on-and-on-and-on}\n\nSee @sec:a-very-long-identifier-that-goes-on-and-on-and-on.\n");
        var names = package.Body.Descendants(W + "bookmarkStart").Select(b => (string)b.Attribute(W + "name")!).Where(n => n.StartsWith("_Ref", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, n => Assert.True(n.Length <= 40 && n.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'), n));
        var refs = package.Body.Descendants(W + "instrText").Select(i => i.Value.Trim()).Where(i => i.StartsWith("REF ", StringComparison.Ordinal)).Select(i => i.Split(' ')[1]).ToList();
        Assert.All(refs, r => Assert.Contains(r, names));
    }
}
