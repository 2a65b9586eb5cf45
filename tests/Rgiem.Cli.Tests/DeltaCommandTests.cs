using Rgiem.Cli.Tests.Support;
using Rgiem.Docx;
using Rgiem.Testing;

namespace Rgiem.Cli.Tests;

/// <summary><c>rgiem delta</c> in process: two files, git revisions, CriticMarkup, and the problems it reports.</summary>
public class DeltaCommandTests
{
    private static string Sample(string name) => File.ReadAllText(Path.Combine(RepoPaths.Samples, "delta", name));

    [Fact]
    public void Two_files_give_a_valid_docx_with_revisions_by_the_first_contact_on_the_records_date()
    {
        using var folder = new TempFolder();
        folder.Write("v1.md", Sample("resolution-68-v1.md"));
        folder.Write("v2.md", Sample("resolution-68-v2.md"));

        var run = CliRun.Of(folder.FullPath, "delta", "v1.md", "v2.md", "-o", "out/delta.docx");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("wrote out/delta.docx", run.Output, StringComparison.Ordinal);
        byte[] docx = File.ReadAllBytes(folder.Combine("out/delta.docx"));
        using (var stream = new MemoryStream(docx))
        {
            Assert.Empty(DocxRenderer.Validate(stream));
        }

        Assert.True(RevisionReader.Count(docx, "ins") > 10);
        Assert.Contains("TSAG-TD700R1", string.Concat(RevisionReader.Paragraphs(docx, accept: true)), StringComparison.Ordinal);
        Assert.Contains("w:author=\"Glenn Parsons\" w:date=\"2024-07-30T00:00:00Z\"", DocumentXml(docx), StringComparison.Ordinal);
    }

    [Fact]
    public void Author_and_date_options_win_over_the_front_matter()
    {
        using var folder = new TempFolder();
        folder.Write("v1.md", Sample("resolution-68-v1.md"));
        folder.Write("v2.md", Sample("resolution-68-v2.md"));

        var run = CliRun.Of(folder.FullPath, "delta", "v1.md", "v2.md", "--author", "TSB Editor", "--date", "2024-08-01");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("w:author=\"TSB Editor\" w:date=\"2024-08-01T00:00:00Z\"", DocumentXml(File.ReadAllBytes(folder.Combine("v2.delta.docx"))), StringComparison.Ordinal);
    }

    [Fact]
    public void Format_md_prints_CriticMarkup()
    {
        using var folder = new TempFolder();
        folder.Write("a.md", "The group met in Geneva.\n\nOld closing words.\n");
        folder.Write("b.md", "The group met in Tokyo.\n\nOld closing words.\n");

        var run = CliRun.Of(folder.FullPath, "delta", "a.md", "b.md", "--format", "md");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("The group met in {--Geneva--}{++Tokyo++}.\n\nOld closing words.\n", run.Output);
    }

    [Fact]
    public void A_missing_file_is_RG0006_and_exit_code_2()
    {
        using var folder = new TempFolder();
        folder.Write("a.md", "Text.\n");

        var run = CliRun.Of(folder.FullPath, "delta", "a.md", "missing.md");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("RG0006", run.Output, StringComparison.Ordinal);
        Assert.Contains("missing.md", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void One_file_and_no_revision_is_a_usage_error()
    {
        using var folder = new TempFolder();
        folder.Write("a.md", "Text.\n");

        var run = CliRun.Of(folder.FullPath, "delta", "a.md");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--from", run.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void From_and_to_read_the_file_at_two_git_revisions_and_a_bad_revision_is_RG8100()
    {
        Skip.If(!File.Exists("/usr/bin/git") && !File.Exists("/usr/local/bin/git"), "git is not installed");
        using var folder = new TempFolder();
        folder.Write("r.md", "The group met in Geneva.\n");
        Git(folder.FullPath, "init", "-q");
        Git(folder.FullPath, "add", "r.md");
        Git(folder.FullPath, "commit", "-q", "-m", "one");
        folder.Write("r.md", "The group met in Tokyo.\n");
        Git(folder.FullPath, "commit", "-q", "-a", "-m", "two");
        folder.Write("r.md", "The group met in Kyoto.\n");

        var head = CliRun.Of(folder.FullPath, "delta", "r.md", "--from", "HEAD~1", "--to", "HEAD", "--format", "md");
        Assert.True(head.ExitCode == 0, head.ToString());
        Assert.Equal("The group met in {--Geneva--}{++Tokyo++}.\n", head.Output);

        var tree = CliRun.Of(folder.FullPath, "delta", "r.md", "--from", "HEAD", "--format", "md");
        Assert.Equal("The group met in {--Tokyo--}{++Kyoto++}.\n", tree.Output);

        var bad = CliRun.Of(folder.FullPath, "delta", "r.md", "--from", "no-such-branch");
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("RG8100", bad.Output, StringComparison.Ordinal);

        folder.Write("new.md", "Added later.\n");
        var absent = CliRun.Of(folder.FullPath, "delta", "new.md", "--from", "HEAD");
        Assert.Equal(1, absent.ExitCode);
        Assert.Contains("RG8101", absent.Output, StringComparison.Ordinal);
    }

    private static void Git(string directory, params string[] args)
    {
        // Under a HOME of the test's own: the user's git configuration (hooks, templates, signing) neither applies nor changes.
        using var home = new TempFolder();
        var environment = IsolatedEnvironment.Create(home.FullPath, IsolatedEnvironment.UserNuGetPackages);
        var (exitCode, output, error) = ExternalTools.Run("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", .. args], directory, 60, environment: environment);
        Assert.True(exitCode == 0, $"git {string.Join(' ', args)}: {output}{error}");
    }

    private static string DocumentXml(byte[] docx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return reader.ReadToEnd();
    }
}
