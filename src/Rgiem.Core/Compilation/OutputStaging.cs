using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Rgiem.Core.Compilation;

/// <summary>
/// A build's output folders while it runs, so that a rendered document need not stay in memory until the checks
/// across records (RG9xxx) have run: the folders' locks (<see cref="OutputLock"/>) are taken before any record is read
/// (and the temporary files of a killed build deleted), each document is written as soon as it is rendered to a hidden
/// temporary file beside its target (<c>.TSAG-TD521.docx.&lt;pid&gt;.&lt;n&gt;.tmp</c>, a name the next build deletes),
/// and <see cref="OutputWriter"/> renames it over its target only once the record has passed every check
/// (<see cref="Commit"/>), or deletes it (<see cref="Discard"/>). Whatever is still staged when the build ends (a
/// record an RG9xxx error stopped, a target refused, an exception) is deleted by <see cref="Dispose"/>, before the
/// locks are released. A document that cannot be staged (a read-only folder, a full disk) stays in memory and is
/// written as before, so that its diagnostic is the same as without staging.
/// </summary>
public sealed class OutputStaging : IDisposable
{
    private static int counter;

    private readonly Dictionary<string, Folder> folders;
    private readonly ConcurrentDictionary<string, byte> staged = new(StringComparer.Ordinal);
    private readonly bool hash;
    private bool disposed;

    private OutputStaging(Dictionary<string, Folder> folders, TimeSpan timeout, bool hash)
    {
        this.folders = folders;
        Timeout = timeout;
        this.hash = hash;
    }

    /// <summary>How long <see cref="Begin"/> waited at most for another build's lock.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>Documents staged and not yet committed nor discarded.</summary>
    public int Pending => staged.Count;

    /// <summary>
    /// Takes the lock of each output folder (in ordinal order, waiting up to <paramref name="timeout"/> for each) and
    /// deletes the temporary files a killed build left in those it holds.
    /// </summary>
    /// <param name="hash">Whether to keep each staged document's SHA-256 (the build cache checks outputs with it).</param>
    public static OutputStaging Begin(IEnumerable<string> outputDirectories, TimeSpan timeout, bool hash)
    {
        var folders = new Dictionary<string, Folder>(StringComparer.Ordinal);
        try
        {
            foreach (string directory in outputDirectories.Select(FolderOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                bool existed = Directory.Exists(directory);
                var held = OutputLock.TryAcquire(directory, timeout, out string? failure);
                if (held is not null)
                {
                    OutputLock.DeleteStaleTemporaryFiles(directory);
                }

                folders[directory] = new Folder(held, failure, existed);
            }
        }
        catch
        {
            foreach (var folder in folders.Values)
            {
                folder.Lock?.Dispose();
            }

            throw;
        }

        return new OutputStaging(folders, timeout, hash);
    }

    /// <summary>
    /// The folder an output directory's documents go to, spelled exactly as <see cref="OutputWriter"/> spells it (the
    /// folder of each target), so that it finds the locks taken here and never waits for its own build's lock.
    /// </summary>
    public static string FolderOf(string outputDirectory) => Path.GetDirectoryName(Path.Combine(outputDirectory, "x"))!;

    /// <summary>
    /// Whether this staging took care of the lock of <paramref name="directory"/>: then <paramref name="held"/> says
    /// whether it holds it, and <paramref name="failure"/> why it could not be taken (null: another build held it).
    /// </summary>
    public bool Covers(string directory, out bool held, out string? failure)
    {
        if (folders.TryGetValue(directory, out var folder))
        {
            held = folder.Lock is not null;
            failure = folder.Failure;
            return true;
        }

        held = false;
        failure = null;
        return false;
    }

    /// <summary>
    /// Writes a rendered document to a temporary file beside <paramref name="target"/>: the result without its bytes,
    /// or <paramref name="result"/> as it is when there is nothing to stage, its folder is not held, or the file
    /// cannot be written (a read-only folder, a full disk: the write proper then fails with the usual diagnostic).
    /// </summary>
    public RenderResult Stage(RenderResult result, string target)
    {
        if (result.Content is not { } content || !folders.TryGetValue(Path.GetDirectoryName(target)!, out var folder) || folder.Lock is null)
        {
            return result;
        }

        string directory = Path.GetDirectoryName(target)!;
        string temp = Path.Combine(directory, "." + Path.GetFileName(target) + "." + Environment.ProcessId + "." + Interlocked.Increment(ref counter) + ".tmp");
        try
        {
            Directory.CreateDirectory(directory);
            staged[temp] = 0;
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None))
            {
                stream.Write(content);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Delete(temp);
            return result;
        }

        return result with
        {
            Content = null,
            Staged = new StagedOutput(temp, target, content.Length, hash ? Convert.ToHexStringLower(SHA256.HashData(content)) : null),
        };
    }

    /// <summary>Renames a staged document over its target (throws what <see cref="File.Move(string, string, bool)"/> throws; the staged file is then deleted).</summary>
    public void Commit(StagedOutput output)
    {
        try
        {
            File.Move(output.Path, output.Target, overwrite: true);
            staged.TryRemove(output.Path, out _);
        }
        catch
        {
            Delete(output.Path);
            throw;
        }
    }

    /// <summary>Deletes a staged document that is not to be written.</summary>
    public void Discard(StagedOutput output) => Delete(output.Path);

    /// <summary>Deletes every document still staged, removes an output folder it made and left empty, and releases the locks (once).</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        foreach (string path in staged.Keys.ToList())
        {
            Delete(path);
        }

        foreach (var (directory, folder) in folders)
        {
            if (folder.Lock is null)
            {
                continue;
            }

            if (!folder.Existed)
            {
                try
                {
                    // Made for documents that were staged and none written: leave no trace, as a build that writes nothing.
                    if (Directory.Exists(directory) && !Directory.EnumerateFileSystemEntries(directory).Any())
                    {
                        Directory.Delete(directory);
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                }
            }

            folder.Lock.Dispose();
        }
    }

    private void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }

        staged.TryRemove(path, out _);
    }

    private sealed record Folder(OutputLock? Lock, string? Failure, bool Existed);
}
