using Rgiem.Cli.Tests.Support;
using Rgiem.Testing;

namespace Rgiem.Cli.Tests;

/// <summary>--quiet, --verbose, NO_COLOR and CI, and relative paths in every message.</summary>
public class ConventionTests
{
    /// <summary>A record with a warning (RG7001, a placeholder), beside a README that is not a record.</summary>
    private static TempFolder ProjectWithAWarning()
    {
        var folder = new TempFolder();
        folder.Write("r.md", Records.WithBody("# 1 Introduction\n\nThe venue is TBC.\n"));
        folder.Write("README.md", "# Notes\n");
        return folder;
    }

    [Fact]
    public void Quiet_prints_only_errors_and_warnings()
    {
        using var folder = ProjectWithAWarning();
        foreach (string format in new[] { "human", "msbuild", "github" })
        {
            var run = CliRunner.Run(folder.FullPath, "build", "--quiet", "--format", format);
            Assert.Equal(0, run.ExitCode);
            Assert.Contains("RG7001", run.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("wrote", run.Output + run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("build:", run.Output, StringComparison.Ordinal);
            Assert.Equal(string.Empty, run.Error);
        }
    }

    [Fact]
    public void Quiet_keeps_the_json_document_and_drops_the_wrote_lines()
    {
        using var folder = ProjectWithAWarning();
        var run = CliRunner.Run(folder.FullPath, "-q", "build", "--format", "json");
        Assert.Empty(JsonReportValidator.Validate(run.Output));
        Assert.Contains("\"written\": 1", run.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Verbose_names_the_skipped_files_and_the_time_taken_on_standard_error()
    {
        using var folder = ProjectWithAWarning();
        var run = CliRunner.Run(folder.FullPath, "build", "--verbose", "--format", "json");
        Assert.Empty(JsonReportValidator.Validate(run.Output));
        Assert.Contains("skipped README.md: no front matter, not a record", run.Error, StringComparison.Ordinal);
        Assert.Matches(@"checked 1 record\(s\) \(0 unchanged, from the build cache\), rendering 1 of them as they passed, in \d+ ms", run.Error);
        Assert.Matches(@"wrote 1 document\(s\) in \d+ ms", run.Error);
        Assert.Contains("wrote out/TSAG-TD521.docx", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_and_verbose_together_are_a_usage_error()
    {
        using var folder = ProjectWithAWarning();
        var (code, _, error) = CliRunner.Run(folder.FullPath, "check", "--quiet", "--verbose");
        Assert.Equal(2, code);
        Assert.Contains("--quiet and --verbose cannot be used together", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, null, false, true)]
    [InlineData("1", null, null, false, false)]
    [InlineData(null, "true", null, false, false)]
    [InlineData(null, "false", null, false, true)]
    [InlineData(null, null, "dumb", false, false)]
    [InlineData(null, null, null, true, false)]
    public void Colour_only_on_a_terminal_without_NO_COLOR_CI_or_a_dumb_TERM(string? noColor, string? ci, string? term, bool redirected, bool expected)
    {
        var variables = new Dictionary<string, string?> { ["NO_COLOR"] = noColor, ["CI"] = ci, ["TERM"] = term };
        var terminal = new ConsoleTerminal(name => variables.GetValueOrDefault(name), () => redirected, () => redirected);
        Assert.Equal(expected, terminal.SupportsColor);
        Assert.Equal(expected || noColor is not null, terminal.SupportsProgress);
    }

    [Fact]
    public void Progress_redraws_one_line_and_erases_it_only_when_enabled()
    {
        var shown = new StringWriter();
        using (var progress = new Progress(shown, enabled: true))
        {
            progress.Report("converting 1/2");
            progress.Report("converting 2/2");
        }

        Assert.Equal("\r\u001b[Kconverting 1/2\r\u001b[Kconverting 2/2\r\u001b[K", shown.ToString());

        var hidden = new StringWriter();
        using (var progress = new Progress(hidden, enabled: false))
        {
            progress.Report("converting 1/2");
        }

        Assert.Equal(string.Empty, hidden.ToString());
    }

    [Fact]
    public void Messages_show_paths_relative_to_the_working_directory()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("work"));
        string cwd = folder.Combine("work");
        var runs = new List<CliRun>
        {
            CliRunner.Run(cwd, "init", "../minutes", "--date", "2025-03-10"),
            CliRunner.Run(cwd, "init", "../minutes", "--date", "2025-03-10"),
            CliRunner.Run(cwd, "build", "../minutes"),
            CliRunner.Run(cwd, "check", "../minutes", "--format", "github"),
            CliRunner.Run(cwd, "check", "../minutes", "--format", "json"),
            CliRunner.Run(cwd, "check", "../minutes/records/missing.md"),
            CliRunner.Run(cwd, "schema", "-o", "../minutes/schema.json"),
            CliRunner.RunWith(cwd, new Dictionary<string, string?> { ["RGIEM_SOFFICE"] = folder.Combine("no-soffice") }, "build", "../minutes", "--pdf"),
        };
        Assert.Contains("created ../minutes/rgiem.yaml", runs[0].Error, StringComparison.Ordinal);
        Assert.Contains("rgiem: ../minutes/rgiem.yaml already exists", runs[1].Error, StringComparison.Ordinal);
        Assert.Contains("wrote ../minutes/out/2025-03-10-rg-example.docx", runs[2].Output, StringComparison.Ordinal);
        Assert.Contains("wrote ../minutes/schema.json", runs[6].Error, StringComparison.Ordinal);
        foreach (var run in runs)
        {
            Assert.DoesNotContain(folder.FullPath, run.Output + run.Error, StringComparison.Ordinal);
        }
    }
}
