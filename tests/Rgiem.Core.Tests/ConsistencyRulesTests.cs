using Rgiem.Core.Diagnostics;
using Rgiem.Core.References;
using Rgiem.Core.Validation;
using Rgiem.Testing;

namespace Rgiem.Core.Tests;

/// <summary>Issue 19: the checks that compare two places of one record, and the false alarms seen on real ITU-T documents.</summary>
public class ConsistencyRulesTests
{
    private static IReadOnlyList<Diagnostic> All(string text, CheckOptions? options = null) => Records.Check(text, options).Diagnostics;

    private static IReadOnlyList<string> Ids(string text, string prefix) =>
        All(text).Where(d => d.Id.StartsWith(prefix, StringComparison.Ordinal)).Select(d => d.Id).ToList();

    private static string Front(string replace, string with) => Records.FrontMatter.Replace(replace, with, StringComparison.Ordinal);

    // --- The real records the false alarms came from -------------------------------------------------------------

    /// <summary>A rapporteur group report of March 2018 listing its future meetings with a colon after each date.</summary>
    private const string FutureMeetings2018 = """
        ---
        number: TSAG-TD255
        group: RG-IEM
        parent: TSAG
        study-period: 2017-2020
        meeting: {place: e-meeting, from: 2018-03-27}
        source: Rapporteur, TSAG RG-IEM
        title: Report of the RG-IEM e-meeting
        purpose: Information and action
        contacts:
          - {name: Glenn Parsons, organization: Ericsson, country: Canada, email: rapporteur@example.org}
        abstract: This TD contains the report of the e-meeting.
        ---

        # 1 Future meetings

        - Wednesday, 27 March 2019: 13:00-15:00 CEST
        - Friday, 29 March 2019: 13:00-15:00 CET
        """;

    [Fact]
    public void A_date_followed_by_a_colon_keeps_its_year_and_the_real_time_zone_slip_is_reported()
    {
        var diagnostics = All(FutureMeetings2018).Where(d => d.Id.StartsWith("RG5", StringComparison.Ordinal) || d.Id == "RG1013").ToList();
        var zone = Assert.Single(diagnostics);
        Assert.Equal("RG5006", zone.Id);
        Assert.Equal(16, zone.Location.Start.Line);
        Assert.Contains("27 March 2019", zone.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Information and action")]
    [InlineData("Discussion and action")]
    [InlineData("Action and information")]
    [InlineData("Discussion/Decision")]
    [InlineData("Information, Discussion")]
    [InlineData("Action")]
    public void Purposes_of_real_TSAG_documents_are_quiet(string purpose) =>
        Assert.Empty(Records.Bind(Front("title:", $"purpose: {purpose}\ntitle:")).Diagnostics);

    [Fact]
    public void A_misspelt_purpose_in_a_combination_is_still_RG1013() =>
        Assert.Equal(["RG1013"], Records.Bind(Front("title:", "purpose: Information and actoin\ntitle:")).Diagnostics.Ids());

    /// <summary>A WP2 report that forwards an action of TSAG RG-WPR to TSAG, as real WP reports do.</summary>
    [Fact]
    public void A_working_party_report_forwarding_another_groups_action_is_quiet()
    {
        string text = Front("group: RG-IEM", "group: WP2") + """
            # 0 Actions from WP2 to TSAG

            WP2-1: to request TSAG to approve the report of WP2.

            # 1 Reports of the rapporteur groups

            The report of RG-WPR was noted. WP2 forwards its action:

            RG-WPR-4: to request TSAG to approve the outgoing LS in TSAG-TD671.

            WP2-1: to request TSAG to approve the report of WP2.
            """;
        Assert.Empty(Ids(text, "RG3"));
    }

    [Fact]
    public void A_slip_of_the_records_own_prefix_is_still_RG3001() =>
        Assert.Equal(["RG3001"], Ids(Records.WithBody("RG-IME-1: to request TSAG to note it.\n"), "RG3"));

    [Theory]
    [InlineData("The TSAG report writes TD120 R1 for the revision.", "TD120 R1", "TD120R1")]
    [InlineData("SG19 noted TD 392 (GEN/19) on the matter.", "TD 392 (GEN/19)", "SG19-TD392/GEN")]
    [InlineData("SG13 noted SG13 TD GEN 0050 on the matter.", "SG13 TD GEN 0050", "SG13-TD050/GEN")]
    [InlineData("SG19 noted TD 392 Rev.1 (GEN/19) on the matter.", "TD 392 Rev.1 (GEN/19)", "SG19-TD392R1/GEN")]
    public void Reference_forms_of_real_reports_are_recognised(string text, string written, string canonical)
    {
        var reference = Assert.Single(DocumentReferenceScanner.Scan(text), r => r.IsWellFormed);
        Assert.Equal(written, reference.Text);
        Assert.Equal(canonical, reference.Canonical);
    }

    // --- RG5020 sessions against the prose -------------------------------------------------------------------------

    private static string WithSessions(string body) =>
        Front("abstract:", "sessions:\n  - {date: 2024-07-30, time: 0930-1045 hours}\n  - {date: 2024-07-31}\nabstract:") + body;

    [Fact]
    public void A_session_time_the_prose_contradicts_is_RG5020_at_the_prose()
    {
        var diagnostics = All(WithSessions("# 1 Introduction\n\nRG-IEM met on Tuesday, 30 July 2024 (0930-1100 hours) and on Wednesday, 31 July 2024.\n"))
            .Where(d => d.Id == "RG5020").ToList();
        var one = Assert.Single(diagnostics);
        Assert.Equal(17, one.Location.Start.Line);
        Assert.Contains("0930-1045 hours", one.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_the_group_met_without_a_session_is_RG5020() =>
        Assert.Equal(["RG5020"], Ids(WithSessions("# 1 Introduction\n\nRG-IEM met on Tuesday, 30 July 2024 (0930-1045 hours) and on Thursday, 1 August 2024.\n"), "RG5"));

    [Theory]
    [InlineData("RG-IEM met on Tuesday, 30 July 2024 (0930-1045 hours) and on Wednesday, 31 July 2024.")]
    [InlineData("The text will be reviewed in WP2 ad-hoc on Resolutions (Thursday, 1 August, 1300-1430 hours) so that the result may be conveyed.")]
    [InlineData("The next meeting is on Tuesday, 11 February 2025, 1300-1500 CET.")]
    [InlineData("An additional RG-IEM drafting session was held on 31 July (1800-2000 hours).")]
    public void Prose_that_agrees_with_the_sessions_or_is_about_another_meeting_is_quiet(string sentence) =>
        Assert.Empty(Ids(WithSessions("# 1 Introduction\n\n" + sentence + "\n"), "RG5"));

    // --- RG5021 cover dates ------------------------------------------------------------------------------------------

    [Fact]
    public void A_title_with_last_years_dates_is_RG5021() =>
        Assert.Equal(
            ["RG5021"],
            Ids(Front("title: Draft report of the RG-IEM meeting", "title: Draft report of the RG-IEM meeting (Geneva, 29 July – 2 August 2023)") + "# 1 Intro\n\nText.\n", "RG5"));

    [Fact]
    public void A_title_and_abstract_with_the_meeting_dates_are_quiet() =>
        Assert.Empty(Ids(
            Front("title: Draft report of the RG-IEM meeting", "title: Draft report of the RG-IEM meeting (Geneva, 29 July – 2 August 2024)")
                .Replace("abstract: This TD contains the draft report.", "abstract: This TD contains the draft report of the meeting of 30 July 2024.", StringComparison.Ordinal)
            + "# 1 Intro\n\nText.\n",
            "RG5"));

    // --- RG3020 action lookalikes ------------------------------------------------------------------------------------

    private const string Actions = """
        # 0 Actions

        RG-IEM-1: to request TSAG to agree TSAG-TD624R2.

        RG-IEM-2: to request TSAG to note TSAG-TD680.

        RG-IEM-3: to request TSAG to approve TSAG-TD671.

        # 1 Discussion

        RG-IEM-1: to request TSAG to agree TSAG-TD624R2.

        {SECOND}

        RG-IEM-3: to request TSAG to approve TSAG-TD671.
        """;

    [Theory]
    [InlineData("RG-IEM-2 to request TSAG to note TSAG-TD680.")]
    [InlineData("RG-IEM-2. to request TSAG to note TSAG-TD680.")]
    [InlineData("RG-IEM-2 – to request TSAG to note TSAG-TD680.")]
    public void A_label_written_wrongly_is_one_RG3020_at_the_paragraph_instead_of_errors_elsewhere(string second)
    {
        var diagnostics = All(Records.WithBody(Actions.Replace("{SECOND}", second, StringComparison.Ordinal)))
            .Where(d => d.Id.StartsWith("RG3", StringComparison.Ordinal)).ToList();
        var one = Assert.Single(diagnostics);
        Assert.Equal("RG3020", one.Id);
        Assert.Equal(24, one.Location.Start.Line);
        Assert.Contains("RG-IEM-2", one.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_numbered_label_with_a_dash_is_RG3020() =>
        Assert.Equal(["RG3020"], Ids(Records.WithBody("# 1 Results\n\nAction 1:\tTSAG is invited to approve A.\n\nAction 2 – TSAG is invited to approve B.\n"), "RG3"));

    [Theory]
    [InlineData("RG-IEM-2: to request TSAG to note TSAG-TD680.")]
    public void A_well_written_label_is_quiet(string second) =>
        Assert.Empty(Ids(Records.WithBody(Actions.Replace("{SECOND}", second, StringComparison.Ordinal)), "RG3"));

    [Fact]
    public void Prose_that_starts_with_an_action_identifier_is_not_a_lookalike() =>
        Assert.Empty(Ids(Records.WithBody("# 1 Results\n\nRG-IEM-4 was agreed by TSAG in July.\n"), "RG3"));

    // --- RG7020 near-misses of the record's names ----------------------------------------------------------------

    [Theory]
    [InlineData("The meeting of RG-IME reviewed TSAG-TD624.", "RG-IME")]
    [InlineData("The report goes to TSGA for approval.", "TSGA")]
    [InlineData("The RGIEM session was short.", "RGIEM")]
    public void A_slip_of_the_records_own_names_is_RG7020(string sentence, string word)
    {
        var found = Assert.Single(All(Records.WithBody("# 1 Intro\n\n" + sentence + "\n")), d => d.Id == "RG7020");
        Assert.Contains($"'{word}'", found.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RG-IEM, RG-WM, RG-SC, RG-DT and RG-WPR met; TDAG and TSAG were informed.")]
    [InlineData("SG12, SG13 and WP3 noted the liaison from FG-AI4H and FG-AI4A.")]
    [InlineData("RG-IEMs are not a thing, and neither is RG-IE.")]
    public void Real_names_near_each_other_are_quiet(string sentence) =>
        Assert.DoesNotContain(All(Records.WithBody("# 1 Intro\n\n" + sentence + "\n")), d => d.Id == "RG7020");

    // --- RG6020, RG6021 the record's own figures ------------------------------------------------------------------

    private static string Statistics(string report, string body) =>
        Front("meeting: {place: Geneva, from: 2024-07-29, to: 2024-08-02}", "meeting: {place: e-meeting, from: 2023-04-04}")
            .Replace("title: Draft report of the RG-IEM meeting", "title: Summary of the RG-IEM e-meeting", StringComparison.Ordinal)
            .Replace("abstract:", $"statistics: {{participants: 30, africa: 2, americas: 8, arab-states: 2, asia-pacific: 6, cis: 1, europe: 6, tsb: 5, report: {report}}}\nabstract:", StringComparison.Ordinal)
        + body;

    [Fact]
    public void A_report_date_code_of_another_day_is_RG6020() =>
        Assert.Equal(["RG6020"], Ids(Statistics("DOC5 (230304)", "# 1 Intro\n\nText.\n"), "RG6"));

    [Fact]
    public void A_participant_count_the_statistics_contradict_is_RG6021() =>
        Assert.Equal(["RG6021"], Ids(Statistics("DOC5 (230404)", "# 1 Intro\n\n31 participants took part.\n"), "RG6"));

    [Fact]
    public void Figures_that_agree_and_regional_or_approximate_counts_are_quiet() =>
        Assert.Empty(Ids(Statistics("DOC5 (230404)", "# 1 Intro\n\n30 participants took part, 6 participants from Europe; more than 25 participants stayed.\n"), "RG6"));

    // --- RG2040, RG5022, RG7021 -------------------------------------------------------------------------------------

    [Fact]
    public void A_clause_with_nothing_under_it_is_RG2040_but_one_followed_by_its_sub_clause_is_not()
    {
        var diagnostics = All(Records.WithBody("# 1 Intro\n\n## 1.1 Opening\n\nText.\n\n# 2 AOB\n\n# 3 Closure\n\nClosed.\n")).Where(d => d.Id == "RG2040").ToList();
        var one = Assert.Single(diagnostics);
        Assert.Equal(18, one.Location.Start.Line);
    }

    [Fact]
    public void Three_digit_times_are_RG5022_and_four_digits_or_other_numbers_are_quiet()
    {
        Assert.Equal(["RG5022"], Ids(WithSessions("# 1 Intro\n\nRG-IEM met on Tuesday, 30 July 2024 (930-1045 hours).\n"), "RG5022"));
        Assert.Empty(Ids(WithSessions("# 1 Intro\n\nRG-IEM met on Tuesday, 30 July 2024 (0930-1045 hours); 100-200 pages and 500 hours of work.\n"), "RG5022"));
    }

    [Fact]
    public void Honorifics_two_ways_are_RG7021_and_one_way_is_quiet()
    {
        Assert.Equal(["RG7021"], Ids(Records.WithBody("# 1 Intro\n\nMr Glenn PARSONS chaired. Mr Noah LUO assisted. Mr. Didier BERTHOUMIEUX introduced TSAG-TD624.\n"), "RG7021"));
        Assert.Empty(Ids(Records.WithBody("# 1 Intro\n\nMr Glenn PARSONS chaired. Ms Reiko KONDO assisted. Dr. is written nowhere.\n"), "RG7021"));
    }

    // --- RG4020 stale revisions ------------------------------------------------------------------------------------

    [Fact]
    public void A_revision_older_than_the_registrys_is_RG4020_info_and_the_latest_is_quiet()
    {
        var registry = DocumentRegistry.ReadYaml(new Rgiem.Core.Text.SourceText("documents.yaml", "- {number: TSAG-TD624R3, title: Action plan}\n"), new DiagnosticBag());
        var options = CheckOptions.Default with { Registry = registry };
        var stale = Assert.Single(All(Records.WithBody("# 1 Intro\n\nThe meeting agreed TSAG-TD624R2.\n"), options), d => d.Id == "RG4020");
        Assert.Equal(DiagnosticSeverity.Info, stale.Severity);
        Assert.DoesNotContain(All(Records.WithBody("# 1 Intro\n\nThe meeting agreed TSAG-TD624R3 (see TSAG-TD624).\n"), options), d => d.Id == "RG4020");
    }
}
