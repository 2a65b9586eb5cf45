using System.Xml.Linq;
using static Rgiem.Docx.Tests.DocxPackage;

namespace Rgiem.Docx.Tests;

public class ListRenderingTests
{
    private static (string? NumId, string? Level, string Text) Item(XElement p)
    {
        var numPr = p.Element(W + "pPr")?.Element(W + "numPr");
        return ((string?)numPr?.Element(W + "numId")?.Attribute(W + "val"), (string?)numPr?.Element(W + "ilvl")?.Attribute(W + "val"), Text(p));
    }

    private static List<(string? NumId, string? Level, string Text)> ListItems(DocxPackage package) =>
        package.BodyParagraphs.Where(p => StyleOf(p) == "ListParagraph").Select(Item).ToList();

    [Fact]
    public void Each_ordered_list_restarts_at_its_own_first_number()
    {
        var package = Render.Body("# 1 Body\n\n1. one\n2. two\n\nBetween.\n\n1. again\n\nAnd.\n\n3. third\n4. fourth\n");
        var items = ListItems(package);
        Assert.Equal(["one", "two", "again", "third", "fourth"], items.Select(i => i.Text));
        Assert.Equal(items[0].NumId, items[1].NumId);
        Assert.Equal(3, items.Select(i => i.NumId).Distinct().Count());
        Assert.Equal(items[3].NumId, items[4].NumId);

        var numbering = package.Numbering.Root!;
        string? Start(string? numId) => (string?)numbering.Elements(W + "num")
            .Single(n => (string?)n.Attribute(W + "numId") == numId)
            .Element(W + "lvlOverride")!.Element(W + "startOverride")!.Attribute(W + "val");
        Assert.Equal(["1", "1", "3"], new[] { items[0].NumId, items[2].NumId, items[3].NumId }.Select(Start));

        // Every abstract definition comes before every instance (schema order).
        var names = numbering.Elements().Select(e => e.Name.LocalName).ToList();
        Assert.True(names.LastIndexOf("abstractNum") < names.IndexOf("num"));
    }

    [Fact]
    public void The_numbering_part_kept_for_many_records_is_the_part_of_each_records_own_lists()
    {
        // The numbering part is deflated once per kind of lists (ListNumbering.Key) and reused: a record whose ordered
        // lists start elsewhere, or are more, must not get the part kept for another record.
        string Starts(DocxPackage package) => string.Join(",", package.Numbering.Root!.Elements(W + "num")
            .Select(n => (string?)n.Element(W + "lvlOverride")?.Element(W + "startOverride")?.Attribute(W + "val") ?? "-"));
        Assert.Equal("-,1", Starts(Render.Body("# 1 Body\n\n1. one\n2. two\n")));
        Assert.Equal("-,4", Starts(Render.Body("# 1 Body\n\n4. four\n5. five\n")));
        Assert.Equal("-,1", Starts(Render.Body("# 1 Body\n\n1. un\n\nText.\n\n- bullet\n")));
        Assert.Equal("-,1,7", Starts(Render.Body("# 1 Body\n\n1. one\n\nText.\n\n7. seven\n")));
        Assert.Equal("-", Starts(Render.Body("# 1 Body\n\n- only bullets\n")));
        Assert.Equal("-,4", Starts(Render.Body("# 1 Body\n\n4. four again\n")));
    }

    [Fact]
    public void Bullet_lists_share_the_bullet_numbering_and_nest_by_level()
    {
        var package = Render.Body("# 1 Body\n\n- a\n  - a.1\n    - a.1.i\n- b\n\nText.\n\n- c\n  1. c.1\n  2. c.2\n");
        var items = ListItems(package);
        Assert.Equal(
            [("1", "0", "a"), ("1", "1", "a.1"), ("1", "2", "a.1.i"), ("1", "0", "b"), ("1", "0", "c")],
            items.Take(5));
        Assert.Equal(["1", "1"], items.Skip(5).Select(i => i.Level));
        Assert.NotEqual("1", items[5].NumId);

        // The bullet levels alternate • and –, indented by 0.7 cm per level with the text at 1.4 cm first.
        var bullet = package.Numbering.Root!.Elements(W + "abstractNum").First();
        var levels = bullet.Elements(W + "lvl").Take(3).ToList();
        Assert.Equal(["\u2022", "\u2013", "\u2022"], levels.Select(l => (string?)l.Element(W + "lvlText")!.Attribute(W + "val")));
        Assert.Equal(["794", "1191", "1588"], levels.Select(l => (string?)l.Element(W + "pPr")!.Element(W + "ind")!.Attribute(W + "left")));
    }

    [Fact]
    public void A_second_paragraph_of_an_item_is_indented_like_the_item_text_without_a_number()
    {
        var package = Render.Body("# 1 Body\n\n- first\n\n  more of the first\n- second\n");
        var paragraphs = package.BodyParagraphs.Where(p => StyleOf(p) == "ListParagraph").ToList();
        Assert.Equal(["first", "more of the first", "second"], paragraphs.Select(Text));
        Assert.Null(paragraphs[1].Element(W + "pPr")!.Element(W + "numPr"));
        Assert.Equal("794", (string?)paragraphs[1].Element(W + "pPr")!.Element(W + "ind")!.Attribute(W + "left"));
    }

    [Fact]
    public void An_item_that_starts_with_a_nested_list_still_shows_its_own_bullet()
    {
        var package = Render.Body("# 1 Body\n\n1. - inner\n2. outer\n");
        var items = ListItems(package);
        Assert.Equal(("0", ""), (items[0].Level, items[0].Text));
        Assert.Equal(("1", "inner"), (items[1].Level, items[1].Text));
        Assert.Equal(("0", "outer"), (items[2].Level, items[2].Text));
    }

    [Fact]
    public void Lists_deeper_than_Word_allows_are_kept_at_the_last_level()
    {
        string body = "# 1 Body\n\n" + string.Concat(Enumerable.Range(0, 12).Select(i => new string(' ', 2 * i) + "- level " + i + "\n"));
        var items = ListItems(Render.Body(body));
        Assert.Equal(12, items.Count);
        Assert.Equal("8", items[^1].Level);
    }

    [Fact]
    public void Action_items_in_a_list_keep_their_bold_label()
    {
        var package = Render.Body("# 1 Body\n\n- RG-IEM-1: to request TSAG to note it.\n");
        var item = package.BodyParagraphs.Single(p => StyleOf(p) == "ListParagraph");
        Assert.Equal("RG-IEM-1: to request TSAG to note it.", Text(item));
        Assert.NotNull(item.Element(W + "r")!.Element(W + "rPr")!.Element(W + "b"));
    }
}
