using Rgiem.Core.Model;
using Rgiem.Testing;

namespace Rgiem.Core.Tests.Critic;

public class CriticMarkupBindingTests
{
    // The body of Records.WithBody starts on line 13.
    private static (MeetingRecord Record, IReadOnlyList<string> Diagnostics) Bind(string body)
    {
        var (record, diagnostics) = Records.Bind(Records.WithBody("# 1 Introduction\n\n" + body));
        Assert.NotNull(record);
        return (record.Record, diagnostics.Brief());
    }

    private static IReadOnlyList<Inline> Paragraph(MeetingRecord record) => ((ParagraphBlock)record.Body[1]).Inlines;

    [Fact]
    public void Insertions_and_deletions_become_revisions_and_the_text_reads_as_accepted()
    {
        var (record, diagnostics) = Bind("The group {--did not agree--}{++agreed++} on *the {++revised ++}plan*.\n");
        Assert.Empty(diagnostics);
        var inlines = Paragraph(record);
        var deleted = Assert.IsType<RevisionRun>(inlines[1]);
        Assert.Equal(RevisionKind.Delete, deleted.Kind);
        Assert.Equal("did not agree", BlockWalker.PlainText(deleted.Children));
        Assert.Equal(RevisionKind.Insert, Assert.IsType<RevisionRun>(inlines[2]).Kind);
        Assert.Equal("The group agreed on the revised plan.", BlockWalker.PlainText(inlines));
        Assert.Equal(14, deleted.Location!.Start.Line); // zero-based
        Assert.Equal(10, deleted.Location.Start.Character);
    }

    [Fact]
    public void A_substitution_is_a_deletion_then_an_insertion_with_one_attribution()
    {
        var (record, diagnostics) = Bind("Meet in {~~@Jane Doe 2026-12-01T14:30Z: Paris~>**Geneva**~~} again.\n");
        Assert.Empty(diagnostics);
        var runs = Paragraph(record).OfType<RevisionRun>().ToList();
        Assert.Equal([RevisionKind.Delete, RevisionKind.Insert], runs.Select(r => r.Kind));
        Assert.All(runs, r => Assert.True(r.Substitution));
        Assert.All(runs, r => Assert.Equal(new Attribution("Jane Doe", new DateTime(2026, 12, 1, 14, 30, 0, DateTimeKind.Utc)), r.Attribution));
        Assert.Equal("Paris", BlockWalker.PlainText(runs[0].Children));
        Assert.IsType<StyledRun>(Assert.Single(runs[1].Children));
        Assert.Equal("Meet in Geneva again.", BlockWalker.PlainText(Paragraph(record)));
    }

    [Fact]
    public void A_highlight_followed_by_a_comment_is_the_comments_anchor()
    {
        var (record, diagnostics) = Bind("The {==action plan==}{>>@alice 2026-12-01: which *version*?<<} was agreed{>>@bob: check<<}.\n");
        Assert.Empty(diagnostics);
        var comments = Paragraph(record).OfType<CommentRun>().ToList();
        Assert.Equal(2, comments.Count);
        Assert.Equal("action plan", BlockWalker.PlainText(comments[0].Anchor));
        Assert.Equal("which version?", BlockWalker.PlainText(comments[0].Text));
        Assert.Equal(new Attribution("alice", new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc)), comments[0].Attribution);
        Assert.Empty(comments[1].Anchor);
        Assert.Equal(new Attribution("bob", null), comments[1].Attribution);
        Assert.Equal("The action plan was agreed.", BlockWalker.PlainText(Paragraph(record)));
    }

    [Fact]
    public void A_highlight_alone_is_highlighted_text()
    {
        var (record, diagnostics) = Bind("See {==this==}.\n");
        Assert.Empty(diagnostics);
        var comment = Assert.Single(Paragraph(record).OfType<CommentRun>());
        Assert.True(comment.HighlightOnly);
        Assert.Equal("See this.", BlockWalker.PlainText(Paragraph(record)));
    }

    [Fact]
    public void Mistakes_are_reported_where_they_are_written_and_kept_as_text()
    {
        var (record, diagnostics) = Bind("A {++never closed.\n\nB --} stray.\n\nC {~~no separator~~}.\n\nD {++a {--b--} c++}.\n\nE {++@x 2026-13-45: d++}.\n");
        Assert.Equal(["RG2050@15:3", "RG2051@17:3", "RG2052@19:3", "RG2054@21:8", "RG2053@23:3"], diagnostics);
        Assert.Equal("A {++never closed.", BlockWalker.PlainText(Paragraph(record)));
        Assert.Equal("D a {--b--} c.", BlockWalker.PlainText(((ParagraphBlock)record.Body[4]).Inlines));
    }

    [Fact]
    public void Markup_in_code_and_an_escaped_at_sign_are_text()
    {
        var (record, diagnostics) = Bind("Write `{++x++}` for an insertion; {++\\@home: here++}.\n");
        Assert.Empty(diagnostics);
        var insert = Assert.Single(Paragraph(record).OfType<RevisionRun>());
        Assert.Null(insert.Attribution.Author);
        Assert.Equal("@home: here", BlockWalker.PlainText(insert.Children));
    }

    [Fact]
    public void Revisions_in_a_table_cell_and_a_heading_are_bound_too()
    {
        var (record, diagnostics) = Records.Bind(Records.WithBody("# 1 Intro{++duction++}\n\n| A | B |\n|---|---|\n| {~~1~>2~~} | x |\n"));
        Assert.Empty(diagnostics.Brief());
        var body = record!.Record.Body;
        Assert.Contains(((HeadingBlock)body[0]).Title, i => i is RevisionRun);
        var table = body.OfType<TableBlock>().Single();
        Assert.Equal(2, table.Rows[1].Cells[0].Inlines.OfType<RevisionRun>().Count());
    }
}
