using Rgiem.Testing;

namespace Rgiem.Core.Tests;

public class DocumentTypeRuleTests
{
    private static string With(string extra, string? frontMatter = null)
    {
        string text = frontMatter ?? Records.FrontMatter;
        return text.Insert(text.LastIndexOf("---\n", StringComparison.Ordinal), extra);
    }

    private static IReadOnlyList<string> Ids(string extra, string body = "\n# 1 Body\n\nText.\n") =>
        Records.Check(With(extra) + body).Diagnostics
            .Where(d => d.Id.StartsWith("RG104", StringComparison.Ordinal)).Select(d => d.Id).ToList();

    [Fact]
    public void A_td_needs_nothing_more_and_is_quiet() => Assert.Empty(Ids(string.Empty));

    [Fact]
    public void A_contribution_needs_questions_purpose_and_keywords()
    {
        Assert.Equal(["RG1040", "RG1040", "RG1040"], Ids("type: C\n"));
        Assert.Empty(Ids("type: C\nquestions: Q1/17\npurpose: Proposal\nkeywords: [a]\n"));
    }

    [Fact]
    public void A_report_with_its_meeting_is_quiet() =>
        Assert.Empty(Ids("type: Report\n"));

    [Fact]
    public void A_liaison_statement_needs_for_to_approval_and_a_deadline_for_action()
    {
        Assert.Equal(["RG1040", "RG1040", "RG1040"], Ids("type: LS\n"));
        Assert.Equal(["RG1040"], Ids("type: LS\nfor: action\nto: [ITU-T SG11]\napproval: Agreed\n"));
        Assert.Empty(Ids("type: LS\nfor: information\nto: [ITU-T SG11]\napproval: Agreed\n"));
        Assert.Empty(Ids("type: LS\nfor: action\nto: [ITU-T SG11]\napproval: Agreed\ndeadline: 2024-11-15\n"));
    }

    [Fact]
    public void Liaison_fields_on_a_td_have_no_place()
    {
        Assert.Equal(["RG1041"], Ids("deadline: 2024-11-15\n"));
    }

    [Fact]
    public void A_number_of_another_type_is_reported()
    {
        var diagnostics = Records.Check(Records.FrontMatter.Replace("TSAG-TD521", "TSAG-C015", StringComparison.Ordinal)).Diagnostics;
        Assert.Contains(diagnostics, d => d.Id == "RG1042");
        Assert.DoesNotContain("RG1042", Ids("type: Report\n"));
    }

    [Fact]
    public void A_long_contribution_abstract_is_reported()
    {
        string words = string.Join(' ', Enumerable.Repeat("word", 201));
        var text = With("type: C\nquestions: Q1/17\npurpose: Proposal\nkeywords: [a]\n", Records.FrontMatter.Replace("abstract: This TD contains the draft report.", "abstract: " + words, StringComparison.Ordinal));
        Assert.Equal(["RG1043"], Records.Check(text).Diagnostics.Where(d => d.Id.StartsWith("RG104", StringComparison.Ordinal)).Select(d => d.Id));
    }

    [Fact]
    public void Toc_is_a_boolean_and_report_numbers_parse()
    {
        Assert.True(Records.Bind(With("toc: true\n")).Record!.Record.Metadata.Toc);
        Assert.Contains(Records.Bind(With("toc: maybe\n")).Diagnostics, d => d.Id == "RG1008");
        Assert.True(Core.References.DocumentNumber.TryParse("TSAG-R2", out var report));
        Assert.Equal("TSAG-R2", report!.Canonical);
        Assert.True(report.IsReport);
    }
}
