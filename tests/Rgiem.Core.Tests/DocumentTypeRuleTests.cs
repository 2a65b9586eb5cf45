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
    public void A_contribution_needs_questions_and_its_abstract_as_TSBs_form()
    {
        Assert.Equal(["RG1040"], Ids("type: C\n"));
        Assert.Empty(Ids("type: C\nquestions: Q1/17\n"));
        string withoutAbstract = Records.FrontMatter.Replace("abstract: This TD contains the draft report.\n", string.Empty, StringComparison.Ordinal);
        var ids = Records.Check(With("type: C\nquestions: Q1/17\n", withoutAbstract) + "\n# 1 Body\n\nText.\n").Diagnostics.Where(d => d.Id == "RG1040").Select(d => d.Message);
        Assert.Contains("'abstract' is required for a contribution", Assert.Single(ids), StringComparison.Ordinal);
    }

    [Fact]
    public void A_td_without_abstract_or_keywords_is_quiet()
    {
        string withoutAbstract = Records.FrontMatter.Replace("abstract: This TD contains the draft report.\n", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain(Records.Check(With("keywords: []\n", withoutAbstract) + "\n# 1 Body\n\nText.\n").Diagnostics, d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_conference_document_is_known_by_its_number_and_has_no_question_row()
    {
        var (record, _) = Records.Check(With("type: Conference\n", Records.FrontMatter.Replace("TSAG-TD521", "WTSA16/44(Add.9)", StringComparison.Ordinal)) + "\n# 1 Body\n\nText.\n");
        Assert.Equal("WTSA16/44(Add.9)", record!.Record.Metadata.NumberText);
        Assert.Equal(9, record.Record.Metadata.ConferenceNumber!.Addendum);
        Assert.Equal("Addendum 9 to Document 44-E", record.Record.Metadata.ConferenceNumber.DocumentLine("E"));
        Assert.Equal(["RG1041"], Ids("type: Conference\nnumber: WTSA-20/98(Rev.1)\nquestions: Q1/17\n"));
    }

    [Fact]
    public void A_report_with_its_meeting_is_quiet() =>
        Assert.Empty(Ids("type: Report\n"));

    [Fact]
    public void A_liaison_statement_needs_addressees_approval_and_a_deadline_for_action()
    {
        Assert.Equal(["RG1040", "RG1040"], Ids("type: LS\n"));
        Assert.Equal(["RG1040"], Ids("type: LS\nfor-action: [ITU-T SG11]\napproval: Agreed\n"));
        Assert.Empty(Ids("type: LS\nfor-information: [ITU-T SG11]\napproval: Agreed\n"));
        Assert.Empty(Ids("type: LS\nfor-action: [ITU-T SG11]\nfor-information: [ITU-R RAG]\napproval: Agreed\ndeadline: 2024-11-15\n"));
        Assert.Equal(["RG1041"], Ids("type: LS\nfor-information: [ITU-T SG11]\napproval: Agreed\nkeywords: [a]\n"));
    }

    [Fact]
    public void The_old_to_and_for_are_read_with_a_diagnostic_saying_how_to_move()
    {
        var (record, diagnostics) = Records.Check(With("type: LS\nfor: action\nto: [ITU-T SG11, ITU-R RAG]\napproval: Agreed\ndeadline: 2024-11-15\n") + "\n# 1 Body\n\nText.\n");
        var moved = Assert.Single(diagnostics, d => d.Id == "RG1044");
        Assert.Contains("'for-action: [ITU-T SG11, ITU-R RAG]' and remove 'for'", moved.Message, StringComparison.Ordinal);
        Assert.Equal(["ITU-T SG11", "ITU-R RAG"], record!.Record.Metadata.ForAction);
        Assert.DoesNotContain(diagnostics, d => d.Id == "RG1040");

        var (information, _) = Records.Check(With("type: LS\nfor: information\nto: ITU-T SG11\napproval: Agreed\n") + "\n# 1 Body\n\nText.\n");
        Assert.Equal(["ITU-T SG11"], information!.Record.Metadata.ForInformation);
        Assert.Empty(information.Record.Metadata.ForAction);
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

    [Fact]
    public void An_empty_questions_or_keywords_means_no_row_and_absent_questions_mean_NA()
    {
        var (empty, _) = Records.Bind(With("questions: \"\"\nkeywords: []\n"));
        Assert.Empty(empty!.Record.Metadata.Questions);
        Assert.Empty(empty.Record.Metadata.Keywords);
        var (absent, _) = Records.Bind(Records.FrontMatter);
        Assert.Equal(["N/A"], absent!.Record.Metadata.Questions);
    }
}
