using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Rgiem.Core.Compilation;

/// <summary>
/// Keeps two builds from writing into the same output folder at once: a build holds an exclusive lock on a file
/// named after the folder's full path. The lock files are the user's own: in a folder of the system temporary
/// folder that only the user may enter (<c>rgiem-&lt;uid&gt;</c>, mode 0700, checked to belong to the user and not
/// to be a symbolic link), or, when that folder cannot be used (a read-only TMPDIR, a folder of that name that is
/// someone else's), a hidden file in the output folder itself. A lock file is created with mode 0600 and deleted
/// when the build ends. The operating system drops the lock when the process ends, even by SIGKILL, so a killed
/// build never blocks the next one. Whoever holds the lock may delete the temporary files a killed build left behind.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private const UnixFileMode PrivateFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly FileStream stream;
    private readonly string path;
    private readonly FileSystem.FileIdentity? identity;

    private OutputLock(FileStream stream, string path, FileSystem.FileIdentity? identity)
    {
        this.stream = stream;
        this.path = path;
        this.identity = identity;
    }

    /// <summary>The folder that holds this user's lock files.</summary>
    public static string LockFolder => Path.Combine(Path.GetTempPath(), FileSystem.FileProbe.CurrentUserId is { } uid
        ? "rgiem-" + uid.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : "rgiem-" + Environment.UserName);

    /// <summary>The lock file of an output folder, in <see cref="LockFolder"/>.</summary>
    public static string LockPathOf(string outputDirectory)
    {
        string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        string hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(full)))[..32].ToLowerInvariant();
        return Path.Combine(LockFolder, hash + ".lock");
    }

    /// <summary>The lock file used when <see cref="LockFolder"/> cannot be: a hidden file in the output folder.</summary>
    public static string FallbackLockPathOf(string outputDirectory) => Path.Combine(Path.GetFullPath(outputDirectory), ".rgiem.lock");

    /// <summary>Takes the lock of <paramref name="outputDirectory"/>, waiting up to <paramref name="timeout"/>; null when another build still holds it or it cannot be taken.</summary>
    public static OutputLock? Acquire(string outputDirectory, TimeSpan timeout) => TryAcquire(outputDirectory, timeout, out _);

    /// <summary>
    /// Takes the lock of <paramref name="outputDirectory"/>, waiting up to <paramref name="timeout"/>. Null with
    /// <paramref name="failure"/> null: another build holds it; null with a failure: no lock file could be made
    /// (the reason, in words).
    /// </summary>
    public static OutputLock? TryAcquire(string outputDirectory, TimeSpan timeout, out string? failure)
    {
        string? path = PrivateLockFolder() is not null ? LockPathOf(outputDirectory) : null;
        if (path is null)
        {
            try
            {
                Directory.CreateDirectory(outputDirectory);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                failure = $"the temporary folder '{Path.GetTempPath()}' cannot hold it and the output folder cannot be made: {ex.Message}";
                return null;
            }

            path = FallbackLockPathOf(outputDirectory);
            var existing = FileSystem.FileProbe.LinkStatus(path).Kind;
            if (existing is not (FileSystem.FileKind.Missing or FileSystem.FileKind.Regular))
            {
                failure = $"'{path}' is {FileSystem.FileProbe.Describe(existing)}";
                return null;
            }
        }

        var watch = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive lock on the open file (flock on Unix), released when the process ends.
                var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
                if (!OperatingSystem.IsWindows())
                {
                    options.UnixCreateMode = PrivateFile;
                }

                var stream = new FileStream(path, options);

                // The file may have been deleted by the build that held it before we got the lock: then the lock is on
                // a file no one else will open; take the lock again on the file now at that path.
                var identity = FileSystem.FileProbe.LinkStatus(path).Identity;
                if ((identity is null && !OperatingSystem.IsLinux()) || (identity is not null && IsSameFile(stream, identity.Value)))
                {
                    failure = null;
                    return new OutputLock(stream, path, identity);
                }

                stream.Dispose();
            }
            catch (IOException) when (watch.Elapsed < timeout && File.Exists(path))
            {
                Thread.Sleep(50);
            }
            catch (IOException ex) when (!File.Exists(path))
            {
                failure = ex.Message;
                return null;
            }
            catch (IOException)
            {
                failure = null;
                return null;
            }
            catch (UnauthorizedAccessException ex)
            {
                failure = ex.Message;
                return null;
            }
        }
    }

    /// <summary>Whether the open lock file is still the file at its path (Linux: /proc/self/fd names what is open).</summary>
    private static bool IsSameFile(FileStream stream, FileSystem.FileIdentity identity)
    {
        string fd = "/proc/self/fd/" + stream.SafeFileHandle.DangerousGetHandle().ToInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return FileSystem.FileProbe.Status(fd).Identity is not { } open || open == identity;
    }

    /// <summary>This user's private folder (<see cref="LockFolder"/>, mode 0700), made if needed; null when it cannot be used safely.</summary>
    public static string? UserFolder() => PrivateLockFolder();

    private static string? PrivateLockFolder()
    {
        string folder = LockFolder;
        try
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
                return folder;
            }

            Directory.CreateDirectory(folder, PrivateFolder);
            var status = FileSystem.FileProbe.LinkStatus(folder);
            if (status.Kind != FileSystem.FileKind.Directory || (status.OwnerId is { } owner && owner != FileSystem.FileProbe.CurrentUserId))
            {
                return null;
            }

            if ((status.Mode & 0x3F) != 0)
            {
                // Ours, but others may enter it (made by an older rgiem): make it private.
                File.SetUnixFileMode(folder, PrivateFolder);
            }

            return folder;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Deletes the temporary files that <see cref="AtomicFile"/> left in <paramref name="directory"/> when a build
    /// was killed before its rename. Call only while holding the folder's lock.
    /// </summary>
    public static void DeleteStaleTemporaryFiles(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }

        foreach (string file in Directory.EnumerateFiles(directory, ".*.tmp"))
        {
            if (AtomicFile.IsTemporaryName(Path.GetFileName(file)))
            {
                try
                {
                    File.Delete(file);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                }
            }
        }
    }

    /// <summary>Deletes the lock file (while still holding it, so no other build holds a lock on a deleted file) and releases it.</summary>
    public void Dispose()
    {
        if (identity is not null)
        {
            try
            {
                File.Delete(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
        }

        stream.Dispose();
    }
}
