using Rgiem.Core.Model;
using Rgiem.Testing;

namespace Rgiem.Core.Tests;

public class ItuParagraphTests
{
    private static (MeetingRecord Record, IReadOnlyList<string> Diagnostics) Bind(string body)
    {
        var (record, diagnostics) = Records.Bind(Records.WithBody(body));
        Assert.NotNull(record);
        return (record.Record, diagnostics.Brief());
    }

    [Fact]
    public void Note_paragraphs_are_notes_and_other_paragraphs_are_not()
    {
        var (record, _) = Bind("NOTE – One.\n\nNOTE 2 - Two.\n\nNOTES are many.\n\nA NOTE – no.\n");
        Assert.Equal([ParagraphKind.Note, ParagraphKind.Note, ParagraphKind.Normal, ParagraphKind.Normal], record.Body.OfType<ParagraphBlock>().Select(p => p.Kind));
    }

    [Fact]
    public void A_headingb_heading_is_a_run_in_paragraph_outside_the_clause_numbering()
    {
        var (record, diagnostics) = Bind("# 1 One\n\n### Discussion {.headingb}\n\nText.\n\n# 2 Two\n\nText.\n");
        Assert.DoesNotContain(diagnostics, d => d.StartsWith("RG200", StringComparison.Ordinal));
        var runIn = Assert.Single(record.Body.OfType<ParagraphBlock>(), p => p.Kind == ParagraphKind.Headingb);
        Assert.Equal("Discussion", BlockWalker.PlainText(runIn.Inlines));
        Assert.Equal(["1", "2"], record.Headings.Select(h => h.Number));
    }

    [Fact]
    public void A_call_directive_holds_call_paragraphs_with_their_positions()
    {
        var (record, diagnostics) = Bind("```{call}\n*considering*\n\nthat TSAG-TD624R2 exists,\n```\n\nText.\n");
        Assert.Empty(diagnostics);
        var calls = record.Body.OfType<ParagraphBlock>().Where(p => p.Kind == ParagraphKind.Call).ToList();
        Assert.Equal(2, calls.Count);
        var run = BlockWalker.Leaves(calls[1].Inlines).OfType<TextRun>().First();
        Assert.Equal((16, 0), (run.Location!.Start.Line + 1, run.Location.Start.Character));
    }

    [Fact]
    public void Plus_lists_are_dash_lists_and_parenthesis_lists_itu_numbered()
    {
        var (record, _) = Bind("+ one\n  + nested\n\n- bullet\n\n1) first\n2) second\n\n1. number\n");
        Assert.Equal([ListStyle.Dash, ListStyle.Default, ListStyle.Itu, ListStyle.Default], record.Body.OfType<ListBlock>().Select(l => l.Style));
    }
}
