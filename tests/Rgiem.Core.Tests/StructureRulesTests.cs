using Rgiem.Testing;

namespace Rgiem.Core.Tests;

public class StructureRulesTests
{
    // The standard front matter ends on line 11, so a body's first line is line 13.
    private static IReadOnlyList<string> Check(string body) =>
        Records.Check(Records.WithBody(body)).Diagnostics.Where(d => d.Id.StartsWith("RG2", StringComparison.Ordinal) && d.Id != "RG2040").Brief(); // the numbering tests' clauses are headings alone

    [Fact]
    public void Sequential_written_and_generated_numbers_are_quiet() =>
        Assert.Empty(Check("# 0 Actions\n\n# 1 Introduction\n\n## 1.1 Scope\n\n## Other\n\n# 2 Results\n\n## 2.1 A\n\n### 2.1.1 B\n\n# Annex A: ToR\n\n## A.1 Scope\n\n# Annex B: Statistics\n"));

    [Fact]
    public void A_gap_is_RG2002_with_the_expected_number()
    {
        var (_, diagnostics) = Records.Check(Records.WithBody("# 1 Introduction\n\nText.\n\n# 3 Results\n\nText.\n"));
        var gap = Assert.Single(diagnostics);
        Assert.Equal("RG2002@17:1", new[] { gap }.Brief()[0]);
        Assert.Contains("expected 2", gap.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_clause_must_be_0_or_1() =>
        Assert.Equal(["RG2002@13:1"], Check("# 2 Introduction\n"));

    [Fact]
    public void A_duplicate_is_RG2003_naming_the_first_line() =>
        Assert.Equal(["RG2003@17:1"], Check("# 2 Results\n\n## 2.1 Plan\n\n## 2.1 Workshop\n").Skip(1).ToList());

    [Fact]
    public void A_sub_clause_under_the_wrong_parent_is_RG2004() =>
        Assert.Equal(["RG2004@15:1"], Check("# 1 Intro\n\n## 2.1 Plan\n"));

    [Fact]
    public void A_missing_intermediate_parent_is_RG2004() =>
        Assert.Equal(["RG2004@15:1", "RG2009@15:1"], Check("# 1 Intro\n\n### 1.1.1 Detail\n"));

    [Fact]
    public void A_number_at_the_wrong_heading_level_is_RG2005() =>
        Assert.Equal(["RG2005@15:1"], Check("# 1 Intro\n\n# 1.1 Scope\n"));

    [Fact]
    public void Annex_letters_must_follow_each_other() =>
        Assert.Equal(["RG2006@15:1"], Check("# Annex A: ToR\n\n# Annex C: Statistics\n"));

    [Fact]
    public void A_clause_after_an_annex_is_RG2011() =>
        Assert.Equal(["RG2011@15:1"], Check("# Annex A: ToR\n\n# 3 Future meetings\n"));

    [Fact]
    public void An_annex_clause_of_another_annex_is_RG2004() =>
        Assert.Equal(["RG2004@15:1"], Check("# Annex A: ToR\n\n## B.1 Scope\n"));

    [Fact]
    public void A_skipped_heading_level_is_RG2009() =>
        Assert.Equal(["RG2009@15:1"], Check("# Results\n\n### Detail\n"));

    [Fact]
    public void A_cited_annex_must_exist()
    {
        var diagnostics = Check("# 1 Intro\n\nStatistics are in Annex C and the ToR in Annex A.\n\n# Annex A: ToR\n");
        Assert.Equal(["RG2007@15:19"], diagnostics);
    }

    [Theory]
    [InlineData("A list of documents is provided in Annex A of the same document.")]
    [InlineData("The ToR are provided in Annex B of TSAG-TD520.")]
    [InlineData("In response, the contributor noted that the content of Annex A was not mature yet.")]
    [InlineData("See Annex 2 to Resolution 68.")]
    [InlineData("TSAG-C015R1 proposed a circular letter in Annex A.")]
    public void Another_documents_annex_is_not_checked(string paragraph) =>
        Assert.Empty(Check("# 1 Intro\n\n" + paragraph + "\n"));
}
