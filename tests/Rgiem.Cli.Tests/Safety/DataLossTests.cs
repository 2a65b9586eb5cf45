using Rgiem.Cli.Tests.Support;
using Rgiem.Testing;

namespace Rgiem.Cli.Tests.Safety;

/// <summary>
/// Issue 17, "data loss", and issue 18's rule for every command that writes a file (WritePolicy): an input is
/// never replaced, with or without --force; another existing file only with --force, unless replacing it is the
/// command's job; check --fix keeps a record's mode and hard links.
/// </summary>
public sealed class DataLossTests : IDisposable
{
    private readonly TempFolder folder = new();

    public DataLossTests()
    {
        folder.Write("p/rgiem.yaml", "records: .\n");
        folder.Write("p/a.md", Records.WithBody("First text.\n"));
        folder.Write("p/b.md", Records.WithBody("Second text.\n"));
    }

    public void Dispose() => folder.Dispose();

    private byte[] Bytes(string relative) => File.ReadAllBytes(folder.Combine(relative));

    [Theory]
    [InlineData("p/b.md")]
    [InlineData("p/a.md")]
    public void Delta_never_replaces_one_of_its_inputs(string output)
    {
        byte[] before = Bytes(output);
        foreach (string[] extra in new[] { Array.Empty<string>(), ["--force"] })
        {
            var run = CliRunner.Run(folder.FullPath, ["delta", "p/a.md", "p/b.md", "-o", output, .. extra]);
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("RG0041", run.Error, StringComparison.Ordinal);
            Assert.Equal(before, Bytes(output));
        }
    }

    [Fact]
    public void Delta_replaces_another_existing_file_only_with_force_and_its_default_output_always()
    {
        folder.Write("d.docx", "precious");
        var refused = CliRunner.Run(folder.FullPath, "delta", "p/a.md", "p/b.md", "-o", "d.docx");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("RG0042", refused.Error, StringComparison.Ordinal);
        Assert.Equal("precious", File.ReadAllText(folder.Combine("d.docx")));

        Assert.Equal(0, CliRunner.Run(folder.FullPath, "delta", "p/a.md", "p/b.md", "-o", "d.docx", "--force").ExitCode);
        Assert.NotEqual("precious", File.ReadAllText(folder.Combine("d.docx")));

        Assert.Equal(0, CliRunner.Run(folder.FullPath, "delta", "p/a.md", "p/b.md").ExitCode);
        Assert.Equal(0, CliRunner.Run(folder.FullPath, "delta", "p/a.md", "p/b.md").ExitCode);
        Assert.True(File.Exists(folder.Combine("p/b.delta.docx")));
    }

    [Fact]
    public void Refs_export_never_replaces_the_project_file()
    {
        byte[] before = Bytes("p/rgiem.yaml");
        var run = CliRunner.Run(folder.FullPath, "refs", "p", "--export", "p/rgiem.yaml", "--force");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("RG0041", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, Bytes("p/rgiem.yaml"));
    }

    [Theory]
    [InlineData("schema", "-o")]
    [InlineData("template export", "")]
    public void Schema_and_template_export_never_overwrite_a_record(string command, string option)
    {
        byte[] before = Bytes("p/a.md");
        string[] args = [.. command.Split(' '), .. option.Length > 0 ? new[] { option } : [], "p/a.md", "--force"];
        var run = CliRunner.Run(folder.FullPath, args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("RG0041", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, Bytes("p/a.md"));
    }

    [Theory]
    [InlineData("schema", "-o", "s.json")]
    [InlineData("template export", "", "t.dotx")]
    [InlineData("refs p --export", "", "documents-copy.yaml")]
    public void Writing_over_another_existing_file_needs_force(string command, string option, string target)
    {
        folder.Write(target, "mine");
        string[] args = [.. command.Split(' '), .. option.Length > 0 ? new[] { option } : [], target];
        var refused = CliRunner.Run(folder.FullPath, args);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("RG0042", refused.Error, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(folder.Combine(target)));

        var forced = CliRunner.Run(folder.FullPath, [.. args, "--force"]);
        Assert.True(forced.ExitCode is 0 or 1, forced.ToString());
        Assert.NotEqual("mine", File.ReadAllText(folder.Combine(target)));
    }

    [SkippableFact]
    public void Check_fix_keeps_the_records_mode_and_hard_links()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix modes and hard links.");
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string record = folder.Write("p/fix.md", Records.FrontMatter.Replace("TSAG-TD521", "TSAG-TD522", StringComparison.Ordinal)
            + "# 0 Actions\n\nRG-IEM-2: to do one thing.\n\n# 1 Body\n\nRG-IEM-7: to do one thing.\n");
        File.SetUnixFileMode(record, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        using (var ln = System.Diagnostics.Process.Start("ln", [record, folder.Combine("linked.md")]))
        {
            ln.WaitForExit();
            Assert.Equal(0, ln.ExitCode);
        }

        byte[] before = Bytes("p/fix.md");

        var run = CliRunner.Run(folder.FullPath, "check", "p/fix.md", "--fix");
        Assert.Contains("fixed", run.Output + run.Error, StringComparison.Ordinal);
        Assert.NotEqual(before, Bytes("p/fix.md"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(record));
        Assert.Equal(Bytes("p/fix.md"), Bytes("linked.md"));
        Assert.DoesNotContain(Directory.GetFiles(folder.Combine("p")), f => f.Contains("rgiem-backup", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Check_fix_on_a_read_only_record_is_RG0007_not_an_internal_error()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix modes.");
        string record = folder.Write("p/fix.md", Records.FrontMatter.Replace("TSAG-TD521", "TSAG-TD522", StringComparison.Ordinal)
            + "# 0 Actions\n\nRG-IEM-2: to do one thing.\n\n# 1 Body\n\nRG-IEM-7: to do one thing.\n");
        using var readOnly = ReadOnlyPath.File(record, out string reason);
        Skip.If(readOnly is null, reason);
        byte[] before = Bytes("p/fix.md");
        var run = CliRunner.Run(folder.FullPath, "check", "p/fix.md", "--fix");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error RG0007", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, Bytes("p/fix.md"));
    }
}
