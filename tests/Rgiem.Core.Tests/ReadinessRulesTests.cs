using Rgiem.Core.Compilation;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Validation;
using Rgiem.Testing;

namespace Rgiem.Core.Tests;

/// <summary>
/// RG7xxx. <see cref="Records.FrontMatter"/> takes lines 1-12, so a body's first line is file line 13 and
/// the paragraph after "# 1 Intro" and a blank line is line 15.
/// </summary>
public class ReadinessRulesTests
{
    private static readonly CheckOptions Final = new(Final: true);

    private static IReadOnlyList<string> Readiness(string text, CheckOptions? options = null)
    {
        var (record, diagnostics) = Records.Check(text, options);
        Assert.NotNull(record);
        return diagnostics.Where(d => d.Id.StartsWith("RG7", StringComparison.Ordinal)).Brief();
    }

    private static IReadOnlyList<string> Body(string paragraphs, CheckOptions? options = null) =>
        Readiness(Records.WithBody("# 1 Intro\n\n" + paragraphs), options);

    // RG7001 placeholders

    [Fact]
    public void Placeholder_tbc_and_tbd_are_reported_at_their_columns()
    {
        Assert.Equal(["RG7001@15:13", "RG7001@15:31"], Body("The date is TBC and the venue TBD.\n"));
    }

    [Fact]
    public void Placeholder_xxx_in_any_case_and_in_a_document_number()
    {
        Assert.Equal(
            ["RG7001@15:11", "RG7001@15:19", "RG7001@16:12"],
            Body("Documents XXX and xxx are new.\nSee TSAG-TDxxx.\n"));
    }

    [Fact]
    public void Placeholder_to_be_continued_elision_and_question_marks()
    {
        Assert.Equal(
            ["RG7001@15:1", "RG7001@17:1", "RG7001@19:10", "RG7001@21:13"],
            Body("To be continued…\n\nto be continued...\n\nThe text [...] was agreed.\n\nThe date is ??? for now.\n"));
    }

    [Fact]
    public void Placeholder_to_be_continued_alone_in_a_paragraph()
    {
        Assert.Equal(["RG7001@15:2"], Body("(To be continued)\n"));
    }

    [Fact]
    public void Placeholder_in_the_front_matter_action_is_reported_on_its_line()
    {
        string text = Records.FrontMatter.Replace(
            "abstract:", "action: |\n  TSAG is invited to:\n\n  1. TBC,\n  2. agree.\nabstract:", StringComparison.Ordinal)
            + "# 1 Intro\n\nText.\n";
        Assert.Equal(["RG7001@14:6"], Readiness(text));
    }

    [Fact]
    public void Placeholder_in_a_folded_abstract_and_in_a_heading()
    {
        string text = Records.FrontMatter.Replace(
            "abstract: This TD contains the draft report.", "abstract: >-\n  This TD contains\n  the report of TBD.", StringComparison.Ordinal)
            + "# 1 Results TBC\n\nText.\n";
        Assert.Equal(["RG7001@13:17", "RG7001@15:13"], Readiness(text));
    }

    [Fact]
    public void Placeholder_rule_stays_quiet_on_words_that_contain_the_letters()
    {
        Assert.Empty(Body(
            "TBCs, tbc, Tbd, XX, XXL, Xxx, ITBC and TBDX are not placeholders.\n\n"
            + "The work is to be continued at the next meeting.\n\n"
            + "Is it? Yes?! Done.\n\n"
            + "Write `TBC` in code, or [the text](https://example.org/xxx).\n"));
    }

    [Fact]
    public void Elision_in_a_block_quote_is_an_omission_not_a_placeholder()
    {
        Assert.Empty(Body("> instructs […] the Director of TSB\n"));
    }

    // RG7002 repeated words

    [Fact]
    public void Repeated_word_is_reported_at_the_first_occurrence()
    {
        Assert.Equal(["RG7002@15:19"], Body("The meeting noted the the report.\n"));
    }

    [Fact]
    public void Repeated_word_ignores_case_and_soft_line_breaks()
    {
        Assert.Equal(["RG7002@15:1", "RG7002@15:17"], Body("The the meeting noted\nnoted it.\n"));
    }

    [Fact]
    public void Repeated_phrase_is_reported_once_as_written()
    {
        var (_, diagnostics) = Records.Check(Records.WithBody("# 1 Intro\n\nThe meeting was reminded of the report of the report of the workshop.\n"));
        var repeated = Assert.Single(diagnostics, d => d.Id == "RG7002");
        Assert.Equal("RG7002@15:29", new[] { repeated }.Brief()[0]);
        Assert.Equal((28, 55), (repeated.Location.Start.Character, repeated.Location.End.Character));
        Assert.Contains("'the report of' is written twice", repeated.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeated_words_rule_stays_quiet_on_valid_text()
    {
        Assert.Empty(Body(
            "He said that that was fine and had had enough.\n\n"
            + "Yes. Yes, agreed; items 1 1 and Annex B B are labels.\n\n"
            + "The report, the report and the reports.\n"));
    }

    // RG7003 body names

    [Fact]
    public void Misspelt_sector_names_are_reported()
    {
        Assert.Equal(
            ["RG7003@15:1", "RG7003@15:10", "RG7003@15:20", "RG7003@15:30"],
            Body("ITUT and ITU T and ITU\u00A0R and ITUD met.\n"));
    }

    [Fact]
    public void Misspelt_sector_name_message_gives_the_spelling()
    {
        var (_, diagnostics) = Records.Check(Records.WithBody("# 1 Intro\n\nThe ITUR study.\n"));
        var diagnostic = Assert.Single(diagnostics, d => d.Id == "RG7003");
        Assert.Contains("'ITUR' should be written 'ITU-R'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sector_names_written_correctly_are_not_reported()
    {
        Assert.Empty(Body("ITU-T, ITU\u2011T, ITU-R and ITU-D; ITU Telecom World, ITU R&D, ITUTS and ITU.\n"));
    }

    // RG7004 layout by tabs and spaces

    [Fact]
    public void Tab_runs_inside_a_paragraph_are_reported_from_the_raw_line()
    {
        Assert.Equal(["RG7004@15:17", "RG7004@16:4"], Body("To establish the \t\t\tITU-T workshop\nits \t\tmeeting.\n"));
    }

    [Fact]
    public void Space_runs_and_tab_runs_in_action_items_and_list_items()
    {
        Assert.Equal(
            ["RG7004@15:29", "RG7004@17:7"],
            Body("Action 1: TSAG is invited to\t\tapprove it.\n\n- item    with spaces\n"));
    }

    [Fact]
    public void No_break_spaces_count_as_spaces()
    {
        Assert.Equal(["RG7004@15:2"], Body("A\u00A0\u00A0\u00A0B, 11\u00A0February.\n"));
    }

    [Fact]
    public void Layout_rule_describes_the_run()
    {
        var (_, diagnostics) = Records.Check(Records.WithBody("# 1 Intro\n\nA \t\t\tB.\n"));
        var diagnostic = Assert.Single(diagnostics, d => d.Id == "RG7004");
        Assert.StartsWith("A run of 4 spaces and tabs (3 tabs) inside a paragraph", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal((1, 5), (diagnostic.Location.Start.Character, diagnostic.Location.End.Character));
    }

    [Fact]
    public void Layout_rule_leaves_indentation_hard_breaks_code_tables_and_front_matter_alone()
    {
        string text = Records.FrontMatter.Replace("abstract:", "action: |\n  TSAG   is\t\tinvited.\nabstract:", StringComparison.Ordinal)
            + "#   1 Intro\n\n"
            + "One sentence.  Two spaces after a full stop\n    and an indented continuation.\n\n"
            + "A hard break   \nafter three trailing spaces, a single\ttab.\n\n"
            + "-   a list item after three spaces\n\n"
            + "Code `a   b` keeps its spaces.\n\n"
            + "| A   | B   |\n|-----|-----|\n| 1   | 2   |\n";
        Assert.Empty(Readiness(text));
    }

    // RG7005 document number

    [Fact]
    public void Missing_number_is_an_error_with_final_only()
    {
        string text = Records.FrontMatter.Replace("number: TSAG-TD521\n", string.Empty, StringComparison.Ordinal) + "# 1 Intro\n\nText.\n";
        Assert.Empty(Readiness(text));
        var (_, diagnostics) = Records.Check(text, Final);
        var missing = Assert.Single(diagnostics, d => d.Id == "RG7005");
        Assert.Equal(DiagnosticSeverity.Error, missing.Severity);
        Assert.Equal("RG7005@1:1", new[] { missing }.Brief()[0]);
    }

    [Fact]
    public void Number_key_without_a_value_is_missing()
    {
        string text = Records.FrontMatter.Replace("number: TSAG-TD521", "number:   # assigned by TSB later", StringComparison.Ordinal) + "Text.\n";
        Assert.Equal(["RG7005@1:1"], Readiness(text, Final));
    }

    [Fact]
    public void Number_present_or_malformed_is_not_reported_as_missing()
    {
        Assert.Empty(Readiness(Records.WithBody("# 1 Intro\n\nText.\n"), Final));
        var (_, diagnostics) = Records.Check(Records.FrontMatter.Replace("TSAG-TD521", "TD 52x1", StringComparison.Ordinal) + "Text.\n", Final);
        Assert.Contains(diagnostics, d => d.Id == "RG1011");
        Assert.DoesNotContain(diagnostics, d => d.Id == "RG7005");
    }

    // --final escalation

    [Fact]
    public void Final_reports_the_same_ids_as_errors_with_a_visible_reason()
    {
        const string body = "The the date is TBC; ITUT met\t\there.\n";
        var (_, draft) = Records.Check(Records.WithBody("# 1 Intro\n\n" + body));
        var (_, final) = Records.Check(Records.WithBody("# 1 Intro\n\n" + body), Final);
        var draftReadiness = draft.Where(d => d.Id.StartsWith("RG7", StringComparison.Ordinal)).ToList();
        var finalReadiness = final.Where(d => d.Id.StartsWith("RG7", StringComparison.Ordinal)).ToList();

        Assert.Equal(["RG7001", "RG7002", "RG7003", "RG7004"], draftReadiness.Ids().Order(StringComparer.Ordinal));
        Assert.Equal(draftReadiness.Brief(), finalReadiness.Brief());
        Assert.All(draftReadiness, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.All(finalReadiness, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.All(finalReadiness, d => Assert.EndsWith(ReadinessDescriptors.FinalSuffix, d.Message, StringComparison.Ordinal));
        Assert.All(finalReadiness, d => Assert.Same(DiagnosticCatalog.Find(d.Id)!.Title, d.Descriptor.Title));
        Assert.Contains("error RG7001:", finalReadiness.Single(d => d.Id == "RG7001").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Project_overrides_still_apply_to_escalated_diagnostics()
    {
        var (_, final) = Records.Check(Records.WithBody("# 1 Intro\n\nThe date is TBC.\n"), Final);
        var policy = new SeverityPolicy(new Dictionary<string, ReportSeverity>(StringComparer.OrdinalIgnoreCase) { ["RG7001"] = ReportSeverity.None });
        Assert.DoesNotContain(policy.Apply(final), d => d.Id == "RG7001");
    }

    [Fact]
    public void Every_readiness_descriptor_is_supported_by_exactly_one_rule()
    {
        var supported = Validation.Rules.ReadinessRules.All.SelectMany(r => r.SupportedDiagnostics).Select(d => d.Id).ToList();
        Assert.Equal(ReadinessDescriptors.All.Select(d => d.Id), supported);
        Assert.All(ReadinessDescriptors.All, d => Assert.Equal("Readiness", d.Category));
    }

    // RG7030 review marks left in the record

    [Fact]
    public void Review_marks_of_the_body_and_the_front_matter_are_reported_at_their_delimiters()
    {
        string text = ("---\n# rgiem-edit: title: {~~old~>new~~}\n" + Records.FrontMatter[4..])
            .Replace("title: Draft report of the RG-IEM meeting\n", "title: \"{~~@Ed Itor 2026-12-01: Draft~>Final~~} report of the RG-IEM meeting\"\n", StringComparison.Ordinal)
            + "\n# 1 Intro\n\nThe group {++@Ed Itor 2026-12-01: quickly ++}agreed {==the plan==}{>>@Rev Iewer: which one?<<}.\n\n| A | B |\n|---|---|\n| {--x--} | y |\n";
        var (record, diagnostics) = Records.Check(text);
        Assert.NotNull(record);
        var marks = diagnostics.Where(d => d.Id == "RG7030").ToList();
        Assert.All(marks, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        int body = text.Split('\n').ToList().FindIndex(l => l.StartsWith("The group", StringComparison.Ordinal)) + 1;
        Assert.Equal(
            [
                "RG7030@2:1 A '# rgiem-edit:' comment",
                "RG7030@" + (text.Split('\n').ToList().FindIndex(l => l.StartsWith("title:", StringComparison.Ordinal)) + 1) + ":9 A tracked substitution",
                $"RG7030@{body}:11 A tracked insertion",
                $"RG7030@{body}:53 A comment",
                $"RG7030@{body + 4}:3 A tracked deletion",
            ],
            marks.Select(d => $"{d.Id}@{d.Location.Start.Line + 1}:{d.Location.Start.Character + 1} {d.Message[..d.Message.IndexOf(" is still", StringComparison.Ordinal)]}"));
        Assert.Equal("Final", record.Record.Metadata.Title![..5]);

        // --final makes them errors; a record without marks has none.
        Assert.All(Records.Check(text, Final).Diagnostics.Where(d => d.Id == "RG7030"), d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.DoesNotContain(Records.Check(Records.WithBody("# 1 Intro\n\nThe group agreed {x}.\n")).Diagnostics, d => d.Id == "RG7030");
    }

    // The samples: the genuine findings, and nothing else

    [Fact]
    public void Samples_report_the_genuine_readiness_findings()
    {
        Assert.Equal(
            [
                "2022-12-geneva-draft-report.md RG7001@15:6",
                "2022-12-geneva-draft-report.md RG7001@16:6",
                "2022-12-geneva-draft-report.md RG7001@94:1",
                "2023-05-progress-report.md RG7004@68:85",
                "2023-05-progress-report.md RG7003@68:89",
                "2023-05-progress-report.md RG7004@68:164",
                "2023-05-progress-report.md RG7004@78:87",
                "2024-07-geneva-report.md RG7002@71:29",
                "2024-07-geneva-report.md RG7021@73:75", // the real report writes "Mr. Didier BERTHOUMIEUX" among its "Mr"s
            ],
            SampleFindings(final: false));
    }

    [Fact]
    public void Samples_with_final_add_the_missing_number_of_the_draft()
    {
        var findings = SampleFindings(final: true);
        Assert.Contains("2022-12-geneva-draft-report.md RG7005@1:1", findings);

        // The four e-meeting summaries have no TD number either (their reports are DOC5 (230131) and so on).
        Assert.Equal(4, findings.Count(f => f.EndsWith("-e-meeting.md RG7005@1:1", StringComparison.Ordinal)));
        Assert.Equal(14, findings.Count);
    }

    private static List<string> SampleFindings(bool final)
    {
        var result = Compiler.Compile(new CompilationOptions([RepoPaths.RgIemSamples], RepoPaths.Root, Check: new CheckOptions(final), MaxDegreeOfParallelism: 1));
        return result.Records
            .OrderBy(r => r.DisplayPath, StringComparer.Ordinal)
            .SelectMany(r => r.Diagnostics
                .Where(d => d.Id.StartsWith("RG7", StringComparison.Ordinal))
                .Select(d => Path.GetFileName(r.DisplayPath) + " " + new[] { d }.Brief()[0]))
            .ToList();
    }
}
