using System.IO.Compression;
using Rgiem.Cli.Tests.Support;
using Rgiem.Core.Compilation;
using Rgiem.Core.Project;
using Rgiem.Testing;

namespace Rgiem.Cli.Tests.Safety;

/// <summary>
/// Issue 17, "reading and writing outside the project": a project file cannot widen what rgiem reads (records
/// folders outside the project's repository, a rgiem.yaml planted above it), a logo is a file of the project, and the
/// build cache is never read or written through a symbolic link.
/// </summary>
public sealed class ReadOutsideTests : IDisposable
{
    private const string Secret = "SECRET-OUTSIDE-THE-PROJECT";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static string DocumentXml(string docx)
    {
        using var zip = new ZipArchive(File.OpenRead(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return reader.ReadToEnd();
    }

    [Fact]
    public void A_records_folder_outside_the_project_is_RG0043_and_includes_cannot_escape_through_it()
    {
        folder.Write("etc/ssl/openssl.cnf", Secret + "\n");
        folder.Write("etc/ssl/stray.md", Records.WithBody("Outside.\n").Replace("TSAG-TD521", "TSAG-TD999", StringComparison.Ordinal));
        folder.Write("p/rgiem.yaml", "records: [., ../etc/ssl]\n");
        folder.Write("p/r.md", Records.WithBody("```{include} ../etc/ssl/openssl.cnf\n```\n"));
        var run = CliRunner.Run(folder.FullPath, "build", "p");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Diagnostics, d => d.Id == "RG0043");
        Assert.Contains(run.Diagnostics, d => d.Id == "RG2022");
        Assert.DoesNotContain(run.Diagnostics, d => (d.Path ?? "").Contains("stray", StringComparison.Ordinal));
        Assert.False(File.Exists(folder.Combine("p/out/TSAG-TD999.docx")));
    }

    [Fact]
    public void A_records_folder_given_on_the_command_line_may_be_anywhere()
    {
        folder.Write("p/rgiem.yaml", "records: .\n");
        folder.Write("elsewhere/r.md", Records.WithBody("Text.\n"));
        var run = CliRunner.Run(folder.FullPath, "build", "elsewhere", "-o", "out");
        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(folder.Combine("out/TSAG-TD521.docx")));
    }

    [Fact]
    public void A_records_folder_beside_the_project_in_the_same_repository_is_allowed()
    {
        Directory.CreateDirectory(folder.Combine(".git"));
        folder.Write("group/rgiem.yaml", "records: ../rg\n");
        folder.Write("rg/r.md", Records.WithBody("Text.\n"));
        var run = CliRunner.Run(folder.FullPath, "build", "group");
        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(folder.Combine("group/out/TSAG-TD521.docx")));
    }

    [Fact]
    public void A_linked_worktree_whose_git_is_a_file_is_a_repository_too()
    {
        // git worktree add and submodules leave a .git file ("gitdir: …"), not a folder.
        folder.Write(".git", "gitdir: /elsewhere/.git/worktrees/wt\n");
        folder.Write("group/rgiem.yaml", "records: ../rg\n");
        folder.Write("rg/r.md", Records.WithBody("Text.\n"));
        var run = CliRunner.Run(folder.FullPath, "build", "group");
        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(folder.Combine("group/out/TSAG-TD521.docx")));
    }

    [SkippableFact]
    public void A_rgiem_yaml_planted_in_a_world_writable_folder_of_another_user_is_ignored()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix owners and modes.");
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        folder.Write("shared/rgiem.yaml", "records: .\noutput: ../stolen\n");
        folder.Write("shared/p/r.md", Records.WithBody("Text.\n"));
        File.SetUnixFileMode(folder.Combine("shared"), (UnixFileMode)0b111_111_111);

        // As another user than the folder's owner (whoever runs the tests owns it).
        uint owner = Core.FileSystem.FileProbe.Status(folder.Combine("shared")).OwnerId ?? 0;
        var options = new CompilationOptions(["shared/p"], folder.FullPath) { Search = new ProjectSearch(null, owner + 1) };
        var discovery = Compiler.Discover(options);
        Assert.Null(Assert.Single(discovery.Projects).ConfigPath);
        Assert.Contains(discovery.Diagnostics, d => d.Id == "RG0044");

        // Its owner may use it.
        var own = Compiler.Discover(options with { Search = new ProjectSearch(null, owner) });
        Assert.NotNull(Assert.Single(own.Projects).ConfigPath);
    }

    [Fact]
    public void A_rgiem_yaml_above_the_home_folder_is_ignored()
    {
        folder.Write("rgiem.yaml", "records: .\noutput: stolen\n");
        folder.Write("home/me/p/r.md", Records.WithBody("Text.\n"));
        var options = new CompilationOptions(["home/me/p"], folder.FullPath) { Search = new ProjectSearch(folder.Combine("home/me"), null) };
        Assert.Null(Assert.Single(Compiler.Discover(options).Projects).ConfigPath);
    }

    [Fact]
    public void A_folder_named_rgiem_yaml_is_RG0044_not_silently_skipped()
    {
        Directory.CreateDirectory(folder.Combine("p/rgiem.yaml"));
        folder.Write("p/r.md", Records.WithBody("Text.\n"));
        var run = CliRunner.Run(folder.FullPath, "check", "p");
        Assert.Contains(run.Diagnostics, d => d.Id == "RG0044");
    }

    [Theory]
    [InlineData("../outside.png")]
    [InlineData("ABSOLUTE")]
    public void A_logo_outside_the_project_is_RG0043_and_not_read(string logo)
    {
        byte[] png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        string outside = folder.Write("outside.png", png);
        folder.Write("p/rgiem.yaml", "records: .\n");
        folder.Write("p/r.md", Records.FrontMatter.Replace("abstract:", "logo: " + (logo == "ABSOLUTE" ? outside : logo) + "\nabstract:", StringComparison.Ordinal) + "Text.\n");
        var run = CliRunner.Run(folder.FullPath, "build", "p");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("RG0043", Assert.Single(run.Diagnostics, d => d.Severity == "error").Id);
        Assert.False(File.Exists(folder.Combine("p/out/TSAG-TD521.docx")));
    }

    [SkippableFact]
    public void A_cache_folder_that_is_a_link_outside_is_neither_read_nor_written_through()
    {
        Skip.If(OperatingSystem.IsWindows(), "Creating symbolic links needs privileges on Windows.");
        Directory.CreateDirectory(folder.Combine("elsewhere"));
        folder.Write("elsewhere/manifest", "not yours");
        folder.Write("p/r.md", Records.WithBody("Text.\n"));
        Directory.CreateDirectory(folder.Combine("p/out"));
        Directory.CreateSymbolicLink(folder.Combine("p/out/.rgiem-cache"), folder.Combine("elsewhere"));
        var run = CliRunner.Run(folder.FullPath, "build", "p");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.Diagnostics, d => d.Id == "RG0050");
        Assert.Equal("not yours", File.ReadAllText(folder.Combine("elsewhere/manifest")));
        Assert.Equal(["elsewhere/manifest"], folder.Files("elsewhere"));
        Assert.DoesNotContain(Secret, DocumentXml(folder.Combine("p/out/TSAG-TD521.docx")), StringComparison.Ordinal);
    }
}
