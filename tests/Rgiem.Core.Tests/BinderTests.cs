using Rgiem.Core.Model;
using Rgiem.Testing;

namespace Rgiem.Core.Tests;

public class BinderTests
{
    private static MeetingRecord Bind(string body)
    {
        var (record, diagnostics) = Records.Bind(Records.WithBody(body));
        Assert.NotNull(record);
        return record.Record;
    }

    private static string Title(HeadingBlock heading) => BlockWalker.PlainText(heading.Title);

    [Fact]
    public void Written_clause_numbers_are_kept_and_the_rest_continue_from_them()
    {
        var record = Bind("# 0 Actions\n\n# Introduction\n\n## Scope\n\n## 1.5\tLate item\n\n## Next\n\n# 7 AOB\n\n# Closure\n");
        Assert.Equal(
            ["0|True|Actions", "1|False|Introduction", "1.1|False|Scope", "1.5|True|Late item", "1.6|False|Next", "7|True|AOB", "8|False|Closure"],
            record.Headings.Select(h => $"{h.Number}|{h.NumberWritten}|{Title(h)}"));
    }

    [Fact]
    public void Annexes_are_lettered_and_their_clauses_numbered_under_the_letter()
    {
        var record = Bind("# 1 Body\n\n# Annex: Terms of reference\n\n## Scope\n\n# Annex C – Statistics\n\n## C.1 Figures\n\n## More\n\n# Annex\n");
        Assert.Equal(
            ["Clause 1", "Annex A", "Clause A.1", "Annex C", "Clause C.1", "Clause C.2", "Annex D"],
            record.Headings.Select(h => $"{h.Kind} {h.Number}"));
        Assert.Equal("Statistics", Title(record.Headings[3]));
    }

    [Fact]
    public void A_pandoc_unnumbered_marker_makes_a_heading_without_a_number()
    {
        var record = Bind("# 1 Body\n\n# Acknowledgements {-}\n\n# Thanks {.unnumbered}\n\n# Next\n");
        Assert.Equal([HeadingKind.Clause, HeadingKind.Unnumbered, HeadingKind.Unnumbered, HeadingKind.Clause], record.Headings.Select(h => h.Kind));
        Assert.Equal("Acknowledgements", Title(record.Headings[1]));
        Assert.Equal("2", record.Headings[3].Number);
    }

    [Fact]
    public void Action_paragraphs_become_action_items_that_know_clause_0()
    {
        var record = Bind("# 0 Actions\n\nRG-IEM-1: to request TSAG to agree TSAG-TD624R2.\n\n# 1 Body\n\nText.\n\nRG-IEM-1: to request TSAG to agree TSAG-TD624R2.\n\nAction 2:\tTSAG is invited to approve.\n");
        Assert.Equal(3, record.Actions.Count);
        Assert.Equal(["RG-IEM-1|True", "RG-IEM-1|False", "Action 2|False"], record.Actions.Select(a => $"{a.Id}|{a.InSummary}"));
        Assert.Equal("to request TSAG to agree TSAG-TD624R2.", BlockWalker.PlainText(record.Actions[0].Inlines));
        Assert.Equal("TSAG is invited to approve.", BlockWalker.PlainText(record.Actions[2].Inlines));
        var label = record.Actions[0].LabelLocation;
        Assert.Equal((14, 0, 9), (label.Start.Line, label.Start.Character, label.End.Character));
    }

    [Fact]
    public void A_bold_label_is_recognised_and_removed()
    {
        var record = Bind("**RG-IEM-3:** to request TSAG to note it.\n");
        var action = Assert.Single(record.Actions);
        Assert.Equal(3, action.Number);
        Assert.Equal("to request TSAG to note it.", BlockWalker.PlainText(action.Inlines));
    }

    [Theory]
    [InlineData("WTSA-20: the assembly met in New Delhi.")]
    [InlineData("TSAG-TD624R2: updated action plan.")]
    [InlineData("Actions: none.")]
    public void Prose_that_looks_like_a_label_is_not_an_action(string paragraph) =>
        Assert.Empty(Bind(paragraph + "\n").Actions);

    [Fact]
    public void A_foreign_group_prefix_is_still_an_action()
    {
        var action = Assert.Single(Bind("RG-WPR-4: Approve outgoing LS TD165.\n").Actions);
        Assert.Equal("RG-WPR", action.Prefix);
    }

    [Fact]
    public void Lists_tables_quotes_and_code_bind_to_their_model_blocks()
    {
        var record = Bind("""
            - one
              - nested
            - two

            3. third
            4. fourth

            | A | B |
            |---|:-:|
            | 1 | 2 |

            > quoted

            ```
            code
            ```
            """);
        var bullets = Assert.IsType<ListBlock>(record.Body[0]);
        Assert.False(bullets.Ordered);
        Assert.IsType<ListBlock>(bullets.Items[0].Blocks[1]);
        var ordered = Assert.IsType<ListBlock>(record.Body[1]);
        Assert.Equal(3, ordered.Start);
        var table = Assert.IsType<TableBlock>(record.Body[2]);
        Assert.Equal([ColumnAlignment.Default, ColumnAlignment.Center], table.Alignments);
        Assert.True(table.Rows[0].IsHeader);
        Assert.False(table.Rows[1].IsHeader);
        Assert.IsType<QuoteBlock>(record.Body[3]);
        Assert.Equal("code", Assert.IsType<CodeBlock>(record.Body[4]).Text);
    }

    [Fact]
    public void Emphasis_links_and_tabs_survive_binding()
    {
        var paragraph = Assert.IsType<ParagraphBlock>(Bind("A *b* **c** ~~d~~ `e` [f](https://itu.int) g\th\n").Body[0]);
        Assert.Contains(paragraph.Inlines, i => i is StyledRun { Style: InlineStyle.Italic });
        Assert.Contains(paragraph.Inlines, i => i is StyledRun { Style: InlineStyle.Bold });
        Assert.Contains(paragraph.Inlines, i => i is StyledRun { Style: InlineStyle.Strikethrough });
        Assert.Contains(paragraph.Inlines, i => i is CodeRun { Text: "e" });
        Assert.Contains(paragraph.Inlines, i => i is LinkRun { Url: "https://itu.int" });
        Assert.EndsWith("g\th", BlockWalker.PlainText(paragraph.Inlines), StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_HTML_is_a_warning_and_never_passes_through_and_an_image_without_a_file_is_an_error()
    {
        var (record, diagnostics) = Records.Bind(Records.WithBody("<div>x</div>\n\nText <b>bold</b> ![logo](logo.png)\n"));
        Assert.Equal(["RG2008", "RG2008", "RG2008", "RG2032"], diagnostics.Ids());
        Assert.DoesNotContain(record!.Record.Body, b => BlockWalker.InlineGroups(b).Any(g => BlockWalker.PlainText(g).Contains('<', StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(40, "- ")]
    [InlineData(40, "> ")]
    public void Ten_thousand_nesting_levels_are_refused_quickly(int _, string marker)
    {
        string body = string.Concat(Enumerable.Repeat(marker, 10_000)) + "x\n";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (record, diagnostics) = Records.Bind(Records.WithBody(body));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
        Assert.Equal("RG2001", Assert.Single(diagnostics).Id);
        Assert.Empty(record!.Record.Body);
    }

    [Fact]
    public void A_thousand_indented_list_levels_are_refused_quickly()
    {
        // 10,000 indented levels need 100 MB of spaces, far over the 8 MiB file limit (RG0004); 1,000 levels is 1 MB.
        string body = string.Join("\n", Enumerable.Range(0, 1_000).Select(i => new string(' ', i * 2) + "- item")) + "\n";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (_, diagnostics) = Records.Bind(Records.WithBody(body));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
        Assert.Equal("RG2001", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void Body_positions_are_file_positions()
    {
        var record = Bind("# 1 Introduction\n\nSome text.\n");
        Assert.Equal(12, record.Body[0].Location.Start.Line);
        var text = (TextRun)((ParagraphBlock)record.Body[1]).Inlines[0];
        Assert.Equal(14, text.Location!.Start.Line);
        Assert.Equal(0, text.Location.Start.Character);
    }

    [Fact]
    public void Table_cell_text_is_located_where_it_is_written_not_at_the_padding()
    {
        var record = Bind("| A |   M2 |\n|---|---|\n| Number of participants |  **7** |\n|x|49|\n");
        var table = Assert.IsType<TableBlock>(record.Body[0]);
        var m2 = (TextRun)table.Rows[0].Cells[1].Inlines[0];
        Assert.Equal((12, 8, 10), (m2.Location!.Start.Line, m2.Location.Start.Character, m2.Location.End.Character));
        var label = (TextRun)table.Rows[1].Cells[0].Inlines[0];
        Assert.Equal((14, 2), (label.Location!.Start.Line, label.Location.Start.Character));
        var bold = (TextRun)((StyledRun)table.Rows[1].Cells[1].Inlines[0]).Children[0];
        Assert.Equal(30, bold.Location!.Start.Character);
        var tight = (TextRun)table.Rows[2].Cells[1].Inlines[0];
        Assert.Equal((15, 3), (tight.Location!.Start.Line, tight.Location.Start.Character));
    }
}
