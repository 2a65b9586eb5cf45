using Rgiem.Core.Compilation;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.References;
using Rgiem.Core.Text;
using Rgiem.Core.Validation;
using Rgiem.Testing;

namespace Rgiem.Core.Tests;

public class ReferenceRulesTests
{
    /// <summary>The standard record with a one-line <c>documents:</c> entry on line 11; the body starts on line 14.</summary>
    private static string WithDocuments(string documents, string body) =>
        Records.FrontMatter.Replace("abstract:", "documents: " + documents + "\nabstract:", StringComparison.Ordinal) + body;

    private static IReadOnlyList<Diagnostic> References(string text, CheckOptions? options = null)
    {
        var (_, diagnostics) = Records.Check(text, options);
        return diagnostics.Where(d => d.Id.StartsWith("RG4", StringComparison.Ordinal))
            .OrderBy(d => d.Location.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static DocumentRegistry Registry(string yaml)
    {
        var bag = new DiagnosticBag();
        var registry = DocumentRegistry.ReadYaml(new SourceText("documents.yaml", yaml), bag);
        Assert.Empty(bag.ToList());
        return registry!;
    }

    [Fact]
    public void A_number_glued_to_a_word_is_a_warning_at_the_number()
    {
        var found = References(Records.WithBody("# 1 Results\n\nTSAG is invited to approve the draft ToR in TSAG-TD257and to establish the IEWSC.\n"));
        Assert.Equal(["RG4002@15:45"], found.Brief());
        Assert.Equal(DiagnosticSeverity.Warning, found[0].Severity);
        Assert.Equal(13, found[0].Location.End.Character - found[0].Location.Start.Character);
        Assert.Contains("'TSAG-TD257and'", found[0].Message, StringComparison.Ordinal);
        Assert.Contains("'and'", found[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_numbers_are_warnings_with_the_reason()
    {
        var found = References(Records.WithBody("# 1 Results\n\nThe plan is in TSAG-TD. The proponents\npresented TD12a.\n"));
        Assert.Equal(["RG4001@15:16", "RG4001@16:11"], found.Brief());
        Assert.All(found, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Contains("the number is missing", found[0].Message, StringComparison.Ordinal);
        Assert.Contains("'TD12a'", found[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_missing_from_the_list_is_reported_once_at_its_first_citation()
    {
        string text = WithDocuments("[TSAG-TD624R2]", "# 1 Results\n\nThe meeting noted TSAG-TD642 and TSAG-TD624.\n\nTSAG-TD642 was noted again.\n");
        var found = References(text);
        Assert.Equal(["RG4003@16:19"], found.Brief());
        Assert.Equal("TSAG-TD642 is not in the 'documents:' list; add TSAG-TD642 there, or correct the number", found[0].Message);
    }

    [Fact]
    public void Without_a_list_or_a_registry_no_document_is_unknown()
    {
        var found = References(Records.WithBody("# 1 Results\n\nThe meeting noted TSAG-TD642 and TD999.\n"));
        Assert.Empty(found);
    }

    [Fact]
    public void The_record_itself_and_short_forms_of_listed_documents_are_known()
    {
        string text = WithDocuments(
            "[TSAG-TD666R4, WTSA-20 C99R1, DOC5 (230131)]",
            "# 1 Results\n\nThe report is TSAG-TD521. Comments on TD666 and C99R1 were made; DOC5 (230131) was noted.\n");
        Assert.Empty(References(text));
    }

    [Fact]
    public void A_short_form_nothing_lists_takes_the_parent_body()
    {
        var found = References(WithDocuments("[TSAG-TD666R4]", "# 1 Results\n\nTD666 and TD667R1 were noted.\n"));
        Assert.Equal(["RG4003@16:11"], found.Brief());
        Assert.Contains("add TSAG-TD667R1 there", found[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_revision_later_than_the_latest_known_is_an_error()
    {
        string text = WithDocuments(
            "[TSAG-TD666R4, TSAG-TD599]",
            "# 1 Results\n\nRG-IEM reviewed TSAG-TD666R3 and TSAG-TD666R5.\n\nThe report TD599R1 was noted; TSAG-TD599 too.\n");
        var found = References(text);
        Assert.Equal(["RG4004@16:34", "RG4004@18:12"], found.Brief());
        Assert.All(found, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Equal(
            "'TSAG-TD666R5' cites revision R5, but the latest revision of TSAG-TD666 in the 'documents:' list is R4 (TSAG-TD666R4); correct the revision, or list TSAG-TD666R5",
            found[0].Message);
        Assert.Contains("is the original (TSAG-TD599, no revision)", found[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_listed_document_the_text_never_cites_is_info_at_its_entry()
    {
        string text = WithDocuments("[TSAG-TD504, TSAG-TD662, TSAG-TD521]", "# 5 Metrics\n\nTSAG-TD504 containing data was noted.\n");
        var found = References(text);
        Assert.Equal(["RG4005@11:25"], found.Brief());
        Assert.Equal(DiagnosticSeverity.Info, found[0].Severity);
        Assert.StartsWith("TSAG-TD662 is listed", found[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_meeting_report_of_the_statistics_counts_as_a_citation()
    {
        string text = WithDocuments("[DOC5 (230131), DOC4 (230307)]", "# 1 Results\n\nNone.\n")
            .Replace("abstract:", "statistics: {participants: 49, report: DOC5 (230131)}\nabstract:", StringComparison.Ordinal);
        Assert.Equal(["RG4005@11:28"], References(text).Brief());
    }

    [Fact]
    public void A_meeting_document_with_an_impossible_date_is_an_error_in_text_and_list()
    {
        string text = WithDocuments(
            "[DOC5 (230131), DOC4 (230230)]",
            "# Annex B: Statistics\n\n| | Meeting 1 | Meeting 2 |\n|---|---|---|\n| Meeting report | DOC5 (230131) | DOC4 (231307) |\n");
        var found = References(text);
        Assert.Equal(["RG4006@11:28", "RG4006@18:36"], found.Brief());
        Assert.Equal(DiagnosticSeverity.Error, found[0].Severity);
        Assert.StartsWith("'231307' in DOC4 (231307) is not a date", found[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Revision_zero_is_a_warning()
    {
        var found = References(Records.WithBody("# 1 Results\n\nThe meeting noted TSAG-TD624R0 and TD 120 Rev.1.\n"));
        Assert.Equal(["RG4007@15:19"], found.Brief());
        Assert.EndsWith("Write TSAG-TD624", found[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_and_repeated_list_entries_are_reported_where_they_are_written()
    {
        string text = WithDocuments("[TSAG TD 624 rev 2, TSAG-TD064R1, TSAG-TD64-R1]", "# 1 Results\n\nTSAG-TD064R1 was noted.\n");
        var found = References(text);
        Assert.Equal(["RG4008@11:13", "RG4009@11:46"], found.Brief());
        Assert.Equal(DiagnosticSeverity.Error, found[0].Severity);
        Assert.Equal("TSAG-TD064R1 is already listed on line 11; remove one of the entries", found[1].Message);
    }

    [Fact]
    public void References_in_the_front_matter_are_located_in_the_yaml()
    {
        string text = Records.FrontMatter.Replace("abstract:", "action: TSAG is invited to note TSAG-TD12a.\nabstract:", StringComparison.Ordinal)
            + "# 1 Results\n\nNone.\n";
        Assert.Equal(["RG4001@11:33"], References(text).Brief());
    }

    [Fact]
    public void The_registry_makes_documents_known_to_records_without_a_list()
    {
        var registry = Registry("- {number: TSAG-TD666, title: Proposed revision of WTSA Resolution 68, revision: 4}\n- TSAG-C102\n");
        var options = new CheckOptions { Registry = registry };
        string text = Records.WithBody("# 1 Results\n\nTSAG-C102 and TD666R4 were noted; TSAG-TD666R5 and TSAG-C999 were not.\n");
        var found = References(text, options);
        Assert.Equal(["RG4004@15:35", "RG4003@15:52"], found.Brief());
        Assert.Contains("in documents.yaml is R4", found[0].Message, StringComparison.Ordinal);
        Assert.Equal("TSAG-C999 is not in documents.yaml; add TSAG-C999 there, or correct the number", found[1].Message);
    }

    [Fact]
    public void Ordinary_prose_of_the_seeds_raises_nothing()
    {
        string text = WithDocuments(
            "[TSAG-TD065R1, TSAG-TD112, TSAG-TD131]",
            """
            # 1 Opening

            The meeting adopted the draft agenda provided in R1. The meeting on Wednesday followed Revision 2 of the agenda.

            The meeting noted the TSAG Action Plan (TSAG-TD065R1), in particular items 22-02, 22-06, 22-24 pertaining to the RG-IEM mandate.

            The meeting noted COM5 Recommendation 5 (as reproduced in TSAG-TD112) and WTSA-20 Action 10 in detail (TSAG-TD131).

            - To consider Resolution 68 (Rev. Hammamet, 2016) (Res.22 resolves 5, 6, 7), action plan AP1.5, Q10/13 and WP2/TSAG.
            - PP22 Information Document 1 was highlighted; the WTSA-24 outcomes and the 2022-2024 study period.

            RG-IEM-5: to request TSAG to include the TSAG-TD and TSAG-C documents in the report.

            """);
        Assert.Empty(References(text));
    }

    [Fact]
    public void The_samples_raise_only_the_glued_number_of_the_progress_report()
    {
        var result = Compiler.Compile(new CompilationOptions([RepoPaths.RgIemSamples], RepoPaths.Root, MaxDegreeOfParallelism: 1));
        var found = result.AllDiagnostics
            .Where(d => d.Id.StartsWith("RG4", StringComparison.Ordinal))
            .Select(d => $"{Path.GetFileName(d.Location.Path)}:{d.Id}@{d.Location.Start.Line + 1}:{d.Location.Start.Character + 1}")
            .ToList();
        Assert.Equal(["2023-05-progress-report.md:RG4002@68:55"], found);
    }
}
