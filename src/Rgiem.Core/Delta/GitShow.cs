using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Delta;

/// <summary>
/// Reads a file as it was at a git revision (<c>git show REV:./path</c>, run in the file's folder with a time
/// limit). A missing git, an unknown revision and a file the revision does not hold become diagnostics.
/// </summary>
public static class GitShow
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <param name="fullPath">The file, as a full path (it need not exist in the working tree).</param>
    /// <param name="revision">A commit, branch, tag or expression such as <c>HEAD~1</c>.</param>
    /// <param name="displayPath">How messages name the file.</param>
    /// <param name="git">The git program (a name on the PATH or a full path).</param>
    public static byte[]? Read(string fullPath, string revision, string displayPath, DiagnosticBag diagnostics, string git = "git", TimeSpan? timeout = null)
    {
        if (revision.Length == 0 || revision.StartsWith('-') || revision.Contains(':', StringComparison.Ordinal))
        {
            diagnostics.Add(DeltaDescriptors.RevisionNotFound, SourceLocation.None, revision, "not a revision name");
            return null;
        }

        string directory = Path.GetDirectoryName(fullPath)!;
        if (!Directory.Exists(directory))
        {
            diagnostics.Add(LoadDescriptors.PathNotFound, SourceLocation.None, displayPath);
            return null;
        }

        // Is the revision there at all? Then the file at that revision.
        var verify = Run(git, directory, ["rev-parse", "--verify", "--quiet", revision + "^{commit}"], timeout ?? DefaultTimeout, out var started);
        if (!started)
        {
            diagnostics.Add(ToolDescriptors.ProgramNotFound, SourceLocation.None, "git", $"the delta against revision '{revision}'", "Install git (https://git-scm.com) and put it on the PATH.");
            return null;
        }

        if (verify is null)
        {
            diagnostics.Add(DeltaDescriptors.GitTimedOut, SourceLocation.None, (int)(timeout ?? DefaultTimeout).TotalSeconds);
            return null;
        }

        if (verify.ExitCode != 0)
        {
            string why = Encoding.UTF8.GetString(verify.Error).Trim();
            diagnostics.Add(DeltaDescriptors.RevisionNotFound, SourceLocation.None, revision, why.Length > 0 ? why : "git does not know it here");
            return null;
        }

        var show = Run(git, directory, ["show", revision + ":./" + Path.GetFileName(fullPath)], timeout ?? DefaultTimeout, out _);
        if (show is null)
        {
            diagnostics.Add(DeltaDescriptors.GitTimedOut, SourceLocation.None, (int)(timeout ?? DefaultTimeout).TotalSeconds);
            return null;
        }

        if (show.ExitCode != 0)
        {
            diagnostics.Add(DeltaDescriptors.NotInRevision, SourceLocation.None, displayPath, revision);
            return null;
        }

        return show.Output;
    }

    private static ProcessOutput? Run(string git, string directory, string[] arguments, TimeSpan timeout, out bool started)
    {
        var info = new ProcessStartInfo(git)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["GIT_TERMINAL_PROMPT"] = "0";
        info.Environment["LC_ALL"] = "C";
        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (Win32Exception)
        {
            started = false;
            return null;
        }

        started = true;
        using (process)
        {
            process.StandardInput.Close();
            var output = new MemoryStream();
            var error = new MemoryStream();
            var copyOut = process.StandardOutput.BaseStream.CopyToAsync(output);
            var copyError = process.StandardError.BaseStream.CopyToAsync(error);
            if (!process.WaitForExit(timeout))
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // It ended meanwhile.
                }

                return null;
            }

            Task.WaitAll(copyOut, copyError);
            return new ProcessOutput(process.ExitCode, output.ToArray(), error.ToArray());
        }
    }

    private sealed record ProcessOutput(int ExitCode, byte[] Output, byte[] Error);
}
