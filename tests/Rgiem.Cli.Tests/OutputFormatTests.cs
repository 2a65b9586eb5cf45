using System.Text.Json;
using Rgiem.Cli.Output;
using Rgiem.Core.Diagnostics;
using Rgiem.Testing;

using Rgiem.Cli.Tests.Support;

namespace Rgiem.Cli.Tests;

public class OutputFormatTests
{
    private const string Samples = "samples/rg-iem";

    /// <summary>A record with a front matter error (RG1010), a placeholder and a repeated word, and no number.</summary>
    private static readonly string BrokenRecord =
        Records.FrontMatter
            .Replace("number: TSAG-TD521\n", string.Empty, StringComparison.Ordinal)
            .Replace("from: 2024-07-29", "from: 2024-02-30", StringComparison.Ordinal)
        + "# 1 Intro\n\nThe date is TBC and the the venue too.\n";

    private static CliRun CheckSamples(params string[] options) => CliRun.Of(RepoPaths.Root, ["check", .. options, Samples]);

    // SARIF

    [Fact]
    public void Sarif_for_the_samples_is_valid_and_holds_the_readiness_findings()
    {
        var run = CheckSamples("--format", "sarif");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Empty(SarifValidator.Validate(run.Output));

        using var sarif = JsonDocument.Parse(run.Output);
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var readiness = results.Where(r => r.GetProperty("ruleId").GetString()!.StartsWith("RG7", StringComparison.Ordinal)).ToList();
        Assert.Equal(9, readiness.Count); // 8 and RG7021: TSAG-TD521 writes "Mr." once among its "Mr"s
        Assert.All(readiness, r => Assert.Equal("warning", r.GetProperty("level").GetString()));

        var itut = readiness.Single(r => r.GetProperty("ruleId").GetString() == "RG7003");
        var physical = itut.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("samples/rg-iem/2023-05-progress-report.md", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        var region = physical.GetProperty("region");
        Assert.Equal((68, 89, 68, 93), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
    }

    [Fact]
    public void Sarif_for_a_record_with_errors_under_final_is_valid_and_escalates_readiness()
    {
        using var folder = new TempFolder();
        folder.Write("report.md", BrokenRecord);
        var run = CliRun.Of(folder.FullPath, "check", "--format", "sarif", "--final", "report.md");
        Assert.Equal(1, run.ExitCode);
        Assert.Empty(SarifValidator.Validate(run.Output));

        using var sarif = JsonDocument.Parse(run.Output);
        var runElement = sarif.RootElement.GetProperty("runs")[0];
        var results = runElement.GetProperty("results").EnumerateArray()
            .Select(r => (Id: r.GetProperty("ruleId").GetString(), Level: r.GetProperty("level").GetString()))
            .ToList();
        Assert.Contains(("RG1010", "error"), results);
        Assert.Contains(("RG7001", "error"), results);
        Assert.Contains(("RG7002", "error"), results);
        Assert.Contains(("RG7005", "error"), results);

        // The rule keeps its documented default level; the result carries the escalated one.
        var rule = runElement.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "RG7001");
        Assert.Equal("warning", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        var invocation = runElement.GetProperty("invocations")[0];
        Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Equal(1, invocation.GetProperty("exitCode").GetInt32());
    }

    [Fact]
    public void Sarif_for_a_missing_path_is_valid_with_a_tool_execution_notification_not_a_result()
    {
        var run = CliRun.Of(RepoPaths.Root, "check", "--format", "sarif", "no-such-folder");
        Assert.Equal(2, run.ExitCode);
        Assert.Empty(SarifValidator.Validate(run.Output));
        using var sarif = JsonDocument.Parse(run.Output);
        var runElement = sarif.RootElement.GetProperty("runs")[0];
        Assert.Empty(runElement.GetProperty("results").EnumerateArray());
        var invocation = runElement.GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        var notification = Assert.Single(invocation.GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.Equal("error", notification.GetProperty("level").GetString());
        Assert.StartsWith("RG0006: 'no-such-folder' does not exist.", notification.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        var rule = notification.GetProperty("associatedRule");
        Assert.Equal("RG0006", rule.GetProperty("id").GetString());
        var rules = runElement.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.Equal("RG0006", rules[rule.GetProperty("index").GetInt32()].GetProperty("id").GetString());
    }

    [Fact]
    public void One_run_prints_annotations_and_writes_the_sarif_log_and_the_step_summary()
    {
        using var folder = new TempFolder();
        folder.Write("report.md", BrokenRecord);
        string summary = folder.Write("summary.md", "Earlier step.\n");
        var run = CliRunner.RunWith(folder.FullPath, new Dictionary<string, string?> { ["GITHUB_STEP_SUMMARY"] = summary }, "check", "--format", "github", "--sarif", "logs/rgiem.sarif", "report.md");
        Assert.Equal(1, run.ExitCode);
        Assert.Empty(GitHubCommandValidator.Validate(run.Output));
        Assert.Contains("::error file=report.md,", run.Output, StringComparison.Ordinal);
        string[] lines = run.Output.TrimEnd('\n').Split('\n');
        Assert.Matches(@"^check: 1 record, [1-9]\d* error\(s\), \d+ warning\(s\), \d+ info$", lines[^1]);
        Assert.Equal("wrote logs/rgiem.sarif\n", run.Error);

        string log = File.ReadAllText(folder.Combine("logs/rgiem.sarif"));
        Assert.Empty(SarifValidator.Validate(log));
        Assert.Equal(CliRun.Of(folder.FullPath, "check", "--format", "sarif", "report.md").Output, log);

        string markdown = File.ReadAllText(summary);
        Assert.StartsWith("Earlier step.\n### rgiem " + lines[^1] + "\n\n| Severity | Rule | Where | Message |\n|---|---|---|---|\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| error | RG1010 | `report.md:", markdown, StringComparison.Ordinal);
        Assert.Equal(run.Output.Split('\n').Count(l => l.StartsWith("::", StringComparison.Ordinal)), markdown.Split('\n').Count(l => l.StartsWith("| error |", StringComparison.Ordinal) || l.StartsWith("| warning |", StringComparison.Ordinal) || l.StartsWith("| info |", StringComparison.Ordinal)));
    }

    [Fact]
    public void Without_GITHUB_STEP_SUMMARY_or_outside_the_github_format_no_summary_file_is_written()
    {
        using var folder = new TempFolder();
        folder.Write("report.md", Records.WithBody("# 1 Intro\n\nText.\n"));
        string summary = folder.Combine("summary.md");
        var human = CliRunner.RunWith(folder.FullPath, new Dictionary<string, string?> { ["GITHUB_STEP_SUMMARY"] = summary }, "check", "report.md");
        Assert.Equal(0, human.ExitCode);
        Assert.False(File.Exists(summary));
        var github = CliRunner.RunWith(folder.FullPath, new Dictionary<string, string?> { ["GITHUB_STEP_SUMMARY"] = summary }, "check", "--format", "github", "report.md");
        Assert.Equal(0, github.ExitCode);
        Assert.Equal("### rgiem check: 1 record, 0 error(s), 0 warning(s), 0 info\n\nNo problems found.\n\n", File.ReadAllText(summary));
    }

    [Fact]
    public void Sarif_rules_are_the_catalog_with_documentation_and_levels()
    {
        var run = CheckSamples("--format", "sarif");
        using var sarif = JsonDocument.Parse(run.Output);
        var driver = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        Assert.Equal("rgiem", driver.GetProperty("name").GetString());
        Assert.Equal(ToolInfo.Version, driver.GetProperty("semanticVersion").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(DiagnosticCatalog.All.Select(d => d.Id), rules.Select(r => r.GetProperty("id").GetString()));
        foreach (var (rule, descriptor) in rules.Zip(DiagnosticCatalog.All))
        {
            Assert.Equal(descriptor.Title, rule.GetProperty("shortDescription").GetProperty("text").GetString());
            Assert.NotEqual(descriptor.Title, rule.GetProperty("fullDescription").GetProperty("text").GetString());
            // Without a configured RepositoryUrl there is no absolute help URI; the help text itself is embedded.
            Assert.Equal(ToolInfo.HelpUri(descriptor) is not null, rule.TryGetProperty("helpUri", out _));
            Assert.Equal(SarifReportWriter.Level(descriptor.DefaultSeverity), rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
            Assert.Contains("Bad:", rule.GetProperty("help").GetProperty("markdown").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal("PlaceholderLeftInTheText", rules.Single(r => r.GetProperty("id").GetString() == "RG7001").GetProperty("name").GetString());
    }

    [Fact]
    public void Sarif_build_writes_only_the_log_to_stdout_and_the_outputs_to_stderr()
    {
        using var folder = new TempFolder();
        string samples = folder.CopySamples();
        var run = CliRun.Of(folder.FullPath, "build", "--format", "sarif", samples);
        Assert.Equal(0, run.ExitCode);
        Assert.Empty(SarifValidator.Validate(run.Output));
        // A slow machine also gets progress lines ("building: 2/8 records checked…", after a second) on standard error.
        var wrote = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("building: ", StringComparison.Ordinal)).ToList();
        Assert.True(wrote.Count == 7, run.Error);
        Assert.All(wrote, line => Assert.StartsWith("wrote rg-iem/out/", line, StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(folder.FullPath, "rg-iem", "out", "TSAG-TD521.docx")));
    }

    [Fact]
    public void Sarif_uris_are_relative_percent_encoded_and_use_forward_slashes()
    {
        Assert.Equal("my%20records/a%23b.md", SarifReportWriter.RelativeUri("my records/a#b.md"));
        Assert.Equal("../x/y.md", SarifReportWriter.RelativeUri("..\\x\\y.md"));

        using var folder = new TempFolder();
        folder.Write("my records/a#b.md", BrokenRecord);
        var run = CliRun.Of(folder.FullPath, "check", "--format", "sarif", "my records");
        Assert.Empty(SarifValidator.Validate(run.Output));
        Assert.Contains("\"uri\": \"my%20records/a%23b.md\"", run.Output, StringComparison.Ordinal);
    }

    // JSON

    [Fact]
    public void Json_for_the_samples_is_valid_and_gives_one_based_positions()
    {
        var run = CheckSamples("--format", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Empty(JsonReportValidator.Validate(run.Output));

        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("check", root.GetProperty("command").GetString());
        Assert.Equal(7, root.GetProperty("summary").GetProperty("records").GetInt32());
        Assert.Equal(7, root.GetProperty("records").GetArrayLength());
        var itut = root.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "RG7003");
        Assert.Equal("samples/rg-iem/2023-05-progress-report.md", itut.GetProperty("path").GetString());
        Assert.Equal((68, 89, 68, 93), (itut.GetProperty("line").GetInt32(), itut.GetProperty("column").GetInt32(), itut.GetProperty("endLine").GetInt32(), itut.GetProperty("endColumn").GetInt32()));
        Assert.Equal("warning", itut.GetProperty("severity").GetString());
        Assert.Equal("ITU sector name misspelt", itut.GetProperty("title").GetString());
        Assert.EndsWith("docs/diagnostics.md#rg7003", itut.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_for_a_record_with_errors_counts_them_per_record()
    {
        using var folder = new TempFolder();
        folder.Write("report.md", BrokenRecord);
        var run = CliRun.Of(folder.FullPath, "check", "--format", "json", "--final", "report.md");
        Assert.Equal(1, run.ExitCode);
        Assert.Empty(JsonReportValidator.Validate(run.Output));
        using var json = JsonDocument.Parse(run.Output);
        var record = Assert.Single(json.RootElement.GetProperty("records").EnumerateArray());
        Assert.Equal("report.md", record.GetProperty("path").GetString());
        Assert.True(record.GetProperty("errors").GetInt32() >= 4);
        Assert.Equal(JsonValueKind.Null, record.GetProperty("output").ValueKind);
        Assert.Equal(1, json.RootElement.GetProperty("exitCode").GetInt32());
    }

    [Fact]
    public void Json_for_a_missing_path_has_null_positions()
    {
        var run = CliRun.Of(RepoPaths.Root, "check", "--format", "json", "no-such-folder");
        Assert.Equal(2, run.ExitCode);
        Assert.Empty(JsonReportValidator.Validate(run.Output));
        using var json = JsonDocument.Parse(run.Output);
        var diagnostic = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("RG0006", diagnostic.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, diagnostic.GetProperty("path").ValueKind);
        Assert.Equal(JsonValueKind.Null, diagnostic.GetProperty("line").ValueKind);
    }

    [Fact]
    public void Json_build_lists_the_written_outputs_and_keeps_stdout_pure()
    {
        using var folder = new TempFolder();
        string samples = folder.CopySamples();
        var run = CliRun.Of(folder.FullPath, "build", "--format", "json", samples);
        Assert.Equal(0, run.ExitCode);
        Assert.Empty(JsonReportValidator.Validate(run.Output));
        using var json = JsonDocument.Parse(run.Output);
        var written = json.RootElement.GetProperty("written").EnumerateArray().ToList();
        Assert.Equal(7, written.Count);
        Assert.Contains(written, w => w.GetProperty("path").GetString() == "rg-iem/out/TSAG-TD521.docx" && w.GetProperty("bytes").GetInt64() > 0);
        Assert.All(json.RootElement.GetProperty("records").EnumerateArray(), r => Assert.Equal(JsonValueKind.String, r.GetProperty("output").ValueKind));
        Assert.Equal(7, run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.StartsWith("wrote ", StringComparison.Ordinal)));
    }

    // GitHub workflow commands

    [Fact]
    public void GitHub_commands_for_the_samples_are_well_formed()
    {
        var run = CheckSamples("--format", "github");
        Assert.Equal(0, run.ExitCode);
        Assert.Empty(GitHubCommandValidator.Validate(run.Output));
        Assert.Contains(
            "::warning file=samples/rg-iem/2023-05-progress-report.md,line=68,col=89,endLine=68,endColumn=92,title=RG7003::'ITUT' should be written 'ITU-T', with a hyphen\n",
            run.Output,
            StringComparison.Ordinal);
        // 9 readiness warnings (RG7021 included), the glued reference TSAG-TD257and (RG4002) and two records that mix time styles (RG5007).
        Assert.Equal(12, run.Output.Split('\n').Count(l => l.StartsWith("::warning ", StringComparison.Ordinal)));
    }

    [Fact]
    public void GitHub_escaping_follows_the_runner()
    {
        Assert.Equal("100%25 a:b, c%0D%0Ad", GitHubReportWriter.EscapeData("100% a:b, c\r\nd"));
        Assert.Equal("100%25 a%3Ab%2C c%0D%0Ad", GitHubReportWriter.EscapeProperty("100% a:b, c\r\nd"));
    }

    [Fact]
    public void GitHub_escapes_paths_and_messages()
    {
        using var folder = new TempFolder();
        string text = Records.FrontMatter.Replace("abstract:", "odd%key,x: 1\nabstract:", StringComparison.Ordinal) + "# 1 Intro\n\nText.\n";
        folder.Write("a,b/c:d.md", text);
        var run = CliRun.Of(folder.FullPath, "check", "--format", "github", "a,b");
        Assert.Empty(GitHubCommandValidator.Validate(run.Output));
        string[] lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("check: 1 record, 0 error(s), 1 warning(s), 0 info", lines[1]);
        string line = lines[0];
        Assert.StartsWith("::warning file=a%2Cb/c%3Ad.md,line=11,col=1,endLine=11,endColumn=9,title=RG1007::Unknown key 'odd%25key,x'", line, StringComparison.Ordinal);
    }

    [Fact]
    public void GitHub_info_is_a_notice_and_a_missing_path_has_no_file()
    {
        using var folder = new TempFolder();
        folder.Write("rgiem.yaml", "rules:\n  RG7001: info\n");
        folder.Write("report.md", Records.WithBody("# 1 Intro\n\nThe date is TBC.\n"));
        var run = CliRun.Of(folder.FullPath, "check", "--format", "github", ".", "no-such-folder");
        Assert.Equal(2, run.ExitCode);
        Assert.Empty(GitHubCommandValidator.Validate(run.Output));
        Assert.Contains("::error title=RG0006::'no-such-folder' does not exist.", run.Output, StringComparison.Ordinal);
        Assert.Contains("::notice file=report.md,line=15,col=13,endLine=15,endColumn=15,title=RG7001::'TBC' is a placeholder", run.Output, StringComparison.Ordinal);
    }

    // Every format

    [Theory]
    [InlineData("human")]
    [InlineData("msbuild")]
    [InlineData("github")]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Exit_codes_do_not_depend_on_the_format(string format)
    {
        Assert.Equal(0, CheckSamples("--format", format).ExitCode);
        Assert.Equal(1, CheckSamples("--format", format, "--final").ExitCode);
        Assert.Equal(1, CheckSamples("--format", format, "--warnaserror").ExitCode);
        Assert.Equal(2, CliRun.Of(RepoPaths.Root, "check", "--format", format, "no-such-folder").ExitCode);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var run = CheckSamples("--format", "xml");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void Final_is_visible_in_the_msbuild_line()
    {
        var run = CheckSamples("--format", "msbuild", "--final");
        Assert.Contains(
            "samples/rg-iem/2022-12-geneva-draft-report.md(1,1): error RG7005: This record has no 'number'",
            run.Output,
            StringComparison.Ordinal);
        Assert.Contains(
            "samples/rg-iem/2022-12-geneva-draft-report.md(15,6): error RG7001: 'TBC' is a placeholder; replace it with the final text or delete it" + ReadinessDescriptors.FinalSuffix,
            run.Output,
            StringComparison.Ordinal);
    }
}
