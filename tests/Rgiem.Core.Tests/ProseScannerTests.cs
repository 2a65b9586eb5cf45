using Rgiem.Core.Validation;
using Rgiem.Testing;

namespace Rgiem.Core.Tests;

public class ProseScannerTests
{
    [Fact]
    public void Maps_offsets_in_body_prose_back_to_file_columns()
    {
        var (record, _) = Records.Bind(Records.WithBody("# 1 Intro\n\nThe meeting noted *TSAG-TD624R2* and\nTD666 later.\n"));
        var segments = ProseScanner.Collect(record!);
        var paragraph = segments.Single(s => s.Origin == ProseOrigin.Paragraph);
        Assert.Equal("The meeting noted TSAG-TD624R2 and TD666 later.", paragraph.Text);
        var reference = paragraph.Locate(paragraph.Text.IndexOf("TSAG-TD624R2", StringComparison.Ordinal), 12);
        Assert.Equal((14, 19, 31), (reference.Start.Line, reference.Start.Character, reference.End.Character));
        var next = paragraph.Locate(paragraph.Text.IndexOf("TD666", StringComparison.Ordinal), 5);
        Assert.Equal((15, 0), (next.Start.Line, next.Start.Character));
    }

    [Fact]
    public void Maps_folded_front_matter_text_to_the_line_each_word_is_on()
    {
        string text = Records.FrontMatter.Replace("abstract: This TD contains the draft report.", "abstract: >-\n  This TD contains\n  the draft report of TBC.", StringComparison.Ordinal);
        var (record, diagnostics) = Records.Bind(text);
        Assert.Empty(diagnostics);
        var abstractText = ProseScanner.Collect(record!).Single(s => s.Field == "abstract");
        Assert.Equal("This TD contains the draft report of TBC.", abstractText.Text);
        var tbc = abstractText.Locate(abstractText.Text.IndexOf("TBC", StringComparison.Ordinal), 3);
        Assert.Equal((12, 22), (tbc.Start.Line, tbc.Start.Character));
    }

    [Fact]
    public void Collects_headings_actions_table_cells_and_the_action_field()
    {
        string text = Records.FrontMatter.Replace("abstract:", "action: TSAG is invited to note TD1.\nabstract:", StringComparison.Ordinal)
            + "# 1 Intro\n\nRG-IEM-1: to note TD2.\n\n| A | B |\n|---|---|\n| TD3 | x |\n";
        var (record, _) = Records.Bind(text);
        var segments = ProseScanner.Collect(record!);
        Assert.Contains(segments, s => s.Field == "action" && s.Text == "TSAG is invited to note TD1.");
        Assert.Contains(segments, s => s.Origin == ProseOrigin.Heading && s.Text == "Intro");
        Assert.Contains(segments, s => s.Origin == ProseOrigin.Action && s.Text == "to note TD2.");
        Assert.Contains(segments, s => s.Origin == ProseOrigin.TableCell && s.Text == "TD3");
    }
}
