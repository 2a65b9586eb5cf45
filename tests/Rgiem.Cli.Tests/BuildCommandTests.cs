using Rgiem.Docx;
using Rgiem.Testing;

using Rgiem.Cli.Tests.Support;

namespace Rgiem.Cli.Tests;

public class BuildCommandTests
{
    [Fact]
    public void Builds_the_samples_into_the_project_output_folder()
    {
        using var cli = new TempFolder();
        cli.CopySamples(".");
        var (code, output, error) = CliRunner.Run(cli.FullPath, "build", ".", "--format", "msbuild");
        Assert.True(code == 0, output + error);
        string[] written = Directory.GetFiles(Path.Combine(cli.FullPath, "out"), "*.docx").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;
        Assert.Equal(
            ["2022-12-geneva-draft-report.docx", "2023-01-e-meeting.docx", "2023-03-e-meeting.docx", "2023-04-e-meeting.docx", "2023-05-e-meeting.docx", "TSAG-TD255.docx", "TSAG-TD521.docx"],
            written);
        Assert.Contains("wrote out/TSAG-TD521.docx", output, StringComparison.Ordinal);
        foreach (string file in Directory.GetFiles(Path.Combine(cli.FullPath, "out")))
        {
            using var stream = File.OpenRead(file);
            Assert.Empty(DocxRenderer.Validate(stream));
        }

        Assert.Empty(Directory.GetFiles(Path.Combine(cli.FullPath, "out"), "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Building_twice_gives_the_same_bytes()
    {
        using var cli = new TempFolder();
        cli.CopySamples(".");
        Assert.Equal(0, CliRunner.Run(cli.FullPath, "build", ".").ExitCode);
        var first = Directory.GetFiles(Path.Combine(cli.FullPath, "out")).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        Assert.Equal(0, CliRunner.Run(cli.FullPath, "build", ".", "-o", "again").ExitCode);
        var second = Directory.GetFiles(Path.Combine(cli.FullPath, "again")).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        Assert.Equal(7, first.Count);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Malformed_front_matter_is_a_located_error_exit_1_and_no_docx()
    {
        using var cli = new TempFolder();
        cli.Write("broken.md", "---\ntitle: \"Draft report\nsource: Rapporteur\n---\n\n# 1 Introduction\n");
        var (code, output, _) = CliRunner.Run(cli.FullPath, "build", ".", "--format", "msbuild");
        Assert.Equal(1, code);
        Assert.Matches(@"broken\.md\(\d+,\d+\): error RG1002: ", output);
        Assert.False(Directory.Exists(Path.Combine(cli.FullPath, "out")) && Directory.EnumerateFileSystemEntries(Path.Combine(cli.FullPath, "out")).Any());
    }

    [Fact]
    public void A_record_with_errors_leaves_its_previous_output_untouched()
    {
        using var cli = new TempFolder();
        cli.CopySamples(".");
        Assert.Equal(0, CliRunner.Run(cli.FullPath, "build", ".").ExitCode);
        string output = Path.Combine(cli.FullPath, "out", "TSAG-TD521.docx");
        byte[] before = File.ReadAllBytes(output);
        string record = Path.Combine(cli.FullPath, "2024-07-geneva-report.md");
        File.WriteAllText(record, File.ReadAllText(record).Replace("study-period", "study-period: 2024-2020\nx-study-period", StringComparison.Ordinal).Replace("number: TSAG-TD521", "number: TSAG-TD521\nmeeting: Geneva", StringComparison.Ordinal));
        Assert.Equal(1, CliRunner.Run(cli.FullPath, "build", ".").ExitCode);
        Assert.Equal(before, File.ReadAllBytes(output));
    }

    [Fact]
    public void Two_records_with_one_number_are_RG9001_and_only_the_first_is_built()
    {
        using var cli = new TempFolder();
        string record = Records.WithBody("# 1 Introduction\n");
        cli.Write("a.md", record);
        cli.Write("b.md", record);
        var (code, output, _) = CliRunner.Run(cli.FullPath, "build", ".", "--format", "msbuild");
        Assert.Equal(1, code);
        Assert.Contains("b.md(2,9): error RG9001: TSAG-TD521 is also the number of 'a.md'", output, StringComparison.Ordinal);
        Assert.Equal(["TSAG-TD521.docx"], Directory.GetFiles(Path.Combine(cli.FullPath, "out")).Select(Path.GetFileName));
    }

    [Fact]
    public void Two_records_that_write_one_output_are_RG0010()
    {
        // No number in a.md, so its output is named after the file: TSAG-TD521.md also writes TSAG-TD521.docx.
        using var cli = new TempFolder();
        string record = Records.WithBody("# 1 Introduction\n");
        cli.Write("TSAG-TD521.md", record.Replace("number: TSAG-TD521\n", string.Empty, StringComparison.Ordinal));
        cli.Write("b.md", record);
        var (code, output, _) = CliRunner.Run(cli.FullPath, "build", ".", "--format", "msbuild");
        Assert.Equal(1, code);
        Assert.Contains("b.md(1,1): error RG0010: ", output, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(cli.FullPath, "out")));
    }
}
