using System.ComponentModel;
using System.Diagnostics;

namespace Rgiem.Cli.Tests.Support;

/// <summary>
/// Makes a file read-only for this process: mode 444, and when that does not stop us (root ignores permissions)
/// the immutable attribute (<c>chattr +i</c>). Dispose restores the file.
/// </summary>
public sealed class ReadOnlyFile : IDisposable
{
    private readonly string path;
    private readonly UnixFileMode mode;
    private bool immutable;

    private ReadOnlyFile(string path)
    {
        this.path = path;
        mode = OperatingSystem.IsWindows() ? default : File.GetUnixFileMode(path);
    }

    /// <returns>The read-only file, or null (with the reason) when this machine cannot make one.</returns>
    public static ReadOnlyFile? TryCreate(string path, out string reason)
    {
        reason = string.Empty;
        if (OperatingSystem.IsWindows())
        {
            reason = "Windows files are made read-only by an attribute rgiem's tests do not set";
            return null;
        }

        var file = new ReadOnlyFile(path);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        if (!IsWritable(path))
        {
            return file;
        }

        file.immutable = Chattr("+i", path);
        if (file.immutable && !IsWritable(path))
        {
            return file;
        }

        file.Dispose();
        reason = "running with privileges that ignore permissions, and 'chattr +i' is not available on this file system";
        return null;
    }

    public void Dispose()
    {
        if (immutable)
        {
            Chattr("-i", path);
            immutable = false;
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }
    }

    private static bool IsWritable(string file)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool Chattr(string flag, string file)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("chattr", [flag, file]) { RedirectStandardError = true, UseShellExecute = false });
            if (process is null)
            {
                return false;
            }

            process.StandardError.ReadToEnd();
            return process.WaitForExit(10_000) && process.ExitCode == 0;
        }
        catch (Win32Exception)
        {
            return false;
        }
    }
}
