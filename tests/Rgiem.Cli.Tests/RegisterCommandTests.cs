using System.Text.Json;
using Rgiem.Cli.Output;
using Rgiem.Cli.Tests.Support;
using Rgiem.Testing;

namespace Rgiem.Cli.Tests;

/// <summary><c>rgiem actions</c> and <c>rgiem refs</c>, run in process on copies of the samples; every output is parsed.</summary>
public class RegisterCommandTests
{
    private const string Project = "defaults:\n  group: RG-IEM\n  parent: TSAG\n  study-period: 2022-2024\n  source: Rapporteur, TSAG RG-IEM\n  contacts: [Glenn Parsons]\n";

    private static string Meeting(string from, string extra, string body) =>
        $"---\nmeeting: {{place: e-meeting, from: {from}}}\ntitle: Meeting of {from}\nabstract: Summary.\n{extra}---\n\n# 1 Introduction\n\n{body}";

    [Fact]
    public void Actions_csv_for_the_samples_is_RFC_4180_with_the_documented_columns()
    {
        using var folder = new TempFolder();
        folder.CopySamples();
        var run = CliRun.Of(folder.FullPath, "actions", "rg-iem", "--format", "csv");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Empty, run.Error);

        var rows = Rfc4180.Parse(run.Output);
        Assert.Equal(["id", "meeting", "date", "target", "text", "status", "statusSetIn", "group", "path", "line"], rows[0]);
        Assert.Equal(ActionRegisterWriter.Columns, rows[0]);
        var actions = rows.Skip(1).ToList();
        Assert.Equal(9, actions.Count);
        Assert.All(actions, a => Assert.Equal(10, a.Length));
        Assert.Equal(
            ["Action 1", "Action 2", "Action 3", "RG-IEM-1", "RG-IEM-2", "RG-IEM-3", "RG-IEM-4", "RG-IEM-5", "RG-IEM-6"],
            actions.Select(a => a[0]));
        Assert.Equal(
            ["Action 1", "TSAG-TD255", "2023-05-30", "TSAG", "TSAG is invited to approve the action plan in TSAG-TD256 for implementation.", "", "", "RG-IEM", "rg-iem/2023-05-progress-report.md", "58"],
            actions[0]);
        Assert.Equal(
            ["RG-IEM-6", "TSAG-TD521", "2024-07-29", "WP2", "to request TSAG through WP2 to approve the RG-IEM interim activities (11 February 2025 and 22 April 2025, 1300-1500 Geneva time).", "", "", "RG-IEM", "rg-iem/2024-07-geneva-report.md", "132"],
            actions[^1]);

        // A text with a comma is quoted; one without is not.
        Assert.Contains(",\"to request TSAG through WP2 to approve the RG-IEM interim activities (11 February 2025 and 22 April 2025, 1300-1500 Geneva time).\",", run.Output, StringComparison.Ordinal);
        Assert.Contains(",TSAG is invited to approve the action plan in TSAG-TD256 for implementation.,", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Actions_json_carries_the_status_a_later_record_gives()
    {
        using var folder = new TempFolder();
        folder.Write("rgiem.yaml", Project);
        folder.Write("meetings/a.md", Meeting("2023-01-31", "number: TSAG-TD300\n", "RG-IEM-1: to request TSAG to agree the plan.\n"));
        folder.Write("meetings/b.md", Meeting("2023-03-07", "action-status: [{action: RG-IEM-1, of: TSAG-TD300, status: approved}]\n", "The meeting met.\n"));
        var run = CliRun.Of(folder.FullPath, "actions", "--format", "json");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal((1, "rgiem", "actions"), (root.GetProperty("formatVersion").GetInt32(), root.GetProperty("tool").GetString(), root.GetProperty("command").GetString()));
        var action = Assert.Single(root.GetProperty("actions").EnumerateArray());
        Assert.Equal(
            ["id", "meeting", "date", "target", "text", "status", "statusSetIn", "group", "path", "line"],
            action.EnumerateObject().Select(p => p.Name));
        Assert.Equal("RG-IEM-1", action.GetProperty("id").GetString());
        Assert.Equal("TSAG-TD300", action.GetProperty("meeting").GetString());
        Assert.Equal("2023-01-31", action.GetProperty("date").GetString());
        Assert.Equal("TSAG", action.GetProperty("target").GetString());
        Assert.Equal("approved", action.GetProperty("status").GetString());
        Assert.Equal("meetings/b.md", action.GetProperty("statusSetIn").GetString());
        Assert.Equal(("meetings/a.md", 10), (action.GetProperty("path").GetString(), action.GetProperty("line").GetInt32()));
    }

    [Fact]
    public void Actions_table_for_people()
    {
        var run = CliRun.Of(RepoPaths.Root, "actions", "samples/rg-iem");
        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("ID        MEETING     DATE        TARGET  STATUS  TEXT", lines[0]);
        Assert.StartsWith("RG-IEM-1  TSAG-TD521  2024-07-29  WP2     -       to request TSAG through WP2 to agree", lines[4], StringComparison.Ordinal);
        Assert.Equal("actions: 9 action(s) of 2 meeting(s)", lines[^1]);
    }

    [Fact]
    public void Refs_json_for_the_samples_lists_every_document_with_its_citations()
    {
        using var folder = new TempFolder();
        folder.CopySamples();
        var run = CliRun.Of(folder.FullPath, "refs", "rg-iem", "--format", "json");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Empty, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal((1, "rgiem", "refs"), (root.GetProperty("formatVersion").GetInt32(), root.GetProperty("tool").GetString(), root.GetProperty("command").GetString()));
        var documents = root.GetProperty("documents").EnumerateArray().ToList();
        var numbers = documents.Select(d => d.GetProperty("number").GetString()!).ToList();
        Assert.Equal(numbers.Order(StringComparer.Ordinal), numbers);
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.All(documents, d => Assert.Equal(
            ["number", "title", "source", "known", "latestKnownRevision", "firstRevisionCited", "lastRevisionCited", "listedIn", "citations"],
            d.EnumerateObject().Select(p => p.Name)));

        // Every document of the samples is known, and every one listed is cited.
        Assert.All(documents, d => Assert.True(d.GetProperty("known").GetBoolean(), d.GetProperty("number").GetString()));
        Assert.All(documents, d => Assert.NotEqual(0, d.GetProperty("citations").GetArrayLength()));

        var report = documents.Single(d => d.GetProperty("number").GetString() == "DOC5 (230131)");
        Assert.Equal("Report of RG-IEM meeting 1", report.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("firstRevisionCited").ValueKind);
        Assert.Equal(["rg-iem/2023-05-progress-report.md"], report.GetProperty("listedIn").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(
            // The generated Annex B cites it at the directive; the meeting record in its abstract and its text.
            [("rg-iem/2023-05-progress-report.md", 91), ("rg-iem/meetings/2023-01-e-meeting.md", 12), ("rg-iem/meetings/2023-01-e-meeting.md", 28)],
            report.GetProperty("citations").EnumerateArray().Select(c => (c.GetProperty("path").GetString(), c.GetProperty("line").GetInt32())));

        var plan = documents.Single(d => d.GetProperty("number").GetString() == "TSAG-TD624");
        // Cited as TSAG-TD624 (the original) in clause 3 and as TSAG-TD624R2 elsewhere.
        Assert.Equal((2, 0, 2), (plan.GetProperty("latestKnownRevision").GetInt32(), plan.GetProperty("firstRevisionCited").GetInt32(), plan.GetProperty("lastRevisionCited").GetInt32()));
        Assert.Equal("Updated ITU-T action plan for a vibrant engagement of the industry", plan.GetProperty("title").GetString());
        var first = plan.GetProperty("citations").EnumerateArray().First(c => c.GetProperty("revision").GetInt32() == 2);
        Assert.Equal(("rg-iem/2024-07-geneva-report.md", "TSAG-TD624R2", 2), (first.GetProperty("path").GetString(), first.GetProperty("text").GetString(), first.GetProperty("revision").GetInt32()));
        Assert.True(first.GetProperty("line").GetInt32() > 0 && first.GetProperty("column").GetInt32() > 0);
    }

    [Fact]
    public void Refs_csv_and_its_filters()
    {
        using var folder = new TempFolder();
        folder.Write("rgiem.yaml", Project);
        folder.Write("documents.yaml", "- {number: TSAG-TD624, title: \"Action plan, updated\", revision: 2}\n- {number: TSAG-TD700, title: Never cited}\n");
        folder.Write("a.md", Meeting("2024-07-30", string.Empty, "The meeting agreed TSAG-TD624R2 and TD624R1 and noted TSAG-TD999.\n"));

        var all = Rfc4180.Parse(CliRun.Of(folder.FullPath, "refs", "--format", "csv").Output);
        Assert.Equal(DocumentRegisterWriter.Columns, all[0]);
        Assert.Equal(["TSAG-TD624", "Action plan, updated", "", "true", "2", "1", "2", "documents.yaml", "a.md:9:20; a.md:9:37"], all[1]);
        Assert.Equal(["TSAG-TD624", "TSAG-TD700", "TSAG-TD999"], all.Skip(1).Select(r => r[0]));

        Assert.Equal(["TSAG-TD700"], Rfc4180.Parse(CliRun.Of(folder.FullPath, "refs", "--unused", "--format", "csv").Output).Skip(1).Select(r => r[0]));
        var unknown = Rfc4180.Parse(CliRun.Of(folder.FullPath, "refs", "--unknown", "--format", "csv").Output).Skip(1).ToList();
        Assert.Equal(["TSAG-TD999", "", "", "false", "", "0", "0", "", "a.md:9:55"], Assert.Single(unknown));
    }

    [Fact]
    public void Refs_table_shows_each_citation_under_its_document()
    {
        var run = CliRun.Of(RepoPaths.Root, "refs", "samples/rg-iem");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("NUMBER         CITED  REVISIONS    KNOWN  TITLE\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("\nTSAG-TD624     ", run.Output, StringComparison.Ordinal);
        Assert.Contains("\n    samples/rg-iem/2024-07-geneva-report.md(43,", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"\nrefs: \d+ document\(s\), \d+ cited, 0 unused, 0 unknown\n$", run.Output);
    }

    [Theory]
    [InlineData("documents.yaml")]
    [InlineData("documents.csv")]
    public void Refs_export_writes_a_registry_that_check_reads(string file)
    {
        using var folder = new TempFolder();
        folder.CopySamples(".");
        var export = CliRun.Of(folder.FullPath, "refs", ".", "--export", file);
        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.Equal(string.Empty, export.Output);
        Assert.Matches(@$"^wrote {file.Replace(".", "\\.", StringComparison.Ordinal)} \(\d+ document\(s\)\)\n$", export.Error);
        Assert.True(File.Exists(folder.Combine(file)));

        // check now reads the registry: still no errors and no registry problems (RG4010), the same 12 warnings.
        var check = CliRun.Of(folder.FullPath, "check", ".", "--format", "msbuild");
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.DoesNotContain(check.Diagnostics, d => d.Id == "RG4010");
        Assert.Equal(12, check.Diagnostics.Count);

        // and every document it lists is known.
        using var json = JsonDocument.Parse(CliRun.Of(folder.FullPath, "refs", ".", "--format", "json").Output);
        Assert.All(json.RootElement.GetProperty("documents").EnumerateArray(), d => Assert.Contains(file, d.GetProperty("listedIn").EnumerateArray().Select(e => e.GetString())));
    }

    [Fact]
    public void Refs_export_to_a_file_that_is_not_yaml_or_csv_is_a_usage_error()
    {
        using var folder = new TempFolder();
        var run = CliRun.Of(folder.FullPath, "refs", "--export", "documents.txt");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("must end in .yaml, .yml or .csv", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.Combine("documents.txt")));
    }

    [Fact]
    public void A_register_of_records_with_errors_is_printed_and_the_errors_go_to_stderr_exit_1()
    {
        using var folder = new TempFolder();
        folder.Write("r.md", Records.WithBody("# 1 Introduction\n\nRG-IEM-1: to agree the plan.\n\n# 3 Results\n"));
        var run = CliRun.Of(folder.FullPath, "actions", "--format", "csv");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("RG-IEM-1", Rfc4180.Parse(run.Output)[1][0]);
        Assert.StartsWith("r.md(17,1): error RG2002: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("rgiem: 1 error(s) in the records; the register may be incomplete.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_is_exit_2_and_an_unknown_option_a_usage_error()
    {
        using var folder = new TempFolder();
        Assert.Equal(2, CliRun.Of(folder.FullPath, "refs", "no-such-folder").ExitCode);
        var run = CliRun.Of(folder.FullPath, "actions", "--frobnicate");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--frobnicate", run.Error, StringComparison.Ordinal);
    }
}
