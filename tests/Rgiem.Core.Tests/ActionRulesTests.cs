using Rgiem.Testing;

namespace Rgiem.Core.Tests;

public class ActionRulesTests
{
    private static IReadOnlyList<string> Check(string body, string? frontMatter = null) =>
        Records.Check((frontMatter ?? Records.FrontMatter) + body).Diagnostics.Where(d => d.Id.StartsWith("RG3", StringComparison.Ordinal)).Brief();

    private static readonly string Consistent = """
        # 0 Actions

        RG-IEM-1: to request TSAG to agree TSAG-TD624R2.

        RG-IEM-2: to request TSAG to approve the liaison statement in TSAG-TD671.

        # 1 Industry engagement

        Discussion.

        RG-IEM-1: to request TSAG to agree TSAG-TD624R2.

        RG-IEM-2: to request TSAG to approve the liaison{NBSP}statement in TSAG-TD671.
        """.Replace("{NBSP}", "\u00A0", StringComparison.Ordinal);

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        int index = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(index >= 0, "test text not found: " + old);
        return text[..index] + replacement + text[(index + old.Length)..];
    }

    [Fact]
    public void A_summary_that_matches_the_body_is_quiet_even_with_NBSP() => Assert.Empty(Check(Consistent));

    [Fact]
    public void Numbered_actions_in_sequence_are_quiet() =>
        Assert.Empty(Check("# 2 Results\n\nAction 1:\tTSAG is invited to approve TSAG-TD256.\n\nAction 2:\tTSAG is invited to approve TSAG-TD257.\n"));

    [Fact]
    public void A_gap_is_RG3002()
    {
        var (_, diagnostics) = Records.Check(Records.WithBody("Action 1:\tA.\n\nAction 3:\tB.\n"));
        var gap = Assert.Single(diagnostics);
        Assert.Equal("RG3002", gap.Id);
        Assert.Equal((14, 0), (gap.Location.Start.Line, gap.Location.Start.Character));
        Assert.Contains("expected Action 2", gap.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_is_RG3003() =>
        Assert.Equal(["RG3003@15:1"], Check("RG-IEM-1: A.\n\nRG-IEM-1: B.\n"));

    [Fact]
    public void A_slip_of_the_prefix_is_RG3001_and_not_part_of_the_numbering() =>
        Assert.Equal(["RG3001@13:1"], Check("RG-IME-4: Approve the outgoing LS.\n\nRG-IEM-1: to request TSAG to note it.\n"));

    [Fact]
    public void Another_groups_action_is_forwarded_quietly_and_not_part_of_the_numbering() =>
        Assert.Empty(Check("RG-WPR-4: Approve the outgoing LS.\n\nRG-IEM-1: to request TSAG to note it.\n"));

    [Fact]
    public void Two_styles_in_one_record_is_RG3008() =>
        Assert.Equal(["RG3008@15:1"], Check("RG-IEM-1: A.\n\nAction 2:\tB.\n").Where(d => d.StartsWith("RG3008", StringComparison.Ordinal)).ToList());

    [Fact]
    public void The_prefix_comes_from_action_prefix_before_group()
    {
        string frontMatter = Records.FrontMatter.Replace("group: RG-IEM", "group: RG-IEM\naction-prefix: RG-WPR", StringComparison.Ordinal);
        Assert.Equal(["RG3001@16:1"], Check("RG-WPR-1: Approve A.\n\nRG-WRP-1: B.\n", frontMatter));
    }

    [Fact]
    public void A_summary_item_missing_from_the_body_is_RG3004() =>
        Assert.Equal(["RG3004@19:1"], Check(Consistent.Replace("RG-IEM-2: to request TSAG to approve the liaison statement in TSAG-TD671.\n\n# 1", "RG-IEM-2: to request TSAG to approve the liaison statement in TSAG-TD671.\n\nRG-IEM-3: extra.\n\n# 1", StringComparison.Ordinal)).Where(d => d.StartsWith("RG3004", StringComparison.Ordinal)).ToList());

    [Fact]
    public void A_body_item_missing_from_the_summary_is_RG3005()
    {
        string body = Consistent + "\n\nRG-IEM-3: to request TSAG to note TSAG-TD680.\n";
        Assert.Equal(["RG3005@27:1"], Check(body));
    }

    [Fact]
    public void A_summary_in_another_order_is_RG3006()
    {
        string swapped = Consistent.Replace(
            "RG-IEM-1: to request TSAG to agree TSAG-TD624R2.\n\nRG-IEM-2: to request TSAG to approve the liaison statement in TSAG-TD671.\n\n# 1",
            "RG-IEM-2: to request TSAG to approve the liaison statement in TSAG-TD671.\n\nRG-IEM-1: to request TSAG to agree TSAG-TD624R2.\n\n# 1",
            StringComparison.Ordinal);
        Assert.Equal(["RG3006@15:1", "RG3006@17:1"], Check(swapped));
    }

    [Fact]
    public void Different_words_are_RG3007_quoting_both_texts()
    {
        string changed = ReplaceFirst(Consistent, "RG-IEM-1: to request TSAG to agree TSAG-TD624R2.", "RG-IEM-1: to request TSAG to note TSAG-TD624R2.");
        var (_, diagnostics) = Records.Check(Records.WithBody(changed));
        var text = Assert.Single(diagnostics);
        Assert.Equal("RG3007", text.Id);
        Assert.Equal(14, text.Location.Start.Line);
        Assert.Contains("line 23", text.Message, StringComparison.Ordinal);
        Assert.Contains("'…note TSAG-TD624R2.' vs '…agree TSAG-TD624R2.'", text.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dashes_and_white_space_do_not_count_as_differences() =>
        Assert.Empty(Check(ReplaceFirst(Consistent, "TSAG to agree TSAG-TD624R2.", "TSAG  to agree TSAG\u2011TD624R2.")));
}
