using Rgiem.Core.Compilation;
using Rgiem.Core.Model;
using Rgiem.Testing;

namespace Rgiem.Core.Tests;

/// <summary>The ```{include} and ```{statistics} directives (RG2020-RG2027).</summary>
public class DirectiveTests
{
    /// <summary>A record whose body holds <paramref name="directive"/> on line 17.</summary>
    private static string RecordWith(string directive, string after = "") =>
        Records.WithBody("# 1 Introduction\n\nText.\n\n" + directive + "\n" + after);

    private static CompilationResult Compile(TempFolder folder, string input = ".") =>
        Compiler.Compile(new CompilationOptions([input], folder.FullPath, MaxDegreeOfParallelism: 1));

    /// <summary>"path:RG2020@17:1" for each diagnostic of the run.</summary>
    private static List<string> Found(CompilationResult result) =>
        result.AllDiagnostics.Select(d => $"{d.Location.Path}:{d.Id}@{d.Location.Start.Line + 1}:{d.Location.Start.Character + 1}").ToList();

    [Fact]
    public void An_include_binds_the_file_in_place_and_clause_numbering_continues_through_it()
    {
        using var folder = new TempFolder();
        folder.Write("r.md", RecordWith("```{include} shared/annex.md\n```", "\n# Annex: Statistics\n\nNone.\n"));
        folder.Write("shared/annex.md", "# Annex: Terms of reference\n\n- To review metrics.\n");
        var result = Compile(folder);
        Assert.Empty(Found(result));
        var record = Assert.Single(result.Records).Bound!;
        Assert.Equal(
            [("1", HeadingKind.Clause, "r.md"), ("A", HeadingKind.Annex, "shared/annex.md"), ("B", HeadingKind.Annex, "r.md")],
            record.Record.Headings.Select(h => (h.Number, h.Kind, h.Location.Path)));
        Assert.IsType<ListBlock>(record.Record.Body[3]);
        Assert.Equal(["shared/annex.md"], record.Includes.Select(s => s.Path));
    }

    [Fact]
    public void Includes_nest_relative_to_the_including_file()
    {
        using var folder = new TempFolder();
        folder.Write("r.md", RecordWith("```{include} shared/annexes.md\n```"));
        folder.Write("shared/annexes.md", "```{include} annex-a.md\n```\n");
        folder.Write("shared/annex-a.md", "# Annex A: Terms of reference\n");
        var result = Compile(folder);
        Assert.Empty(Found(result));
        Assert.Contains(result.Records[0].Bound!.Record.Headings, h => h.Number == "A");
    }

    [Fact]
    public void The_rules_check_an_included_file_and_point_into_it()
    {
        using var folder = new TempFolder();
        folder.Write("r.md", RecordWith("```{include} annex.md\n```"));
        folder.Write("annex.md", "# Annex A: Terms of reference\n\nThe date is TBC, with\t\t\tlayout.\n");
        Assert.Equal(["annex.md:RG7001@3:13", "annex.md:RG7004@3:22"], Found(Compile(folder)));
    }

    [Fact]
    public void RG2020_a_missing_file_at_the_directive()
    {
        using var folder = new TempFolder();
        folder.Write("r.md", RecordWith("```{include} shared/annexe.md\n```"));
        var result = Compile(folder);
        Assert.Equal(["r.md:RG2020@17:1"], Found(result));
        Assert.Contains("(looked for 'shared/annexe.md')", result.AllDiagnostics.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RG2020_when_the_text_has_no_file_behind_it()
    {
        var (_, diagnostics) = Records.Check(RecordWith("```{include} annex.md\n```"));
        Assert.Equal(["RG2020@17:1"], diagnostics.Brief());
    }

    [Fact]
    public void RG2021_a_cycle_at_the_directive_that_closes_it()
    {
        using var folder = new TempFolder();
        folder.Write("r.md", RecordWith("```{include} a.md\n```"));
        folder.Write("a.md", "Text of a.\n\n```{include} b.md\n```\n");
        folder.Write("b.md", "```{include} a.md\n```\n");
        var result = Compile(folder);
        Assert.Equal(["b.md:RG2021@1:1"], Found(result));
        Assert.Contains("(a.md → b.md → a.md)", result.AllDiagnostics.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RG2021_a_record_that_includes_itself()
    {
        using var folder = new TempFolder();
        folder.Write("r.md", RecordWith("```{include} ./r.md\n```"));
        Assert.Equal(["r.md:RG2021@17:1"], Found(Compile(folder)));
    }

    [Fact]
    public void RG2022_an_absolute_path_or_one_above_the_project()
    {
        using var folder = new TempFolder();
        folder.Write("outside.md", "Not in the project.\n");
        folder.Write("project/rgiem.yaml", "records: .\n");
        folder.Write("project/r.md", RecordWith("```{include} ../outside.md\n```", "\n```{include} " + folder.Combine("outside.md") + "\n```\n\n```{include} sub/../../outside.md\n```\n"));
        var result = Compile(folder, "project");
        Assert.Equal(["project/r.md:RG2022@17:1", "project/r.md:RG2022@20:1", "project/r.md:RG2022@23:1"], Found(result));
        Assert.Contains("goes above the project folder", result.AllDiagnostics.First().Message, StringComparison.Ordinal);
        Assert.Contains("is an absolute path", result.AllDiagnostics.ElementAt(1).Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void RG2022_a_symbolic_link_to_a_file_outside_the_project()
    {
        Skip.If(OperatingSystem.IsWindows(), "Creating symbolic links needs privileges on Windows.");
        using var folder = new TempFolder();
        folder.Write("outside.md", "Not in the project.\n");
        folder.Write("project/rgiem.yaml", "records: .\n");
        folder.Write("project/r.md", RecordWith("```{include} shared/link.md\n```"));
        Directory.CreateDirectory(folder.Combine("project/shared"));
        File.CreateSymbolicLink(folder.Combine("project/shared/link.md"), folder.Combine("outside.md"));
        var result = Compile(folder, "project");
        // The link is refused as an include (RG2022), and as a file of the records folder that leads outside it is
        // said to be skipped (RG0046), not read.
        Assert.Equal(["project/shared/link.md:RG0046@1:1", "project/r.md:RG2022@17:1"], Found(result));
        Assert.Contains("symbolic link", result.AllDiagnostics.Single(d => d.Id == "RG2022").Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_symbolic_link_that_stays_inside_the_project_is_followed()
    {
        Skip.If(OperatingSystem.IsWindows(), "Creating symbolic links needs privileges on Windows.");
        using var folder = new TempFolder();
        folder.Write("r.md", RecordWith("```{include} link.md\n```"));
        folder.Write("shared/annex.md", "# Annex A: Terms of reference\n");
        File.CreateSymbolicLink(folder.Combine("link.md"), folder.Combine("shared/annex.md"));
        var result = Compile(folder);
        Assert.Empty(Found(result));
        Assert.Contains(result.Records[0].Bound!.Record.Headings, h => h.Number == "A");
    }

    [Fact]
    public void RG2023_an_included_file_with_front_matter()
    {
        using var folder = new TempFolder();
        folder.Write("r.md", RecordWith("```{include} other.md\n```"));
        folder.Write("other.md", Records.WithBody("# 1 Other\n")
            .Replace("number: TSAG-TD521", "number: TSAG-TD522", StringComparison.Ordinal)
            .Replace("from: 2024-07-29, to: 2024-08-02", "from: 2024-10-01", StringComparison.Ordinal));
        Assert.Equal(["r.md:RG2023@17:1"], Found(Compile(folder, "r.md")));
    }

    [Fact]
    public void RG2024_the_ninth_level_of_includes()
    {
        using var folder = new TempFolder();
        folder.Write("r.md", RecordWith("```{include} f1.md\n```"));
        for (int i = 1; i <= 8; i++)
        {
            folder.Write($"f{i}.md", $"Level {i}.\n\n```{{include}} f{i + 1}.md\n```\n");
        }

        folder.Write("f9.md", "Level 9.\n");
        var result = Compile(folder);
        Assert.Equal(["f8.md:RG2024@3:1"], Found(result));
        Assert.Contains("9 levels deep; at most 8", result.AllDiagnostics.Single().Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("```{include}\nannex.md\n```", 17, 1)]
    [InlineData("```{include} annex.md\nmore text\n```", 17, 1)]
    [InlineData("- An item:\n\n  ```{include} annex.md\n  ```", 19, 3)]
    [InlineData("> ```{statistics}\n> ```", 17, 3)]
    [InlineData("```{statistics} all meetings\n```", 17, 1)]
    public void RG2025_a_directive_written_wrongly(string directive, int line, int column)
    {
        using var folder = new TempFolder();
        folder.Write("r.md", RecordWith(directive));
        folder.Write("annex.md", "# Annex A: Terms of reference\n");
        Assert.Equal([$"r.md:RG2025@{line}:{column}"], Found(Compile(folder)));
    }

    [Fact]
    public void RG2026_an_unknown_directive_is_printed_as_code()
    {
        var (record, diagnostics) = Records.Check(RecordWith("```{includes} annex.md\nx\n```"));
        Assert.Equal(["RG2026@17:1"], diagnostics.Brief());
        Assert.Equal("x", Assert.IsType<CodeBlock>(record!.Record.Body[^1]).Text);
    }

    [Theory]
    [InlineData("```python\nx = 1\n```")]
    [InlineData("```{.python}\nx = 1\n```")]
    [InlineData("```{=html}\n<b>x</b>\n```")]
    [InlineData("```\n{include} annex.md\n```")]
    public void Code_blocks_that_are_not_directives_are_quiet(string block)
    {
        var (record, diagnostics) = Records.Check(RecordWith(block));
        Assert.Empty(diagnostics);
        Assert.IsType<CodeBlock>(record!.Record.Body[^1]);
    }

    [Fact]
    public void RG2027_a_statistics_directive_in_a_meeting_record()
    {
        var (record, diagnostics) = Records.Check(RecordWith("```{statistics}\n```"));
        Assert.Equal(["RG2027@17:1"], diagnostics.Brief());
        Assert.IsType<StatisticsDirectiveBlock>(record!.Record.Body[^1]);
    }

    [Fact]
    public void A_fragment_without_front_matter_is_not_a_record_of_the_folder()
    {
        using var folder = new TempFolder();
        folder.Write("r.md", RecordWith("```{include} annex.md\n```"));
        folder.Write("annex.md", "# Annex A: Terms of reference\n");
        var result = Compile(folder);
        Assert.Equal(["r.md"], result.Records.Select(r => r.DisplayPath));
    }
}
