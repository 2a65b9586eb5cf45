using Rgiem.Cli.Tests.Support;
using Rgiem.Testing;

namespace Rgiem.Cli.Tests;

/// <summary><c>rgiem import</c> in process: the record and its pictures written, checked and built again; inputs and existing records never replaced.</summary>
public class ImportCommandTests
{
    [Fact]
    public void A_built_report_imports_to_a_record_that_checks_and_builds()
    {
        using var folder = new TempFolder();
        CopyBodySample(folder);
        Assert.Equal(0, CliRun.Of(folder.FullPath, "build", "body", "-o", "built").ExitCode);

        var run = CliRun.Of(folder.FullPath, "import", "built/TSAG-R3.docx", "-o", "imported");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("wrote imported/TSAG-R3.md", run.Output + run.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(folder.Combine("imported/TSAG-R3-1.png")));
        string record = File.ReadAllText(folder.Combine("imported/TSAG-R3.md"));
        Assert.StartsWith("---\nnumber: TSAG-R3\ntype: Report\nparent: TSAG\ngroup: RG-IEM\n", record, StringComparison.Ordinal);
        var check = CliRun.Of(folder.FullPath, "check", "imported/TSAG-R3.md");
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Equal(0, CliRun.Of(folder.FullPath, "build", "imported/TSAG-R3.md", "-o", "rebuilt").ExitCode);
        Assert.True(File.Exists(folder.Combine("rebuilt/TSAG-R3.docx")));
    }

    [Fact]
    public void An_existing_record_is_never_replaced_and_other_files_only_with_force()
    {
        using var folder = new TempFolder();
        CopyBodySample(folder);
        Assert.Equal(0, CliRun.Of(folder.FullPath, "build", "body", "-o", "built").ExitCode);
        Assert.Equal(0, CliRun.Of(folder.FullPath, "import", "built/TSAG-R3.docx", "-o", "imported").ExitCode);
        byte[] before = File.ReadAllBytes(folder.Combine("imported/TSAG-R3.md"));

        var again = CliRun.Of(folder.FullPath, "import", "built/TSAG-R3.docx", "-o", "imported", "--force");

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("RG0041", again.Output + again.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(folder.Combine("imported/TSAG-R3.md")));

        File.Delete(folder.Combine("imported/TSAG-R3.md"));
        var picture = CliRun.Of(folder.FullPath, "import", "built/TSAG-R3.docx", "-o", "imported");
        Assert.Equal(1, picture.ExitCode);
        Assert.Contains("RG0042", picture.Output + picture.Error, StringComparison.Ordinal);
        Assert.Equal(0, CliRun.Of(folder.FullPath, "import", "built/TSAG-R3.docx", "-o", "imported", "--force").ExitCode);
    }

    [Fact]
    public void A_word_97_document_without_libreoffice_is_RG0020()
    {
        using var folder = new TempFolder();
        folder.Write("old.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
        var run = CliRunner.RunWith(folder.FullPath, new Dictionary<string, string?> { ["RGIEM_SOFFICE"] = folder.Combine("no-soffice"), ["PATH"] = folder.FullPath }, "import", "old.doc");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("RG0020", run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_document_is_a_usage_error()
    {
        using var folder = new TempFolder();
        var run = CliRun.Of(folder.FullPath, "import", "nowhere.docx");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("RG0006", run.Output + run.Error, StringComparison.Ordinal);
    }

    /// <summary>samples/body (a report with a figure, a table and footnotes) copied to folder/body.</summary>
    private static void CopyBodySample(TempFolder folder)
    {
        foreach (string file in Directory.GetFiles(Path.Combine(RepoPaths.Samples, "body")))
        {
            folder.Write(Path.Combine("body", Path.GetFileName(file)), File.ReadAllBytes(file));
        }
    }
}
