namespace Rgiem.Core.Compilation;

/// <summary>
/// Writes a file so that readers see the old complete file or the new complete file, never a part:
/// the bytes go to a temporary file in the same folder, are flushed to disk, and replace the target by rename.
/// </summary>
public static partial class AtomicFile
{
    /// <summary>Whether <paramref name="fileName"/> is one of the temporary files <see cref="Write"/> makes.</summary>
    public static bool IsTemporaryName(string fileName) => TemporaryName().IsMatch(fileName);

    public static void Write(string path, ReadOnlySpan<byte> content)
    {
        string directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        string temp = Path.Combine(directory, "." + Path.GetFileName(path) + "." + Environment.ProcessId + "." + Environment.CurrentManagedThreadId + ".tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
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
}
