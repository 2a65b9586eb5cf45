using System.ComponentModel;
using System.Diagnostics;

namespace Rgiem.Cli.Tests.Support;

/// <summary>
/// Makes a file or a folder read-only for this process: mode 444 (a folder 555), and when that does not stop us (root
/// ignores permissions) the immutable attribute (<c>chattr +i</c>). Dispose restores it.
/// </summary>
public sealed class ReadOnlyPath : IDisposable
{
    private readonly string path;
    private readonly UnixFileMode mode;
    private bool immutable;

    private ReadOnlyPath(string path)
    {
        this.path = path;
        mode = OperatingSystem.IsWindows() ? default : System.IO.File.GetUnixFileMode(path);
    }

    /// <returns>The read-only file, or null (with the reason) when this machine cannot make one.</returns>
    public static ReadOnlyPath? File(string path, out string reason) =>
        TryCreate(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead, IsWritableFile,
            "Windows files are made read-only by an attribute rgiem's tests do not set", out reason);

    /// <returns>The read-only folder, or null (with the reason) when this machine cannot make one.</returns>
    public static ReadOnlyPath? Folder(string path, out string reason) =>
        TryCreate(path, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute,
            IsWritableFolder, "Windows folders cannot be made read-only for their owner", out reason);

    public void Dispose()
    {
        if (immutable)
        {
            Chattr("-i", path);
            immutable = false;
        }

        if (!OperatingSystem.IsWindows())
        {
            System.IO.File.SetUnixFileMode(path, mode);
        }
    }

    private static ReadOnlyPath? TryCreate(string path, UnixFileMode readOnly, Func<string, bool> isWritable, string windowsReason, out string reason)
    {
        reason = string.Empty;
        if (OperatingSystem.IsWindows())
        {
            reason = windowsReason;
            return null;
        }

        var result = new ReadOnlyPath(path);
        System.IO.File.SetUnixFileMode(path, readOnly);
        if (!isWritable(path))
        {
            return result;
        }

        result.immutable = Chattr("+i", path);
        if (result.immutable && !isWritable(path))
        {
            return result;
        }

        result.Dispose();
        reason = "running with privileges that ignore permissions, and 'chattr +i' is not available on this file system";
        return null;
    }

    private static bool IsWritableFile(string file)
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

    private static bool IsWritableFolder(string folder)
    {
        string probe = Path.Combine(folder, ".probe-" + Guid.NewGuid().ToString("N"));
        try
        {
            System.IO.File.WriteAllBytes(probe, []);
            System.IO.File.Delete(probe);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool Chattr(string flag, string target)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("chattr", [flag, target]) { RedirectStandardError = true, UseShellExecute = false });
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
