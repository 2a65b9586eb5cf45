using System.Text.Json;
using Rgiem.Core.FrontMatter;
using Rgiem.Core.Model;
using Rgiem.Testing;

namespace Rgiem.Core.Tests;

/// <summary>The front matter of the repository: kind, covers (RG1030-RG1032) and action-status.</summary>
public class ProgressReportFrontMatterTests
{
    /// <summary>The standard front matter with <paramref name="yaml"/> on line 8 (before 'title').</summary>
    private static string With(string yaml) =>
        Records.FrontMatter.Replace("title:", yaml + "\ntitle:", StringComparison.Ordinal) + "# 1 Introduction\n";

    private static (RecordMetadata Metadata, IReadOnlyList<string> Found) Bind(string yaml)
    {
        var (record, diagnostics) = Records.Bind(With(yaml));
        return (record!.Record.Metadata, diagnostics.Brief());
    }

    [Fact]
    public void A_record_is_a_meeting_unless_it_says_otherwise()
    {
        var (metadata, found) = Bind("purpose: Report");
        Assert.Empty(found);
        Assert.Equal(RecordKind.Meeting, metadata.Kind);
        Assert.Null(metadata.Covers);
        Assert.Empty(metadata.ActionStatuses);
    }

    [Theory]
    [InlineData("covers: meetings/2023-*.md", new[] { "meetings/2023-*.md" }, null, null)]
    [InlineData("covers: [meetings/a.md, 'meetings\\b.md']", new[] { "meetings/a.md", "meetings/b.md" }, null, null)]
    [InlineData("covers: {from: 2023-01-01, to: 2023-05-31}", new string[0], "2023-01-01", "2023-05-31")]
    [InlineData("covers: {files: meetings/**/*.md, from: 2023-01-01}", new[] { "meetings/**/*.md" }, "2023-01-01", null)]
    [InlineData("covers:\n  files:\n    - meetings/a.md\n  to: 2023-05-31", new[] { "meetings/a.md" }, null, "2023-05-31")]
    public void A_progress_report_covers_files_globs_or_a_period(string covers, string[] files, string? from, string? to)
    {
        var (metadata, found) = Bind("kind: progress-report\n" + covers);
        Assert.Empty(found);
        Assert.Equal(RecordKind.ProgressReport, metadata.Kind);
        var selection = metadata.Covers!;
        Assert.Equal(files, selection.Files.Select(f => f.Pattern));
        Assert.Equal(from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), selection.From);
        Assert.Equal(to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), selection.To);
    }

    [Fact]
    public void The_location_of_each_covers_pattern_is_kept()
    {
        var (metadata, _) = Bind("kind: progress-report\ncovers: [meetings/a.md, meetings/b*.md]");
        // Zero-based: line 9, columns 10 and 25 as printed.
        Assert.Equal([(8, 9), (8, 24)], metadata.Covers!.Files.Select(f => (f.Location.Start.Line, f.Location.Start.Character)));
        Assert.False(metadata.Covers.Files[0].IsGlob);
        Assert.True(metadata.Covers.Files[1].IsGlob);
    }

    [Fact]
    public void RG1012_for_a_kind_that_is_not_meeting_or_progress_report()
    {
        var (metadata, found) = Bind("kind: minutes");
        Assert.Equal(["RG1012@8:7"], found);
        Assert.Equal(RecordKind.Meeting, metadata.Kind);
    }

    [Fact]
    public void RG1030_covers_on_a_meeting_record_at_the_key()
    {
        Assert.Equal(["RG1030@8:1"], Bind("covers: meetings/*.md").Found);
        Assert.Equal(["RG1030@9:1"], Bind("kind: meeting\ncovers: meetings/*.md").Found);
    }

    [Fact]
    public void RG1031_a_progress_report_without_covers_at_its_kind()
    {
        Assert.Equal(["RG1031@8:7"], Bind("kind: progress-report").Found);
        Assert.Equal(["RG1031@8:7"], Bind("kind: progress-report\ncovers: []").Found);
    }

    [Fact]
    public void RG1032_an_absolute_or_empty_covers_path_at_the_path_and_the_rest_are_kept()
    {
        var (metadata, found) = Bind("kind: progress-report\ncovers: [meetings/a.md, /srv/rg-iem/*.md, '', ~/m.md, 'C:\\m.md']");
        Assert.Equal(["RG1032@9:25", "RG1032@9:43", "RG1032@9:47", "RG1032@9:55"], found);
        Assert.Equal(["meetings/a.md"], metadata.Covers!.Files.Select(f => f.Pattern));
    }

    [Fact]
    public void RG1032_alone_when_every_covers_path_is_refused()
    {
        Assert.Equal(["RG1032@9:9"], Bind("kind: progress-report\ncovers: /srv/rg-iem/*.md").Found);
    }

    [Fact]
    public void RG1015_for_a_covered_period_that_ends_before_it_starts()
    {
        var (_, found) = Bind("kind: progress-report\ncovers: {from: 2023-05-31, to: 2023-01-01}");
        Assert.Equal(["RG1015@9:32"], found);
    }

    [Fact]
    public void Action_status_entries_are_read_with_the_identifier_as_actions_write_it()
    {
        var (metadata, found) = Bind("action-status:\n  - {action: RG-IEM-04, of: TSAG-TD521, status: Approved}\n  - {action: Action  2, status: done}");
        Assert.Empty(found);
        Assert.Equal(
            [("RG-IEM-4", "TSAG-TD521", ActionStatus.Approved), ("Action 2", null, ActionStatus.Done)],
            metadata.ActionStatuses.Select(s => (s.Action, s.Of, s.Status)));
        Assert.Equal("approved", metadata.ActionStatuses[0].StatusText);
    }

    [Fact]
    public void Action_status_problems_are_reported_at_the_value()
    {
        var (metadata, found) = Bind(
            "action-status:\n  - {action: RG IEM 4, status: done}\n  - {action: RG-IEM-4, of: the July report, status: done}\n  - {action: RG-IEM-4, status: closed}\n  - {status: done}");
        // The YAML checks (status, missing action) come first, then the binder's (identifier, 'of').
        Assert.Equal(["RG1012@11:32", "RG1009@12:5", "RG1018@9:14", "RG1018@10:28"], found);
        Assert.Empty(metadata.ActionStatuses);
    }

    [Fact]
    public void Valid_repository_fields_are_quiet()
    {
        var (_, found) = Bind("kind: progress-report\ncovers: meetings/*.md\naction-status: [{action: RG-IEM-1, of: DOC5 (230131), status: agreed}]");
        Assert.Empty(found);
    }

    [Fact]
    public void The_JSON_schema_takes_covers_as_a_glob_a_list_or_a_mapping()
    {
        using var schema = JsonDocument.Parse(JsonSchemaWriter.Write(FrontMatterSchema.Fields));
        var properties = schema.RootElement.GetProperty("properties");
        var covers = properties.GetProperty("covers").GetProperty("anyOf");
        Assert.Equal(2, covers.GetArrayLength());
        Assert.Equal(["string", "array"], covers[0].GetProperty("type").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("object", covers[1].GetProperty("type").GetString());
        Assert.Equal(["files", "from", "to"], covers[1].GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["meeting", "progress-report"], properties.GetProperty("kind").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        var status = properties.GetProperty("action-status").GetProperty("items");
        Assert.Equal(["action", "status"], status.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }
}
