using Rgiem.Testing;
using Rgiem.Cli.Tests.Support;

namespace Rgiem.Cli.Tests;

public class NewMeetingTests
{
    [Fact]
    public void New_meeting_adds_a_dated_record_that_checks_clean_with_the_first_one()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, CliRunner.Run(folder.FullPath, "init", "--group", "RG-IEM", "--date", "2025-03-10").ExitCode);
        var (code, output, error) = CliRunner.Run(folder.FullPath, "new", "meeting", "--date", "2025-06-02");
        Assert.True(code == 0, output + error);
        Assert.Equal("created records/2025-06-02-rg-iem.md\n", error);
        string record = File.ReadAllText(folder.Combine("records/2025-06-02-rg-iem.md"));
        Assert.Contains("title: Draft report of the RG-IEM meeting (Geneva, 2 June 2025)", record, StringComparison.Ordinal);
        Assert.Contains("RG-IEM met in Geneva on Monday, 2 June 2025.", record, StringComparison.Ordinal);
        Assert.DoesNotContain("group:", record, StringComparison.Ordinal);   // from rgiem.yaml

        var check = CliRunner.Run(folder.FullPath, "check", "--format", "msbuild");
        Assert.True(check.ExitCode == 0 && check.Output.Length == 0, check.ToString());
        var build = CliRunner.Run(folder.FullPath, "build");
        Assert.Contains("wrote out/2025-06-02-rg-iem.docx", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void New_meeting_works_from_a_subfolder_and_shows_paths_relative_to_it()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, CliRunner.Run(folder.FullPath, "init", "--date", "2025-03-10").ExitCode);
        var (code, _, error) = CliRunner.Run(folder.Combine("records"), "new", "meeting", "--date", "2025-06-03", "--place", "Virtual");
        Assert.Equal(0, code);
        Assert.Equal("created 2025-06-03-rg-example.md\n", error);
        Assert.Contains("RG-EXAMPLE met online on Tuesday, 3 June 2025.", File.ReadAllText(folder.Combine("records/2025-06-03-rg-example.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void New_meeting_defaults_to_today()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, CliRunner.Run(folder.FullPath, "init", "--date", "2025-01-20").ExitCode);
        Assert.Equal(0, CliRunner.Run(folder.FullPath, "new", "meeting").ExitCode);   // the test clock's today: 2025-03-10
        Assert.True(File.Exists(folder.Combine("records/2025-03-10-rg-example.md")));
    }

    [Fact]
    public void New_meeting_refuses_to_overwrite_a_record()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, CliRunner.Run(folder.FullPath, "init", "--date", "2025-03-10").ExitCode);
        string before = File.ReadAllText(folder.Combine("records/2025-03-10-rg-example.md"));
        var (code, _, error) = CliRunner.Run(folder.FullPath, "new", "meeting", "--date", "2025-03-10");
        Assert.Equal(2, code);
        Assert.Contains("records/2025-03-10-rg-example.md already exists", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(folder.Combine("records/2025-03-10-rg-example.md")));
    }

    [Fact]
    public void New_meeting_with_force_still_never_replaces_a_record()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, CliRunner.Run(folder.FullPath, "init", "--date", "2025-03-10").ExitCode);
        string before = File.ReadAllText(folder.Combine("records/2025-03-10-rg-example.md"));
        var (code, _, error) = CliRunner.Run(folder.FullPath, "new", "meeting", "--date", "2025-03-10", "--force");
        Assert.Equal(2, code);
        Assert.Contains("RG0041", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(folder.Combine("records/2025-03-10-rg-example.md")));
    }

    [Fact]
    public void New_meeting_outside_a_project_says_to_run_init()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine(".git"));   // stop the search for rgiem.yaml here
        var (code, _, error) = CliRunner.Run(folder.FullPath, "new", "meeting");
        Assert.Equal(2, code);
        Assert.Contains("rgiem init", error, StringComparison.Ordinal);
    }

    [Fact]
    public void New_meeting_writes_the_required_keys_the_defaults_lack()
    {
        using var folder = new TempFolder();
        folder.Write("rgiem.yaml", "records: .\ndefaults:\n  group: RG-SOP\n  parent: TSAG\n");
        var (code, _, error) = CliRunner.Run(folder.FullPath, "new", "meeting", "--date", "2025-03-11");
        Assert.True(code == 0, error);
        string record = File.ReadAllText(folder.Combine("2025-03-11-rg-sop.md"));
        Assert.Contains("study-period: 2025-2028", record, StringComparison.Ordinal);
        Assert.Contains("source: Rapporteur, TSAG RG-SOP", record, StringComparison.Ordinal);
        Assert.Contains("contacts:", record, StringComparison.Ordinal);
        var check = CliRunner.Run(folder.FullPath, "check", "--format", "msbuild");
        Assert.True(check.ExitCode == 0 && check.Output.Length == 0, check.ToString());
    }

    [Fact]
    public void New_without_a_kind_is_a_usage_error()
    {
        using var folder = new TempFolder();
        Assert.Equal(2, CliRunner.Run(folder.FullPath, "new").ExitCode);
    }
}
