using Rgiem.Core.Model;
using Rgiem.Testing;

namespace Rgiem.Core.Tests;

public class FootnoteTests
{
    // The body of Records.WithBody starts on line 13.
    private static (MeetingRecord Record, IReadOnlyList<string> Diagnostics) Bind(string body)
    {
        var (record, diagnostics) = Records.Bind(Records.WithBody(body));
        Assert.NotNull(record);
        return (record.Record, diagnostics.Brief());
    }

    private static IReadOnlyList<FootnoteRun> Notes(MeetingRecord record) =>
        BlockWalker.Leaves(((ParagraphBlock)record.Body[0]).Inlines).OfType<FootnoteRun>().ToList();

    [Fact]
    public void A_cited_footnote_carries_its_text_with_its_formatting()
    {
        var (record, diagnostics) = Bind("A report[^src] of the meeting.\n\n[^src]: As given by *TSB*.\n");
        Assert.Empty(diagnostics);
        var note = Assert.Single(Notes(record));
        Assert.Equal("src", note.Label);
        Assert.Equal(12, note.Location!.Start.Line);
        Assert.Equal(8, note.Location.Start.Character);
        var text = Assert.IsType<ParagraphBlock>(Assert.Single(note.Blocks));
        Assert.Contains(text.Inlines, i => i is StyledRun { Style: InlineStyle.Italic });
        Assert.Equal("A report  of the meeting.", BlockWalker.PlainText(((ParagraphBlock)record.Body[0]).Inlines));
        Assert.Single(record.Body);
    }

    [Fact]
    public void An_inline_note_is_cut_out_of_the_sentence_with_its_own_inlines()
    {
        var (record, diagnostics) = Bind("Figures^[From the **registration** list [see](https://www.itu.int).] of TSB and [a] ^ b.\n");
        Assert.Empty(diagnostics);
        var note = Assert.Single(Notes(record));
        Assert.Null(note.Label);
        var text = (ParagraphBlock)Assert.Single(note.Blocks);
        Assert.Equal("From the registration list see.", BlockWalker.PlainText(text.Inlines));
        Assert.Contains(text.Inlines, i => i is LinkRun);
        Assert.EndsWith(" of TSB and [a] ^ b.", BlockWalker.PlainText(((ParagraphBlock)record.Body[0]).Inlines));
    }

    [Fact]
    public void A_second_citation_of_a_note_is_a_repeat()
    {
        var (record, _) = Bind("One[^a] and two[^a].\n\n[^a]: The note.\n");
        Assert.Equal([false, true], Notes(record).Select(n => n.Repeat));
        Assert.Single(BlockWalker.Footnotes(record.Body));
    }

    [Fact]
    public void An_undefined_citation_and_an_unused_definition_are_reported_at_their_lines()
    {
        var (_, diagnostics) = Bind("Text[^missing] and a caret^ later.\n\n[^unused]: Never cited.\n");
        Assert.Equal(["RG2030@13:5", "RG2031@15:1"], diagnostics);
    }

    [Fact]
    public void A_note_that_cites_itself_is_reported_and_its_citation_printed_as_written()
    {
        // Line 13: the text; 15: [^self]; 17: [^ping]; 19: [^pong]. Binding recursed until the stack overflowed before.
        var (record, diagnostics) = Bind("A loop[^self] and a pair[^ping].\n\n[^self]: See [^self].\n\n[^ping]: Ping [^pong].\n\n[^pong]: Pong [^ping].\n");
        Assert.Equal(["RG2058@15:14", "RG2058@19:15"], diagnostics);
        var notes = Notes(record);
        Assert.Equal(["self", "ping"], notes.Select(n => n.Label));
        Assert.Equal("See [^self].", BlockWalker.PlainText(((ParagraphBlock)Assert.Single(notes[0].Blocks)).Inlines));
        var pong = Assert.Single(BlockWalker.Leaves(((ParagraphBlock)Assert.Single(notes[1].Blocks)).Inlines).OfType<FootnoteRun>());
        Assert.Equal("Pong [^ping].", BlockWalker.PlainText(((ParagraphBlock)Assert.Single(pong.Blocks)).Inlines));
    }

    [Fact]
    public void A_note_inside_a_note_is_still_bound_and_a_chain_past_the_limit_is_cut()
    {
        var (record, diagnostics) = Bind("Outer[^a].\n\n[^a]: Cites [^b].\n\n[^b]: Inner.\n");
        Assert.Empty(diagnostics);
        Assert.Single(BlockWalker.Leaves(((ParagraphBlock)Assert.Single(Assert.Single(Notes(record)).Blocks)).Inlines).OfType<FootnoteRun>());

        // A chain of 5,000 notes, each citing the next: followed 8 deep, then one RG2059, in linear time.
        const int count = 5000;
        var body = new System.Text.StringBuilder("Start[^n0].\n");
        for (int i = 0; i < count; i++)
        {
            body.Append("\n[^n").Append(i).Append("]: Next [^n").Append(i + 1).Append("].\n");
        }

        body.Append("\n[^n").Append(count).Append("]: End.\n");
        var (_, chain) = Bind(body.ToString());
        Assert.Single(chain, d => d.StartsWith("RG2059", StringComparison.Ordinal));
        Assert.All(chain, d => Assert.True(d.StartsWith("RG2059", StringComparison.Ordinal) || d.StartsWith("RG2031", StringComparison.Ordinal), d));
    }

    [Fact]
    public void An_unclosed_inline_note_is_text()
    {
        var (record, diagnostics) = Bind("A caret^[ without its bracket.\n");
        Assert.Empty(diagnostics);
        Assert.Equal("A caret^[ without its bracket.", BlockWalker.PlainText(((ParagraphBlock)record.Body[0]).Inlines));
    }

    [Fact]
    public void Document_references_inside_footnotes_are_checked_where_they_are_written()
    {
        var (_, diagnostics) = Records.Check(Records.WithBody("Agreed[^a] and noted^[See TSAG-TD624R0 now.].\n\n[^a]: See TSAG-TD624R0 here.\n"));
        var brief = diagnostics.Brief();
        Assert.Contains("RG4007@15:11", brief);
        Assert.Contains("RG4007@13:27", brief);
    }

    [Fact]
    public void Footnote_paragraphs_are_never_action_items()
    {
        var (record, _) = Bind("# 0 Actions\n\nText[^a].\n\n[^a]: Action 1: not an action.\n");
        Assert.Empty(record.Actions);
    }
}
