using Rgiem.Core.Binding;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.FrontMatter;
using Rgiem.Core.Model;
using Rgiem.Core.Text;
using Rgiem.Core.Yaml;
using Rgiem.Testing;

namespace Rgiem.Core.Tests;

public class FrontMatterTests
{
    [Fact]
    public void The_standard_front_matter_binds_without_diagnostics()
    {
        var (record, diagnostics) = Records.Bind(Records.WithBody("# 1 Introduction\n"));
        Assert.Empty(diagnostics);
        var metadata = record!.Record.Metadata;
        Assert.Equal("TSAG-TD521", metadata.Number!.Canonical);
        Assert.Equal(DocumentType.TD, metadata.Type);
        Assert.Equal("RG-IEM", metadata.EffectiveActionPrefix);
        Assert.Equal(new DateOnly(2024, 7, 29), metadata.Meeting!.From);
        Assert.Equal("Ericsson", Assert.Single(metadata.Contacts).Organization);
        Assert.Equal(["N/A"], metadata.Questions);
    }

    [Fact]
    public void An_unknown_key_suggests_the_closest_field_on_the_key_line()
    {
        var (_, diagnostics) = Records.Bind(Records.FrontMatter.Replace("title:", "titel:", StringComparison.Ordinal));
        var unknown = Assert.Single(diagnostics, d => d.Id == "RG1007");
        Assert.Contains("did you mean 'title'?", unknown.Message, StringComparison.Ordinal);
        Assert.Equal(7, unknown.Location.Start.Line);
        Assert.Contains(diagnostics, d => d.Id == "RG1009" && d.Message.Contains("'title'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("contact", "contacts")]
    [InlineData("document", "number")]
    [InlineData("study_period", "study-period")]
    public void Common_misnamings_get_a_suggestion(string written, string expected)
    {
        string text = Records.FrontMatter.Replace("abstract:", $"{written}: x\nabstract:", StringComparison.Ordinal);
        var (_, diagnostics) = Records.Bind(text);
        var unknown = Assert.Single(diagnostics, d => d.Id == "RG1007");
        Assert.Contains($"'{expected}'", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_types_bad_dates_and_bad_numbers_are_all_reported_in_one_run()
    {
        string text = """
            ---
            number: TSAG-XY12
            group: RG-IEM
            parent: TSAG
            study-period: 2024-2022
            meeting: Geneva
            source: Rapporteur
            title: T
            type: Minutes
            contacts: [{name: A}]
            abstract: A
            sessions: [{date: 2024-02-30}]
            statistics: {participants: -3}
            ---
            """;
        var (_, diagnostics) = Records.Bind(text);
        Assert.Equal(
            ["RG1011@2:9", "RG1016@5:15", "RG1008@6:10", "RG1012@9:7", "RG1010@12:19", "RG1017@13:28"],
            diagnostics.Brief());
    }

    [Fact]
    public void Missing_required_fields_are_listed_with_an_example()
    {
        var (_, diagnostics) = Records.Bind("---\ntitle: T\n---\n");
        var missing = diagnostics.Where(d => d.Id == "RG1009").Select(d => d.Message).ToList();
        Assert.Contains(missing, m => m.Contains("'group'", StringComparison.Ordinal) && m.Contains("RG-IEM", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.Contains("'contacts'", StringComparison.Ordinal));
        // group, parent, study-period, source, contacts; the abstract is the form's (RG1040), not every record's.
        Assert.Equal(5, missing.Count);
    }

    [Fact]
    public void A_duplicate_key_points_at_the_second_one()
    {
        var (_, diagnostics) = Records.Bind(Records.FrontMatter.Replace("title:", "title: A\ntitle:", StringComparison.Ordinal));
        var duplicate = Assert.Single(diagnostics, d => d.Id == "RG1006");
        Assert.Equal(8, duplicate.Location.Start.Line);
        Assert.Contains("line 8", duplicate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unusual_purpose_is_only_a_warning()
    {
        var (_, diagnostics) = Records.Bind(Records.FrontMatter.Replace("title:", "purpose: Gossip\ntitle:", StringComparison.Ordinal));
        var purpose = Assert.Single(diagnostics);
        Assert.Equal("RG1013", purpose.Id);
        Assert.Equal(DiagnosticSeverity.Warning, purpose.Severity);
    }

    [Fact]
    public void A_meeting_that_ends_before_it_starts_is_RG1015()
    {
        var (_, diagnostics) = Records.Bind(Records.FrontMatter.Replace("to: 2024-08-02", "to: 2024-07-01", StringComparison.Ordinal));
        Assert.Equal("RG1015", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void Unclosed_front_matter_is_RG1001_and_binds_nothing()
    {
        var (record, diagnostics) = Records.Bind("---\ntitle: A\n# Agenda\n");
        Assert.Null(record);
        Assert.Equal(["RG1001@1:1"], diagnostics.Brief());
    }

    [Fact]
    public void A_file_without_front_matter_is_RG0014()
    {
        var (record, diagnostics) = Records.Bind("# Just notes\n");
        Assert.Null(record);
        Assert.Equal("RG0014", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void A_front_matter_list_is_RG1003()
    {
        var (_, diagnostics) = Records.Bind("---\n- a\n- b\n---\n");
        Assert.Contains(diagnostics, d => d.Id == "RG1003");
    }

    [Fact]
    public void Keywords_may_be_written_as_an_ITU_semicolon_list()
    {
        var (record, _) = Records.Bind(Records.FrontMatter.Replace("title:", "keywords: TSAG; report\ntitle:", StringComparison.Ordinal));
        Assert.Equal(["TSAG", "report"], record!.Record.Metadata.Keywords);
    }

    [Fact]
    public void Project_defaults_fill_what_the_record_leaves_out_and_point_at_rgiem_yaml()
    {
        var projectSource = new SourceText("rgiem.yaml", "defaults:\n  group: RG-IEM\n  parent: TSAG\n  study-period: 2022-2024\n");
        var mapping = (YamlMapping)((YamlMapping)YamlReader.Read(projectSource.Text, projectSource.Path, 0).Root!).Find("defaults")!.Value;
        var bag = new DiagnosticBag();
        var defaults = new ProjectDefaults(new FrontMatterValidator("rgiem.yaml", bag).ValidateObject(mapping, FrontMatterSchema.Fields), projectSource);
        string record = Records.FrontMatter
            .Replace("group: RG-IEM\n", string.Empty, StringComparison.Ordinal)
            .Replace("parent: TSAG\n", "parent: STUDY GROUP 17\n", StringComparison.Ordinal)
            .Replace("study-period: 2022-2024\n", string.Empty, StringComparison.Ordinal);
        var (bound, diagnostics) = Records.Bind(record, defaults: defaults);
        Assert.Empty(diagnostics);
        Assert.Equal("RG-IEM", bound!.Record.Metadata.Group);
        Assert.Equal("STUDY GROUP 17", bound.Record.Metadata.Parent);
        Assert.Equal("rgiem.yaml", bound.Map.Value("group").Path);
        Assert.Equal("record.md", bound.Map.Value("parent").Path);
    }

    [Fact]
    public void The_action_field_is_Markdown_mapped_back_into_the_front_matter()
    {
        string text = Records.FrontMatter.Replace("abstract:", "action: |\n  TSAG is invited to:\n\n  1. approve TSAG-TD624R2,\n  2. note TD666.\nabstract:", StringComparison.Ordinal);
        var (record, diagnostics) = Records.Bind(text);
        Assert.Empty(diagnostics);
        var action = record!.Record.Metadata.Action;
        Assert.IsType<ParagraphBlock>(action[0]);
        var list = Assert.IsType<ListBlock>(action[1]);
        Assert.True(list.Ordered);
        var item = (ParagraphBlock)list.Items[0].Blocks[0];
        var run = (TextRun)item.Inlines[0];
        Assert.Equal("approve TSAG-TD624R2,", run.Text);
        Assert.Equal(13, run.Location!.Start.Line);
        Assert.Equal(5, run.Location.Start.Character);
    }
}
