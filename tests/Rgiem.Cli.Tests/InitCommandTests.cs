using Rgiem.Testing;
using System.Text.Json;
using Rgiem.Cli.Output;
using Rgiem.Cli.Scaffolding;
using Rgiem.Cli.Tests.Support;

namespace Rgiem.Cli.Tests;

/// <summary>
/// <c>rgiem init</c> as a new user meets it: from an empty folder, init, then build, then check with SARIF,
/// with no edit in between. Each step is its own test.
/// </summary>
public class InitCommandTests
{
    private const string Record = "records/2025-03-10-rg-example.md";

    private static readonly string[] ScaffoldFiles =
    [
        ".config/dotnet-tools.json",
        ".github/workflows/rgiem.yml",
        ".gitignore",
        ".vscode/rgiem.project.schema.json",
        ".vscode/rgiem.registry.schema.json",
        ".vscode/rgiem.schema.json",
        ".vscode/settings.json",
        "documents.yaml",
        Record,
        "rgiem.yaml",
    ];

    private static CliRun Init(TempFolder folder, params string[] options) =>
        CliRunner.Run(folder.FullPath, ["init", "--date", "2025-03-10", .. options]);

    [Fact]
    public void Init_in_an_empty_folder_writes_the_scaffold_and_says_what_it_created()
    {
        using var folder = new TempFolder();
        var (code, output, error) = Init(folder);
        Assert.True(code == 0, output + error);
        Assert.Equal(ScaffoldFiles, folder.Files());
        Assert.Equal(string.Empty, output);
        foreach (string file in ScaffoldFiles)
        {
            Assert.Contains($"created {file}\n", error, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(folder.FullPath, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_after_init_reports_nothing_at_all()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, Init(folder).ExitCode);
        var run = CliRunner.Run(folder.FullPath, "check", "--format", "msbuild");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Build_after_init_writes_the_report_of_the_first_record()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, Init(folder).ExitCode);
        var run = CliRunner.Run(folder.FullPath, "build");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("wrote out/2025-03-10-rg-example.docx", run.Output, StringComparison.Ordinal);
        Assert.Contains("build: 1 record, 0 error(s), 0 warning(s), 0 info", run.Output, StringComparison.Ordinal);
        Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(folder.Combine("out/2025-03-10-rg-example.docx"))[..2]);
    }

    [Fact]
    public void Check_with_sarif_after_init_is_a_valid_log_without_results()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, Init(folder).ExitCode);
        var run = CliRunner.Run(folder.FullPath, "check", "--format", "sarif");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(SarifValidator.Validate(run.Output));
        using var sarif = JsonDocument.Parse(run.Output);
        Assert.Equal(0, sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void Check_final_after_init_fails_only_on_the_document_number_TSB_has_not_assigned()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, Init(folder).ExitCode);
        var run = CliRunner.Run(folder.FullPath, "check", "--final", "--format", "msbuild");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["RG7005"], run.Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void Init_is_deterministic()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        Assert.Equal(0, Init(first, "--group", "RG-IEM").ExitCode);
        Assert.Equal(0, CliRunner.Run(second.FullPath, "init", "--group", "RG-IEM").ExitCode);   // the fixed clock's today is 2025-03-10
        Assert.Equal(first.Files(), second.Files());
        foreach (string file in first.Files())
        {
            Assert.Equal(File.ReadAllBytes(first.Combine(file)), File.ReadAllBytes(second.Combine(file)));
        }
    }

    [Fact]
    public void Init_takes_the_group_date_and_place()
    {
        using var folder = new TempFolder();
        var run = CliRunner.Run(folder.FullPath, "init", "minutes", "--group", "RG-WM", "--date", "2026-01-19", "--place", "Virtual");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("created minutes/records/2026-01-19-rg-wm.md", run.Error, StringComparison.Ordinal);
        Assert.Contains("  cd minutes", run.Error, StringComparison.Ordinal);
        string record = File.ReadAllText(folder.Combine("minutes/records/2026-01-19-rg-wm.md"));
        Assert.Contains("RG-WM met online on Monday, 19 January 2026", record, StringComparison.Ordinal);
        Assert.Contains("study-period: 2025-2028", File.ReadAllText(folder.Combine("minutes/rgiem.yaml")), StringComparison.Ordinal);
        var check = CliRunner.Run(folder.FullPath, "check", "minutes", "--format", "msbuild");
        Assert.True(check.ExitCode == 0 && check.Output.Length == 0, check.ToString());
    }

    [Fact]
    public void Init_refuses_to_overwrite_and_writes_nothing()
    {
        using var folder = new TempFolder();
        folder.Write("rgiem.yaml", "records: .\n");
        folder.Write("documents.yaml", "- TSAG-TD1\n");
        var (code, output, error) = Init(folder);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("rgiem: rgiem.yaml already exists", error, StringComparison.Ordinal);
        Assert.Contains("rgiem: documents.yaml already exists", error, StringComparison.Ordinal);
        Assert.Contains("--force", error, StringComparison.Ordinal);
        Assert.Equal(["documents.yaml", "rgiem.yaml"], folder.Files());
        Assert.Equal("records: .\n", File.ReadAllText(folder.Combine("rgiem.yaml")));
    }

    [Fact]
    public void Init_force_overwrites_and_says_so()
    {
        using var folder = new TempFolder();
        folder.Write(".github/workflows/rgiem.yml", "name: old\n");
        var (code, _, error) = Init(folder, "--force");
        Assert.Equal(0, code);
        Assert.Contains("overwrote .github/workflows/rgiem.yml", error, StringComparison.Ordinal);
        Assert.Contains("dotnet tool run rgiem check", File.ReadAllText(folder.Combine(".github/workflows/rgiem.yml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Init_force_never_replaces_a_projects_inputs_and_writes_nothing()
    {
        using var folder = new TempFolder();
        folder.Write("rgiem.yaml", "records: .\n");
        var (code, output, error) = Init(folder, "--force");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("RG0041", error, StringComparison.Ordinal);
        Assert.Contains("never replaces", error, StringComparison.Ordinal);
        Assert.Equal(["rgiem.yaml"], folder.Files());
        Assert.Equal("records: .\n", File.ReadAllText(folder.Combine("rgiem.yaml")));
    }

    [Fact]
    public void Init_adds_its_lines_to_an_existing_gitignore_and_keeps_the_others()
    {
        using var folder = new TempFolder();
        folder.Write(".gitignore", "bin/\nrgiem.sarif\n");
        var (code, _, error) = Init(folder);
        Assert.Equal(0, code);
        Assert.Contains("updated .gitignore", error, StringComparison.Ordinal);
        Assert.Equal("bin/\nrgiem.sarif\n/out/\n", File.ReadAllText(folder.Combine(".gitignore")));
    }

    [Theory]
    [InlineData("--group", "RG IEM", "is not a group name")]
    [InlineData("--group", "1RG", "is not a group name")]
    [InlineData("--date", "2025-02-30", "is not a date")]
    [InlineData("--date", "10/03/2025", "is not a date")]
    public void Init_rejects_a_bad_group_or_date_with_exit_2(string option, string value, string message)
    {
        using var folder = new TempFolder();
        var (code, _, error) = CliRunner.Run(folder.FullPath, "init", option, value);
        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Empty(folder.Files());
    }

    [Fact]
    public void Quiet_init_prints_nothing()
    {
        using var folder = new TempFolder();
        var (code, output, error) = Init(folder, "--quiet");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, output + error);
        Assert.Equal(ScaffoldFiles.Length, folder.Files().Count);
    }

    [Fact]
    public void The_tool_manifest_pins_this_version_of_rgiem()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, Init(folder).ExitCode);
        using var manifest = JsonDocument.Parse(File.ReadAllText(folder.Combine(".config/dotnet-tools.json")));
        var tool = manifest.RootElement.GetProperty("tools").GetProperty("rgiem.tool");
        Assert.Equal(ToolInfo.Version, tool.GetProperty("version").GetString());
        Assert.Equal("rgiem", tool.GetProperty("commands")[0].GetString());
    }

    [Fact]
    public void VS_Code_settings_map_the_three_schemas_to_the_records_the_project_file_and_the_registry()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, Init(folder).ExitCode);
        using var settings = JsonDocument.Parse(File.ReadAllText(folder.Combine(".vscode/settings.json")));
        var schemas = settings.RootElement.GetProperty("yaml.schemas");
        Assert.Equal("records/**/*.md", schemas.GetProperty("./.vscode/rgiem.schema.json")[0].GetString());
        Assert.Equal("rgiem.yaml", schemas.GetProperty("./.vscode/rgiem.project.schema.json")[0].GetString());
        Assert.Equal("documents.yaml", schemas.GetProperty("./.vscode/rgiem.registry.schema.json")[0].GetString());
        Assert.Equal(CliRunner.Run(folder.FullPath, "schema").Output, File.ReadAllText(folder.Combine(".vscode/rgiem.schema.json")));
        Assert.Equal(CliRunner.Run(folder.FullPath, "schema", "--kind", "project").Output, File.ReadAllText(folder.Combine(".vscode/rgiem.project.schema.json")));
        Assert.Equal(CliRunner.Run(folder.FullPath, "schema", "--kind", "registry").Output, File.ReadAllText(folder.Combine(".vscode/rgiem.registry.schema.json")));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Init_merges_its_schemas_into_existing_VS_Code_settings_and_keeps_the_users_keys_even_with_force(bool force)
    {
        using var folder = new TempFolder();
        folder.Write(".vscode/settings.json", """
            {
              // the user's own settings, with a comment and a trailing comma as VS Code allows
              "editor.fontSize": 15,
              "yaml.schemas": { "./other.schema.json": ["other/*.yaml"], "./.vscode/rgiem.schema.json": ["old/*.md"] },
              "[markdown]": { "editor.wordWrap": "off" },
            }
            """);
        var (code, _, error) = Init(folder, force ? ["--force"] : []);
        Assert.True(code == 0, error);
        Assert.Contains("updated .vscode/settings.json", error, StringComparison.Ordinal);
        using var settings = JsonDocument.Parse(File.ReadAllText(folder.Combine(".vscode/settings.json")));
        var root = settings.RootElement;
        Assert.Equal(15, root.GetProperty("editor.fontSize").GetInt32());
        Assert.Equal("off", root.GetProperty("[markdown]").GetProperty("editor.wordWrap").GetString());
        var schemas = root.GetProperty("yaml.schemas");
        Assert.Equal("other/*.yaml", schemas.GetProperty("./other.schema.json")[0].GetString());
        Assert.Equal("records/**/*.md", schemas.GetProperty("./.vscode/rgiem.schema.json")[0].GetString());
        Assert.Equal("rgiem.yaml", schemas.GetProperty("./.vscode/rgiem.project.schema.json")[0].GetString());

        // A second init has nothing to add: the file is not touched.
        string before = File.ReadAllText(folder.Combine(".vscode/settings.json"));
        var again = Init(folder, "--force");
        Assert.DoesNotContain(".vscode/settings.json", again.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(folder.Combine(".vscode/settings.json")));
    }

    [Fact]
    public void Init_leaves_settings_it_cannot_read_as_they_are_and_says_so()
    {
        using var folder = new TempFolder();
        folder.Write(".vscode/settings.json", "{ not json");
        var (code, _, error) = Init(folder, "--force");
        Assert.Equal(0, code);
        Assert.Contains("kept .vscode/settings.json: it is not a JSON object", error, StringComparison.Ordinal);
        Assert.Equal("{ not json", File.ReadAllText(folder.Combine(".vscode/settings.json")));
    }

    [Fact]
    public void The_scaffold_names_the_files_it_writes_in_the_help_text()
    {
        var help = CliRunner.Run(Path.GetTempPath(), "init", "--help").Output;
        foreach (string part in new[] { "rgiem.yaml", "records/", "documents.yaml", ".gitignore", "GitHub Actions workflow", "dotnet-tools.json", "VS Code" })
        {
            Assert.Contains(part, help, StringComparison.Ordinal);
        }

        Assert.Equal(ScaffoldFiles.Length, ProjectTemplate.Files(new ScaffoldSettings("RG-X", "TSAG", new DateOnly(2025, 3, 10), "Geneva"), "0.1.0").Count);
    }
}
