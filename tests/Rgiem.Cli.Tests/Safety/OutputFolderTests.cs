using Rgiem.Cli.Tests.Support;
using Rgiem.Core.Compilation;
using Rgiem.Testing;

namespace Rgiem.Cli.Tests.Safety;

/// <summary>
/// Issue 17: records excluded for lying in the output folder, and a record that is a symbolic link, are said, not
/// skipped silently; lock files are the user's own, removed when the build ends, and a lock that cannot be taken
/// where it usually is does not stop a build.
/// </summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Output_dot_says_the_records_are_excluded_because_they_are_in_the_output_folder()
    {
        folder.Write("p/rgiem.yaml", "records: .\noutput: .\n");
        folder.Write("p/r.md", Records.WithBody("Text.\n"));
        var run = CliRunner.Run(folder.FullPath, "check", "p");
        var excluded = Assert.Single(run.Diagnostics, d => d.Id == "RG0045");
        Assert.Contains("records excluded because they are in the output folder", excluded.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_on_the_command_line_over_the_records_says_so_too()
    {
        folder.Write("p/r.md", Records.WithBody("Text.\n"));
        var run = CliRunner.Run(folder.FullPath, "build", "p", "-o", "p");
        Assert.Contains(run.Diagnostics, d => d.Id == "RG0045");
    }

    [SkippableFact]
    public void A_record_that_is_a_symbolic_link_is_RG0046()
    {
        Skip.If(OperatingSystem.IsWindows(), "Creating symbolic links needs privileges on Windows.");
        folder.Write("elsewhere/r.md", Records.WithBody("Text.\n"));
        Directory.CreateDirectory(folder.Combine("p"));
        File.CreateSymbolicLink(folder.Combine("p/r.md"), folder.Combine("elsewhere/r.md"));
        var run = CliRunner.Run(folder.FullPath, "check", "p");
        Assert.Contains(run.Diagnostics, d => d.Id == "RG0046" && d.Path == "p/r.md");
    }

    [SkippableFact]
    public void The_lock_folder_is_private_and_the_lock_file_is_removed_when_the_build_ends()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "Unix modes.");
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        folder.Write("p/r.md", Records.WithBody("Text.\n"));
        Directory.CreateDirectory(folder.Combine("tmp"));
        var (code, error) = SafetyProcess.Shell(folder.FullPath, "build p", new Dictionary<string, string> { ["TMPDIR"] = folder.Combine("tmp") + "/" });
        Assert.True(code == 0, error);
        string locks = Assert.Single(Directory.GetDirectories(folder.Combine("tmp")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(locks));
        Assert.Empty(Directory.GetFiles(locks, "*.lock"));
    }

    [SkippableFact]
    public void A_lock_folder_taken_by_someone_else_does_not_stop_the_build_and_is_not_written_to()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "Unix owners.");
        folder.Write("p/r.md", Records.WithBody("Text.\n"));
        Directory.CreateDirectory(folder.Combine("tmp"));
        Directory.CreateDirectory(folder.Combine("theirs"));
        uint uid = Core.FileSystem.FileProbe.CurrentUserId!.Value;

        // Another user got there first: the name is a link to their folder (a folder of theirs, mode 0755, is refused the same way).
        Directory.CreateSymbolicLink(folder.Combine("tmp/rgiem-" + uid.ToString(System.Globalization.CultureInfo.InvariantCulture)), folder.Combine("theirs"));
        var (code, error) = SafetyProcess.Shell(folder.FullPath, "build p", new Dictionary<string, string> { ["TMPDIR"] = folder.Combine("tmp") + "/" });
        Assert.True(code == 0, error);
        Assert.True(File.Exists(folder.Combine("p/out/TSAG-TD521.docx")));
        Assert.Empty(Directory.GetFileSystemEntries(folder.Combine("theirs")));
        Assert.False(File.Exists(OutputLock.FallbackLockPathOf(folder.Combine("p/out"))), "The fallback lock file is removed too");
    }

    [SkippableFact]
    public void A_read_only_temporary_folder_does_not_stop_the_build()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "Unix modes.");
        folder.Write("p/r.md", Records.WithBody("Text.\n"));
        Directory.CreateDirectory(folder.Combine("tmp"));
        using var readOnly = ReadOnlyPath.Folder(folder.Combine("tmp"), out string reason);
        Skip.If(readOnly is null, reason);
        var (code, error) = SafetyProcess.Shell(folder.FullPath, "build p", new Dictionary<string, string> { ["TMPDIR"] = folder.Combine("tmp") + "/" });
        Assert.True(code == 0, error);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
        Assert.True(File.Exists(folder.Combine("p/out/TSAG-TD521.docx")));
    }
}
