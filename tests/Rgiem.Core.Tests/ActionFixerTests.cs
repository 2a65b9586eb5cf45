using Rgiem.Core.Fixing;
using Rgiem.Testing;

namespace Rgiem.Core.Tests;

public class ActionFixerTests
{
    private static string? Fix(string body)
    {
        var (record, _) = Records.Bind(Records.WithBody(body));
        return ActionFixer.Fix(record!)?.Text[Records.FrontMatter.Length..];
    }

    [Fact]
    public void A_consistent_record_needs_no_fix() =>
        Assert.Null(Fix("# 0 Actions\n\nRG-IEM-1: a.\n\n# 1 Body\n\nRG-IEM-1: a.\n"));

    [Fact]
    public void Renumbers_body_actions_in_order_and_keeps_the_rest_byte_for_byte()
    {
        string fixedText = Fix("# 2 Results\n\nAction 2:\tTSAG is invited to approve *A*.\n\nText  with  spaces.\n\nAction 5:\tTSAG is invited to approve B.\n")!;
        Assert.Equal("# 2 Results\n\nAction 1:\tTSAG is invited to approve *A*.\n\nText  with  spaces.\n\nAction 2:\tTSAG is invited to approve B.\n", fixedText);
    }

    [Fact]
    public void Rewrites_clause_0_from_the_body()
    {
        string fixedText = Fix("# 0 Actions\n\nIntro sentence.\n\nRG-IEM-2: old.\n\nRG-IEM-7: gone.\n\n# 1 Body\n\nRG-IEM-1: first,\nwrapped.\n\nRG-IEM-1: second.\n")!;
        Assert.Equal("# 0 Actions\n\nIntro sentence.\n\nRG-IEM-1: first, wrapped.\n\nRG-IEM-2: second.\n\n# 1 Body\n\nRG-IEM-1: first,\nwrapped.\n\nRG-IEM-2: second.\n", fixedText);
    }

    [Fact]
    public void Keeps_a_clause_0_written_as_a_list_a_list()
    {
        string fixedText = Fix("# 0 Actions\n\n- RG-IEM-1: a.\n\n# 1 Body\n\nRG-IEM-1: a.\n\nRG-IEM-2: b.\n")!;
        Assert.Equal("# 0 Actions\n\n- RG-IEM-1: a.\n- RG-IEM-2: b.\n\n# 1 Body\n\nRG-IEM-1: a.\n\nRG-IEM-2: b.\n", fixedText);
    }

    [Fact]
    public void The_fixed_record_checks_clean()
    {
        string text = Records.WithBody("# 0 Actions\n\nRG-IEM-3: x.\n\n# 1 Body\n\nRG-IEM-2: to agree A.\n\nRG-IEM-2: to agree B.\n");
        Assert.NotEmpty(Records.Check(text).Diagnostics);
        var (record, _) = Records.Bind(text);
        string fixedText = ActionFixer.Fix(record!)!.Text;
        Assert.Empty(Records.Check(fixedText).Diagnostics);
    }
}
