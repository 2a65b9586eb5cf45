using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Rgiem.Core.Compilation;

/// <summary>
/// Keeps two builds from writing into the same output folder at once: a build holds an exclusive lock on a file
/// named after the folder's full path, in the system temporary folder (so the output folder holds only outputs).
/// The operating system drops the lock when the process ends, even by SIGKILL, so a killed build never blocks
/// the next one. Whoever holds the lock may delete the temporary files a killed build left behind.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private readonly FileStream stream;

    private OutputLock(FileStream stream)
    {
        this.stream = stream;
    }

    /// <summary>The folder that holds the lock files.</summary>
    public static string LockFolder => Path.Combine(Path.GetTempPath(), "rgiem-locks");

    /// <summary>The lock file of an output folder.</summary>
    public static string LockPathOf(string outputDirectory)
    {
        string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        string hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(full)))[..32].ToLowerInvariant();
        return Path.Combine(LockFolder, hash + ".lock");
    }

    /// <summary>Takes the lock of <paramref name="outputDirectory"/>, waiting up to <paramref name="timeout"/>; null when another build still holds it.</summary>
    public static OutputLock? Acquire(string outputDirectory, TimeSpan timeout)
    {
        string path = LockPathOf(outputDirectory);
        Directory.CreateDirectory(LockFolder);
        var watch = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive lock on the open file (flock on Unix), released when the process ends.
                return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (watch.Elapsed < timeout)
            {
                Thread.Sleep(50);
            }
            catch (IOException)
            {
                return null;
            }
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

    public void Dispose() => stream.Dispose();
}
