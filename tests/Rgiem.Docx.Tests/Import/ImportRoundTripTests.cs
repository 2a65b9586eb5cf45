using Rgiem.Core.Diagnostics;
using Rgiem.Testing;

namespace Rgiem.Docx.Tests.Import;

/// <summary>
/// <c>import(build(record))</c> for every sample: the same value on every cover field, and a rebuilt document whose
/// every paragraph (style, list level and text, body, tables and footnotes) is the original's.
/// </summary>
public sealed class ImportRoundTripTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [MemberData(nameof(ImportRoundTrip.Names), MemberType = typeof(ImportRoundTrip))]
    public void Importing_a_built_sample_gives_its_cover_fields_back(string name)
    {
        var sample = ImportRoundTrip.Get(name);
        var result = ImportRoundTrip.Run(sample.Docx, temp.FullPath, "imported", name);
        var expected = ImportRoundTrip.CoverFields(sample.Record.Metadata, name);
        var actual = ImportRoundTrip.CoverFields(result.Record.Metadata, name);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(ImportRoundTrip.Names), MemberType = typeof(ImportRoundTrip))]
    public void Importing_a_built_sample_and_building_it_again_gives_the_same_document_text(string name)
    {
        var sample = ImportRoundTrip.Get(name);
        var result = ImportRoundTrip.Run(sample.Docx, temp.FullPath, "imported", name);
        Assert.Equal(ImportRoundTrip.Paragraphs(sample.Docx), ImportRoundTrip.Paragraphs(result.Docx));
    }

    [Theory]
    [MemberData(nameof(ImportRoundTrip.Names), MemberType = typeof(ImportRoundTrip))]
    public void A_document_rgiem_built_imports_without_a_warning(string name)
    {
        var result = ImportRoundTrip.Run(ImportRoundTrip.Get(name).Docx, temp.FullPath, "imported", name);
        Assert.DoesNotContain(result.ImportDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Sessions_the_text_states_are_suggested_in_comments_never_as_values()
    {
        var result = ImportRoundTrip.Run(ImportRoundTrip.Get("rg-iem/2024-07-geneva-report").Docx, temp.FullPath, "report");
        Assert.Contains("\n# Suggested from the text by rgiem import: check, then uncomment.\n# sessions:\n#   - {date: 2024-07-30, time: 0930-1045 hours}\n#   - {date: 2024-07-31}\n---\n", result.Markdown, StringComparison.Ordinal);
        Assert.Empty(result.Record.Metadata.Sessions);
        Assert.Contains(result.ImportDiagnostics, d => d.Id == Rgiem.Core.Diagnostics.ImportDescriptors.MeetingFactsSuggested.Id && d.Message.Contains("2 session(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void The_list_after_the_action_paragraph_of_a_TSB_cover_is_the_covers_action()
    {
        var result = ImportRoundTrip.Run(ImportRoundTrip.Get("rg-iem/2022-12-geneva-draft-report").Docx, temp.FullPath, "report");
        Assert.Contains("\naction: |\n  TSAG is invited to authorize RG-IEM:\n\n  1. TBC,\n  2. TBC - to organize four interim virtual meetings", result.Markdown, StringComparison.Ordinal);
        string body = result.Markdown[result.Markdown.IndexOf("\n---\n", 4, StringComparison.Ordinal)..];
        Assert.DoesNotContain("TBC,", body, StringComparison.Ordinal);
        Assert.IsType<Rgiem.Core.Model.ListBlock>(result.Record.Metadata.Action[^1]);
    }

    [Fact]
    public void The_group_templates_cover_comes_back_from_its_labelled_rows_content_controls_and_lines()
    {
        var result = ImportRoundTrip.Run(ImportRoundTrip.Get("group/2022-12-geneva-draft-report").Docx, temp.FullPath, "report", "group/2022-12-geneva-draft-report");
        Assert.StartsWith("---\ntype: TD\nparent: TSAG\ngroup: RG-IEM\nquestions: N/A\nmeeting:\n  place: Geneva\n  from: 2022-12-12\n  to: 2022-12-16\nsource: Rapporteur, TSAG RG-IEM\n", result.Markdown, StringComparison.Ordinal);
        Assert.Contains("\npurpose: Report\ncontacts:\n  - name: Glenn Parsons\n    organization: Ericsson\n    country: Canada\n    email: rg-iem-rapporteur@example.org\n", result.Markdown, StringComparison.Ordinal);
        Assert.Contains("\naction: |\n  TSAG is invited to authorize RG-IEM:\n\n  1. TBC,\n", result.Markdown, StringComparison.Ordinal);
        var missing = Assert.Single(result.ImportDiagnostics, d => d.Id == Rgiem.Core.Diagnostics.ImportDescriptors.CoverFieldsMissing.Id);
        Assert.Contains("does not give study-period on its cover", missing.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.ImportDiagnostics, d => d.Id == Rgiem.Core.Diagnostics.ImportDescriptors.NoCover.Id);
    }

    [Fact]
    public void The_import_of_a_report_keeps_its_ITU_paragraph_kinds_and_cross_references()
    {
        string markdown = ImportRoundTrip.Run(ImportRoundTrip.Get("body/2024-09-participation-report").Docx, temp.FullPath, "report").Markdown;
        Assert.Contains(". @Sec:participation gives them by region (@fig:participation) and by meeting (@tbl:meetings); @sec:method says how", markdown, StringComparison.Ordinal);
        Assert.Contains("\n# 1 Introduction {#sec:intro}\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n# Annex A: How the figures were counted {#sec:method}\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\nNOTE 1 – Remote participation was possible at every meeting.\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n### Observations {.headingb}\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n+ participation from Europe and Asia-Pacific stays high;\n  + most of it from sector members;\n+ the Arab States", markdown, StringComparison.Ordinal);
        Assert.Contains("\n1) note the figures of @tbl:meetings and @fig:participation;\n2) consider ways to raise participation:\n   1) from the Arab States;\n   2) from the CIS region.\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n```{call}\nconsidering\n```\n\nthat the participation", markdown, StringComparison.Ordinal);
        Assert.Contains("\n[^3]: See clause 3 of this report, and @tbl:meetings.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_import_of_a_report_keeps_headings_actions_tables_figures_and_footnotes_as_markdown()
    {
        var result = ImportRoundTrip.Run(ImportRoundTrip.Get("body/2024-09-participation-report").Docx, temp.FullPath, "report");
        string markdown = result.Markdown;
        Assert.Contains("\n# 2 Participation {#sec:participation}\n", markdown, StringComparison.Ordinal);
        Assert.Contains("![Participation in the RG-IEM meetings by region", markdown, StringComparison.Ordinal);
        Assert.Contains("](report-1.png \"Participation by region\"){#fig:participation}\n", markdown, StringComparison.Ordinal);
        Assert.Contains("Table: Meetings of the study period {#tbl:meetings}\n\n| Meeting | Place | Delegates |\n|---|---|---:|\n| December 2022 | Geneva | 41 |", markdown, StringComparison.Ordinal);
        Assert.Contains("meetings of RG-IEM[^1] during", markdown, StringComparison.Ordinal);
        Assert.Contains("\n[^2]: The registration figures of TSB", markdown, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Samples, "body", "participation-by-region.png")), File.ReadAllBytes(Path.Combine(temp.FullPath, "out", "report-1.png")));
    }
}
