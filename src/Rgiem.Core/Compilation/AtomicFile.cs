namespace Rgiem.Core.Compilation;

/// <summary>
/// Writes a file so that readers see the old complete file or the new complete file, never a part:
/// the bytes go to a temporary file in the same folder and replace the target by rename. A killed process leaves
/// the old file or the new one (and a temporary file the next build deletes).
/// </summary>
public static partial class AtomicFile
{
    /// <summary>Whether <paramref name="fileName"/> is one of the temporary files <see cref="Write(string, ReadOnlySpan{byte}, bool)"/> makes.</summary>
    public static bool IsTemporaryName(string fileName) => TemporaryName().IsMatch(fileName);

    /// <param name="flushToDisk">
    /// Also wait until the bytes are on disk before the rename, so that a power failure cannot leave an empty file:
    /// for files only the user has (a record rewritten by <c>check --fix</c>). Outputs that a build can make again
    /// skip it: an fsync per document was a third of the wall time of a 5,000-record build.
    /// </param>
    public static void Write(string path, ReadOnlySpan<byte> content, bool flushToDisk = true)
    {
        var temp = Temporary(path);
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>
    /// Writes a file as <see cref="Write(string, ReadOnlySpan{byte}, bool)"/> does, its bytes given by
    /// <paramref name="write"/> to a stream (buffered) instead of held whole in memory: for the build cache's files.
    /// </summary>
    public static void Write(string path, Action<Stream> write, bool flushToDisk = true)
    {
        var temp = Temporary(path);
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.None))
            {
                write(stream);
                stream.Flush(flushToDisk);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>The temporary file beside <paramref name="path"/> (its folder made if needed).</summary>
    private static string Temporary(string path)
    {
        string directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, "." + Path.GetFileName(path) + "." + Environment.ProcessId + "." + Environment.CurrentManagedThreadId + ".tmp");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\..+\.[0-9]+\.[0-9]+\.tmp$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex TemporaryName();

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>
    /// Rewrites an existing file in place, for <c>check --fix</c>: the file keeps its inode, so its mode, owner, ACLs
    /// and hard links stay as they were (a rename would give a new file owned by whoever runs rgiem, mode 0644).
    /// The old content is first copied to a hidden file beside it and read back; then the file is truncated and
    /// written and flushed to disk, and the copy deleted. If that write fails, the file is restored from memory,
    /// and if even that fails the copy is left and named in the exception. Throws
    /// <see cref="UnauthorizedAccessException"/> when the file is read-only.
    /// </summary>
    public static void Rewrite(string path, ReadOnlySpan<byte> content)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
        byte[] old = new byte[stream.Length];
        stream.ReadExactly(old);
        string backup = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "." + Path.GetFileName(path) + "." + Environment.ProcessId + ".rgiem-backup");
        bool backedUp = false;
        try
        {
            File.WriteAllBytes(backup, old);
            backedUp = File.ReadAllBytes(backup).AsSpan().SequenceEqual(old);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A folder the user may not write to: the old content stays in memory only.
        }

        try
        {
            Replace(stream, content);
        }
        catch (IOException)
        {
            try
            {
                Replace(stream, old);
            }
            catch (IOException) when (backedUp)
            {
                throw new IOException($"the record could not be rewritten nor restored; its original content is in '{backup}'");
            }

            throw;
        }

        if (backedUp || File.Exists(backup))
        {
            TryDelete(backup);
        }
    }

    private static void Replace(FileStream stream, ReadOnlySpan<byte> content)
    {
        stream.Position = 0;
        stream.Write(content);
        stream.SetLength(content.Length);
        stream.Flush(flushToDisk: true);
    }
}
