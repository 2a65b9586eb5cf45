using System.ComponentModel;
using System.Diagnostics;

namespace Rgiem.Cli.Tests.Support;

/// <summary>
/// Makes a folder read-only for this process: mode 555, and when that does not stop us (root ignores
/// permissions) the immutable attribute (<c>chattr +i</c>). Dispose restores the folder.
/// </summary>
public sealed class ReadOnlyFolder : IDisposable
{
    private readonly string path;
    private readonly UnixFileMode mode;
    private bool immutable;

    private ReadOnlyFolder(string path)
    {
        this.path = path;
        mode = OperatingSystem.IsWindows() ? default : File.GetUnixFileMode(path);
    }

    /// <returns>The read-only folder, or null (with the reason) when this machine cannot make one.</returns>
    public static ReadOnlyFolder? TryCreate(string path, out string reason)
    {
        reason = string.Empty;
        if (OperatingSystem.IsWindows())
        {
            reason = "Windows folders cannot be made read-only for their owner";
            return null;
        }

        var folder = new ReadOnlyFolder(path);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        if (!IsWritable(path))
        {
            return folder;
        }

        folder.immutable = Chattr("+i", path);
        if (folder.immutable && !IsWritable(path))
        {
            return folder;
        }

        folder.Dispose();
        reason = "running with privileges that ignore permissions, and 'chattr +i' is not available";
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

    private static bool IsWritable(string folder)
    {
        string probe = Path.Combine(folder, ".probe-" + Guid.NewGuid().ToString("N"));
        try
        {
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool Chattr(string flag, string folder)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("chattr", [flag, folder]) { RedirectStandardError = true, UseShellExecute = false });
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
