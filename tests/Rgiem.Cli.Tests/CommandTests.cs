using System.Text.Json;
using Rgiem.Core.FrontMatter;
using Rgiem.Testing;

using Rgiem.Cli.Tests.Support;

namespace Rgiem.Cli.Tests;

public class CommandTests
{
    [Fact]
    public void Check_reports_in_the_canonical_format_and_exits_1_on_errors()
    {
        using var cli = new TempFolder();
        cli.Write("r.md", Records.WithBody("# 1 Introduction\n\nText.\n\n# 3 Results\n\nText.\n"));
        var (code, output, _) = CliRunner.Run(cli.FullPath, "check", "--format", "msbuild");
        Assert.Equal(1, code);
        Assert.Equal("r.md(17,1): error RG2002: Clause 3 follows clause 1; expected 2. Renumber the clause or remove the number to let rgiem number it", output.Trim());
    }

    [Fact]
    public void Human_format_shows_the_source_line_and_a_caret_without_colour_when_redirected()
    {
        using var cli = new TempFolder();
        cli.Write("r.md", Records.FrontMatter.Replace("title:", "titel: x\ntitle:", StringComparison.Ordinal));
        var (code, output, _) = CliRunner.Run(cli.FullPath, "check");
        Assert.Equal(0, code);
        Assert.Contains("r.md(8,1): warning RG1007: Unknown key 'titel'; did you mean 'title'?", output, StringComparison.Ordinal);
        Assert.Contains(" 8 | titel: x\n   | ^^^^^", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
        Assert.Contains("check: 1 record, 0 error(s), 1 warning(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnaserror_turns_warnings_into_errors()
    {
        using var cli = new TempFolder();
        cli.Write("r.md", Records.FrontMatter.Replace("title:", "titel: x\ntitle:", StringComparison.Ordinal));
        var (code, output, _) = CliRunner.Run(cli.FullPath, "check", "--warnaserror", "--format", "msbuild");
        Assert.Equal(1, code);
        Assert.Contains("error RG1007", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Severity_overrides_in_rgiem_yaml_apply()
    {
        using var cli = new TempFolder();
        cli.Write("rgiem.yaml", "rules:\n  RG1007: none\n  RG2002: warning\n");
        cli.Write("r.md", Records.WithBody("# 1 Introduction\n\nText.\n\n# 3 Results\n\nText.\n").Replace("title:", "titel: x\ntitle:", StringComparison.Ordinal));
        var (code, output, _) = CliRunner.Run(cli.FullPath, "check", "--format", "msbuild");
        Assert.Equal(0, code);
        Assert.Equal("r.md(18,1): warning RG2002: Clause 3 follows clause 1; expected 2. Renumber the clause or remove the number to let rgiem number it", output.Trim());
    }

    [Fact]
    public void A_missing_path_is_a_usage_error_exit_2()
    {
        using var cli = new TempFolder();
        var (code, output, _) = CliRunner.Run(cli.FullPath, "check", "no-such-folder", "--format", "msbuild");
        Assert.Equal(2, code);
        Assert.Contains("error RG0006: 'no-such-folder' does not exist", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_exit_2()
    {
        using var cli = new TempFolder();
        var (code, _, error) = CliRunner.Run(cli.FullPath, "check", "--frobnicate");
        Assert.Equal(2, code);
        Assert.Contains("--frobnicate", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_prints_a_JSON_schema_with_every_front_matter_field()
    {
        using var cli = new TempFolder();
        var (code, output, _) = CliRunner.Run(cli.FullPath, "schema");
        Assert.Equal(0, code);
        using var schema = JsonDocument.Parse(output);
        var properties = schema.RootElement.GetProperty("properties");
        foreach (var field in FrontMatterSchema.Fields)
        {
            Assert.True(properties.TryGetProperty(field.Key, out var property), field.Key);
            Assert.False(string.IsNullOrEmpty(property.GetProperty("description").GetString()));
        }

        Assert.Equal("http://json-schema.org/draft-07/schema#", schema.RootElement.GetProperty("$schema").GetString());
        // rgiem.yaml's defaults may supply any field: none is required at the top level (check validates the merged record).
        Assert.False(schema.RootElement.TryGetProperty("required", out _));
        Assert.Contains("Required (here or in rgiem.yaml defaults).", properties.GetProperty("title").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("date", properties.GetProperty("meeting").GetProperty("properties").GetProperty("from").GetProperty("format").GetString());
    }

    [Fact]
    public void Check_fix_renumbers_and_rewrites_clause_0_then_checks_clean()
    {
        using var cli = new TempFolder();
        string path = cli.Write("r.md", Records.WithBody("# 0 Actions\n\nRG-IEM-1: old.\n\n# 1 Body\n\nRG-IEM-3: to agree A.\n"));
        Assert.Equal(1, CliRunner.Run(cli.FullPath, "check").ExitCode);
        var (code, output, error) = CliRunner.Run(cli.FullPath, "check", "--fix", "--format", "msbuild");
        Assert.True(code == 0, output + error);
        Assert.Contains("fixed r.md: line 19: RG-IEM-3: renumbered RG-IEM-1:", error, StringComparison.Ordinal);
        Assert.EndsWith("# 0 Actions\n\nRG-IEM-1: to agree A.\n\n# 1 Body\n\nRG-IEM-1: to agree A.\n", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Version_is_printed_with_the_commit_it_was_built_from()
    {
        using var cli = new TempFolder();
        var (code, output, _) = CliRunner.Run(cli.FullPath, "--version");
        Assert.Equal(0, code);
        var match = System.Text.RegularExpressions.Regex.Match(output, @"^(?<version>[0-9]+\.[0-9]+\.[0-9]+)(?:\+(?<commit>[0-9a-f]{40}))?\n$");
        Assert.True(match.Success, output);
        Assert.Equal(Output.ToolInfo.Version, match.Groups["version"].Value);
        Assert.Equal(CliRunner.Run(cli.FullPath, "--version").Output, output);
        if (Directory.Exists(Path.Combine(RepoPaths.Root, ".git")) || File.Exists(Path.Combine(RepoPaths.Root, ".git")))
        {
            // Built in this git checkout: the commit is one of its commits.
            Assert.True(match.Groups["commit"].Success, "built in a git checkout but --version shows no commit: " + output);
            using var home = new TempFolder();
            var (exit, _, error) = ExternalTools.Run("git", ["cat-file", "-e", match.Groups["commit"].Value + "^{commit}"], RepoPaths.Root, 30, environment: IsolatedEnvironment.Create(home.FullPath, IsolatedEnvironment.UserNuGetPackages));
            Assert.True(exit == 0, "not a commit of this repository: " + match.Groups["commit"].Value + " " + error);
        }
    }

    [Theory]
    [InlineData(new[] { "checkk" }, "rgiem: 'checkk' is not a command; did you mean 'check'?")]
    [InlineData(new[] { "biuld", "samples" }, "rgiem: 'biuld' is not a command; did you mean 'build'?")]
    [InlineData(new[] { "check", "--fromat", "json" }, "rgiem: Unknown option '--fromat'; did you mean '--format'?")]
    [InlineData(new[] { "schema", "--knid", "project" }, "rgiem: '--knid' is not an option of 'schema'; did you mean '--kind'?")]
    [InlineData(new[] { "check", "--format", "xml" }, "rgiem: 'xml' is not a valid --format; use human, msbuild, github, json or sarif")]
    [InlineData(new[] { "refs", "--format", "jsno" }, "rgiem: 'jsno' is not a valid --format; use table, json or csv. Did you mean 'json'?")]
    public void Usage_errors_say_what_is_valid_and_what_was_probably_meant(string[] args, string expected)
    {
        using var cli = new TempFolder();
        var (code, output, error) = CliRunner.Run(cli.FullPath, args);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(expected + "\n", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Rgiem.Cli", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_format_is_read_in_any_case()
    {
        var run = CliRunner.Run(RepoPaths.Root, "check", "--format", "MSBuild", "--quiet", "samples/rg-iem");
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void An_explicit_folder_that_holds_no_record_is_a_usage_error()
    {
        using var folder = new TempFolder();
        folder.Write("docs/README.md", "# Not a record\n");
        var (code, output, _) = CliRunner.Run(folder.FullPath, "check", "docs", "--format", "msbuild");
        Assert.Equal(2, code);
        Assert.Contains("rgiem: error RG0005: No meeting records found under 'docs'", output, StringComparison.Ordinal);
    }
}
