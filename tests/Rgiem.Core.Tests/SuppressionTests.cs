using Rgiem.Core.Compilation;
using Rgiem.Testing;

namespace Rgiem.Core.Tests;

/// <summary>Inline suppressions in the Markdown (markdownlint style): next line, blocks, unused and unknown ones.</summary>
public class SuppressionTests
{
    /// <summary>Checks a record as <c>rgiem check</c> does (the compiler applies the suppressions).</summary>
    private static IReadOnlyList<string> Check(string body)
    {
        using var folder = new TempFolder();
        string path = folder.Write("record.md", Records.WithBody(body));
        var result = Compiler.Compile(new CompilationOptions([path], folder.FullPath, MaxDegreeOfParallelism: 1));
        return result.AllDiagnostics.Brief();
    }

    [Fact]
    public void Without_a_comment_the_placeholder_is_reported()
    {
        Assert.Contains(Check("# 1 Intro\n\nThe date is TBC.\n"), d => d.StartsWith("RG7001@", StringComparison.Ordinal));
    }

    [Fact]
    public void Disable_next_line_hides_the_diagnostics_of_the_next_line_only()
    {
        var found = Check("# 1 Intro\n\n<!-- rgiem-disable-next-line RG7001 -->\nThe date is TBC.\n\nThe place is TBC.\n");
        Assert.Single(found, d => d.StartsWith("RG7001@", StringComparison.Ordinal));
        Assert.DoesNotContain(found, d => d.StartsWith("RG0070", StringComparison.Ordinal));
    }

    [Fact]
    public void A_suppression_comment_is_not_reported_as_raw_HTML_but_another_comment_is()
    {
        var found = Check("# 1 Intro\n\n<!-- rgiem-disable-next-line RG7001 -->\nThe date is TBC.\n\n<!-- a note -->\n\nText.\n");
        Assert.Equal(["RG2008@18:1"], found.Where(d => d.StartsWith("RG2008", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_block_hides_the_lines_up_to_its_enable_and_no_further()
    {
        var found = Check("# 1 Intro\n\n<!-- rgiem-disable RG7001 -->\nThe date is TBC.\n\nThe time is TBC.\n<!-- rgiem-enable RG7001 -->\n\nThe place is TBC.\n");
        Assert.Single(found, d => d.StartsWith("RG7001@", StringComparison.Ordinal));
        Assert.DoesNotContain(found, d => d.StartsWith("RG007", StringComparison.Ordinal));
    }

    [Fact]
    public void A_comment_without_ids_hides_every_rule_and_another_rules_id_hides_nothing()
    {
        Assert.DoesNotContain(Check("# 1 Intro\n\n<!-- rgiem-disable-next-line -->\nThe date is TBC.\n"), d => d.StartsWith("RG7001@", StringComparison.Ordinal));
        var other = Check("# 1 Intro\n\n<!-- rgiem-disable-next-line RG7003 -->\nThe date is TBC.\n");
        Assert.Contains(other, d => d.StartsWith("RG7001@", StringComparison.Ordinal));
        Assert.Contains(other, d => d.StartsWith("RG0070@", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unused_suppression_and_an_unknown_id_are_reported_at_the_comment()
    {
        var found = Check("# 1 Intro\n\n<!-- rgiem-disable-next-line RG7001 -->\nThe meeting was held in Geneva.\n\n<!-- rgiem-disable-next-line RG7010 -->\nText.\n");
        Assert.Contains(found, d => d.StartsWith("RG0070@", StringComparison.Ordinal));
        Assert.Contains(found, d => d.StartsWith("RG0071@", StringComparison.Ordinal));
    }

    [Fact]
    public void A_comment_in_a_code_block_is_text()
    {
        var found = Check("# 1 Intro\n\n```markdown\n<!-- rgiem-disable-next-line RG7001 -->\n```\n\nThe date is TBC.\n");
        Assert.Contains(found, d => d.StartsWith("RG7001@", StringComparison.Ordinal));
        Assert.DoesNotContain(found, d => d.StartsWith("RG007", StringComparison.Ordinal));
    }
}
