using Rgiem.Core.Model;
using Rgiem.Testing;

namespace Rgiem.Core.Tests;

public class CrossReferenceTests
{
    // The body of Records.WithBody starts on line 13.
    private static (MeetingRecord Record, IReadOnlyList<string> Diagnostics) Check(string body)
    {
        var (record, diagnostics) = Records.Check(Records.WithBody(body));
        Assert.NotNull(record);
        return (record.Record, diagnostics.Brief());
    }

    [Fact]
    public void Citations_are_cut_out_of_the_text_and_read_their_target()
    {
        var (record, diagnostics) = Check(
            "# 1 Scope {#sec:scope}\n\nSee @sec:scope, @tbl:one and @Sec:terms. Mail joe@sec:scope.org.\n\n" +
            "Table: One {#tbl:one}\n\n| a |\n|---|\n| 1 |\n\n# Annex A: Terms {#sec:terms}\n\nText.\n");
        Assert.DoesNotContain(diagnostics, d => d.StartsWith("RG204", StringComparison.Ordinal));
        var citations = BlockWalker.Leaves(((ParagraphBlock)record.Body[1]).Inlines).OfType<CrossReferenceRun>().ToList();
        Assert.Equal(["sec:scope|False", "tbl:one|False", "sec:terms|True"], citations.Select(c => $"{c.Id}|{c.Capitalized}"));
        Assert.Equal(15, citations[0].Location!.Start.Line + 1);
        Assert.Equal(4, citations[0].Location!.Start.Character);

        var index = CrossReferences.Of(record.Body);
        Assert.Equal("clause 1", index.Targets["sec:scope"].Text(false));
        Assert.Equal("Table 1", index.Targets["tbl:one"].Text(false));
        Assert.Equal("Annex A", index.Targets["sec:terms"].Text(true));
        Assert.Equal("Scope", BlockWalker.PlainText(record.Headings[0].Title));
        Assert.Contains("joe@sec:scope.org.", BlockWalker.PlainText(((ParagraphBlock)record.Body[1]).Inlines), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_id_and_a_duplicate_id_are_errors_at_their_lines()
    {
        var (_, diagnostics) = Check(
            "# 1 Scope {#sec:scope}\n\nAs @sec:scpe says^[And @fig:none.].\n\n# 2 Other {#sec:scope}\n\nText.\n");
        Assert.Contains("RG2041@15:4", diagnostics);
        Assert.Contains("RG2041@15:24", diagnostics);
        Assert.Contains("RG2042@17:1", diagnostics);
    }

    [Fact]
    public void The_unknown_id_message_suggests_the_closest_id()
    {
        var (_, diagnostics) = Records.Check(Records.WithBody("# 1 Scope {#sec:scope}\n\nAs @sec:scpe says.\n"));
        var unknown = Assert.Single(diagnostics, d => d.Id == "RG2041");
        Assert.Contains("did you mean '@sec:scope'", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Citations_inside_captions_and_footnotes_are_found()
    {
        var (record, diagnostics) = Check(
            "# 1 Scope {#sec:scope}\n\nText[^n].\n\nTable: As in @sec:scope {#tbl:t}\n\n| a |\n|---|\n| 1 |\n\n[^n]: See @tbl:t.\n");
        Assert.DoesNotContain(diagnostics, d => d.StartsWith("RG204", StringComparison.Ordinal));
        Assert.Equal(["sec:scope", "tbl:t"], CrossReferences.Of(record.Body).Citations.Select(c => c.Id).Order());
    }

    [Fact]
    public void The_statistics_table_is_numbered_with_the_other_tables_and_takes_the_caption_before_it()
    {
        var (record, _) = Check(
            "# 1 Body\n\nSee @tbl:stats.\n\n# Annex A: Terms\n\nTable: Terms {#tbl:terms}\n\n| a |\n|---|\n| 1 |\n\n" +
            "Table: Participation {#tbl:stats}\n\n```{statistics}\n```\n\n# Annex B: More\n\n```{statistics}\n```\n");
        var directives = record.Body.OfType<StatisticsDirectiveBlock>().ToList();
        Assert.Equal(["A.2|tbl:stats|Participation", "B.1||"], directives.Select(d => $"{d.Number}|{d.Id}|{(d.Caption is null ? string.Empty : BlockWalker.PlainText(d.Caption))}"));
        Assert.Equal("Table A.2", CrossReferences.Of(record.Body).Targets["tbl:stats"].Text(false));
    }
}
