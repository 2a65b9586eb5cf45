using System.Collections.Concurrent;

namespace Rgiem.Core.FileSystem;

/// <summary>
/// The files one run of rgiem has read, so that <see cref="WritePolicy"/> never lets the run replace one of them.
/// A command opens a scope with <see cref="Begin"/>; <see cref="InputFile"/> adds every file it reads to the scope
/// of the current logical call (it flows into parallel loops and tasks, and two runs in one process, as in the
/// tests, keep separate logs). Files are known by identity (device and inode) where the platform gives one, so
/// a symbolic or hard link to an input is the input; and by full path always.
/// </summary>
public sealed class FileAccessLog
{
    private static readonly AsyncLocal<FileAccessLog?> Scope = new();

    private readonly ConcurrentDictionary<string, byte> paths = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<FileIdentity, byte> identities = new();

    /// <summary>The log of the current run, or null outside a run (a library call, a unit test).</summary>
    public static FileAccessLog? Current => Scope.Value;

    /// <summary>Starts a run's log; dispose the result to end it.</summary>
    public static IDisposable Begin()
    {
        var previous = Scope.Value;
        Scope.Value = new FileAccessLog();
        return new Ending(previous);
    }

    public void Add(string path, FileIdentity? identity)
    {
        paths.TryAdd(Path.GetFullPath(path), 0);
        if (identity is { } id)
        {
            identities.TryAdd(id, 0);
        }
    }

    /// <summary>Whether this run read <paramref name="path"/> (the same file, by any path).</summary>
    public bool WasRead(string path, FileStatus status) =>
        paths.ContainsKey(Path.GetFullPath(path)) || (status.Identity is { } id && identities.ContainsKey(id));

    private sealed class Ending(FileAccessLog? previous) : IDisposable
    {
        public void Dispose() => Scope.Value = previous;
    }
}
