using System.Collections.Concurrent;

namespace Rgiem.Core.FileSystem;

/// <summary>
/// The files a build's stages read, reported as they read them (as docfx's <c>ReportDependency</c>): every
/// <see cref="InputFile.Read"/> reports the file and what it held, and a stage that resolves a file it will use later
/// (a template, a logo) or looks for one that may appear (a registry) reports it with <see cref="Used"/>. A read made
/// while a record is built (<see cref="BeginRecord"/>, around its load, bind, checks and early rendering) is one of that
/// record's inputs; a read outside any record (rgiem.yaml, the registry) is an input of every record
/// (<see cref="Shared"/>). The build cache keys each output on exactly these, and knows nothing of which files a record
/// reads. Each file is hashed once a build (what the first read saw). Off (no tracker) outside a cached build.
/// </summary>
public sealed class InputTracker
{
    private static readonly AsyncLocal<InputTracker?> Run = new();
    private static readonly AsyncLocal<ConcurrentDictionary<string, string>?> Record = new();

    /// <summary>The real-time clock's reading in nanoseconds when a test sets it (a seam: tests never wait for time to pass); null: the real clock.</summary>
    internal static readonly AsyncLocal<Func<long>?> TestClock = new();

    /// <summary>Each file's hash this build, with the <see cref="InputStamp"/> taken before the read it was computed from (null when none was).</summary>
    private readonly ConcurrentDictionary<string, (string Hash, InputStamp? Stamp)> hashes = new(StringComparer.Ordinal);

    /// <summary>The last build's inputs with their hash and stamp (<see cref="Trust"/>): those <see cref="InputStamp.Trusts"/> accepts are not read.</summary>
    private IReadOnlyDictionary<string, (string Hash, InputStamp Stamp)>? previous;

    private int trusted;
    private readonly ConcurrentDictionary<string, string> shared = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (long MaxBytes, InputRead Read)> preloaded = new(StringComparer.Ordinal);

    /// <summary>Files hashed ahead whose bytes were not kept (<see cref="HashedAhead"/>): a stage that reads one notes what it read.</summary>
    private readonly ConcurrentDictionary<string, bool> aheadOnly = new(StringComparer.Ordinal);

    /// <summary>The tracker of the current build, or null (nothing is tracked).</summary>
    public static InputTracker? Current => Run.Value;

    /// <summary>
    /// The real-time clock (nanoseconds since 1970) read when this build began, before any file was stamped: every
    /// <see cref="InputStamp"/> of this build records it.
    /// </summary>
    public long Clock { get; } = TestClock.Value?.Invoke() ?? (DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks) * 100;

    /// <summary>Files whose last hash this build took from their stamp, without reading them (the tests read it).</summary>
    public int Trusted => trusted;

    /// <summary>The files read outside any record (project files, the registry), sorted by path.</summary>
    public IReadOnlyList<FileDependency> Shared => Sorted(shared);

    /// <summary>Starts tracking the reads of this logical call (a build); dispose the result to stop.</summary>
    public static IDisposable Begin(out InputTracker tracker)
    {
        var previous = (Run.Value, Record.Value);
        tracker = new InputTracker();
        Run.Value = tracker;
        Record.Value = null;
        return new Ending(() => (Run.Value, Record.Value) = previous);
    }

    /// <summary>Reads until the result is disposed are not inputs (the build cache reading its own manifest and key).</summary>
    public static IDisposable Suspend()
    {
        var previous = (Run.Value, Record.Value);
        Run.Value = null;
        Record.Value = null;
        return new Ending(() => (Run.Value, Record.Value) = previous);
    }

    /// <summary>
    /// Collects the reads of one record until the result is disposed; <see cref="Scope.Inputs"/> then lists them.
    /// Without a tracker, collects nothing.
    /// </summary>
    public static Scope BeginRecord()
    {
        var previous = Record.Value;
        if (Run.Value is null)
        {
            return new Scope(null, previous);
        }

        var files = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        Record.Value = files;
        return new Scope(files, previous);
    }

    /// <summary>
    /// A file was read: its content was <paramref name="bytes"/>. A file hashed ahead without its bytes
    /// (<see cref="HashedAhead"/>) is hashed again from what the stage read: should it have changed in between, the
    /// build keys its output on the content it parsed.
    /// </summary>
    public static void Read(string path, byte[] bytes, InputStamp? stamp = null)
    {
        if (Run.Value is { } tracker)
        {
            string full = Path.GetFullPath(path);
            string hash = tracker.hashes.GetOrAdd(full, static (_, b) => (FileHash.Of(b.Bytes), b.Stamp), (Bytes: bytes, Stamp: stamp)).Hash;
            if (!tracker.aheadOnly.IsEmpty && tracker.aheadOnly.TryRemove(full, out _) && FileHash.Of(bytes) is var read && !string.Equals(read, hash, StringComparison.Ordinal))
            {
                tracker.hashes[full] = (read, stamp);
                hash = read;
            }

            tracker.Note(full, hash);
        }
    }

    /// <summary>
    /// A file the build depends on without reading it now (read later, refused, or absent): hashed from the disk once a build.
    /// </summary>
    public static void Used(string path)
    {
        if (Run.Value is { } tracker)
        {
            string full = Path.GetFullPath(path);
            tracker.Note(full, tracker.hashes.GetOrAdd(full, tracker.HashFile).Hash);
        }
    }

    /// <summary>
    /// The files of <paramref name="paths"/> with the hash this build keeps for each, sorted by path without repeats: what
    /// <see cref="Scope.Inputs"/> lists after <see cref="Used"/> of each in a <see cref="BeginRecord"/> of its own (the
    /// build cache asks it of every record whose checks it may reuse), without the scope's dictionary. Empty without a
    /// tracker.
    /// </summary>
    public static IReadOnlyList<FileDependency> UsedAll(IReadOnlyList<FileDependency> paths)
    {
        if (Run.Value is not { } tracker || paths.Count == 0)
        {
            return [];
        }

        var files = new List<FileDependency>(paths.Count);
        foreach (var path in paths)
        {
            string full = Path.GetFullPath(path.FullPath);
            files.Add(new FileDependency(full, tracker.hashes.GetOrAdd(full, tracker.HashFile).Hash));
        }

        files.Sort(static (a, b) => string.CompareOrdinal(a.FullPath, b.FullPath));
        for (int i = files.Count - 1; i > 0; i--)
        {
            // The first one noted stays (Note's TryAdd); a path's hash is the same in any case (one a build).
            if (string.Equals(files[i].FullPath, files[i - 1].FullPath, StringComparison.Ordinal))
            {
                files.RemoveAt(i);
            }
        }

        return files;
    }

    /// <summary>The hash of what this build read of <paramref name="path"/>, or null when it did not read it (or nothing is tracked).</summary>
    public static string? HashOf(string path) => Recorded(path)?.Hash;

    /// <summary>
    /// The hash of what this build read of <paramref name="path"/> with the stamp taken before that read (null when none
    /// was: not Linux, or not a regular file), or null when it did not read it (or nothing is tracked).
    /// </summary>
    public static (string Hash, InputStamp? Stamp)? Recorded(string path) =>
        Run.Value is { } tracker && tracker.hashes.TryGetValue(Path.GetFullPath(path), out var hashed) ? hashed : null;

    /// <summary>
    /// The last build's inputs (full paths) with the hash and stamp it recorded for each: a file whose stamp is still the
    /// same (<see cref="InputStamp.Trusts"/>) is not read again, its hash is taken as it is. Nothing without a tracker.
    /// </summary>
    public static void Trust(IReadOnlyDictionary<string, (string Hash, InputStamp Stamp)> inputs)
    {
        if (Run.Value is { } tracker && inputs.Count > 0)
        {
            tracker.previous = inputs;
        }
    }

    /// <summary>
    /// For <see cref="InputFile.Preload"/>: the hash of <paramref name="path"/> when its stamp is trusted (then it is
    /// not read, but noted as read in the run's <see cref="FileAccessLog"/>, and as hashed ahead); else null.
    /// </summary>
    internal static string? TrustedAhead(string path)
    {
        var tracker = Run.Value!;
        if (tracker.previous is null)
        {
            return null;
        }

        string full = Path.GetFullPath(path);
        if (tracker.TrustedStamp(full) is not { } last)
        {
            return null;
        }

        FileAccessLog.Current?.Add(full, new FileIdentity(last.Stamp.Device, last.Stamp.Inode));
        string kept = tracker.hashes.GetOrAdd(full, (last.Hash, last.Stamp)).Hash;
        tracker.aheadOnly[full] = true;
        return kept;
    }

    /// <summary>The last build's hash and stamp of <paramref name="full"/> when its stamp now is trusted; else null.</summary>
    private (string Hash, InputStamp Stamp)? TrustedStamp(string full)
    {
        if (previous is null || !previous.TryGetValue(full, out var last) || FileProbe.Stamp(full, Clock) is not { } now || !last.Stamp.Trusts(now))
        {
            return null;
        }

        Interlocked.Increment(ref trusted);
        return (last.Hash, last.Stamp);
    }

    /// <summary>
    /// A file's hash from the disk (<see cref="FileHash.Of(string)"/>) with the stamp taken before it is read; or the last
    /// build's hash and stamp, the file not read, when that stamp is trusted.
    /// </summary>
    private (string Hash, InputStamp? Stamp) HashFile(string full)
    {
        if (TrustedStamp(full) is { } last)
        {
            return (last.Hash, last.Stamp);
        }

        var stamp = FileProbe.Stamp(full, Clock);
        return (FileHash.Of(full), stamp);
    }

    /// <summary>
    /// Keeps a read made ahead (<see cref="InputFile.Preload"/>) for the stage that reads the file; returns its hash
    /// (<paramref name="hash"/>, that of its bytes, when known).
    /// </summary>
    internal static string Preloaded(string path, long maxBytes, InputRead read, string? hash)
    {
        var tracker = Run.Value!;
        string full = Path.GetFullPath(path);
        tracker.preloaded[full] = (maxBytes, read);
        return read.Bytes is { } bytes
            ? tracker.hashes.GetOrAdd(full, static (_, b) => (b.Hash ?? FileHash.Of(b.Bytes), b.Stamp), (Bytes: bytes, Hash: hash, read.Stamp)).Hash
            : tracker.hashes.GetOrAdd(full, tracker.HashFile).Hash;
    }

    /// <summary>
    /// A file hashed ahead (<see cref="InputFile.Preload"/>) whose bytes were not kept: unchanged since the last build,
    /// it will most likely not be read. Returns the hash this build keeps for it.
    /// </summary>
    internal static string HashedAhead(string path, string hash, InputStamp? stamp)
    {
        var tracker = Run.Value!;
        string full = Path.GetFullPath(path);
        string kept = tracker.hashes.GetOrAdd(full, (hash, stamp)).Hash;
        tracker.aheadOnly[full] = true;
        return kept;
    }

    /// <summary>The read made ahead of <paramref name="path"/> with the same limit, once; null when there is none.</summary>
    internal static InputRead? TakePreloaded(string path, long maxBytes) =>
        Run.Value is { } tracker && !tracker.preloaded.IsEmpty && tracker.preloaded.TryRemove(Path.GetFullPath(path), out var ahead)
            ? (ahead.MaxBytes == maxBytes ? ahead.Read : null)
            : null;

    private void Note(string full, string hash)
    {
        (Record.Value ?? shared).TryAdd(full, hash);
    }

    private static IReadOnlyList<FileDependency> Sorted(ConcurrentDictionary<string, string> files) =>
        files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new FileDependency(f.Key, f.Value)).ToList();

    /// <summary>The reads of one record.</summary>
    public sealed class Scope : IDisposable
    {
        private readonly ConcurrentDictionary<string, string>? files;
        private readonly ConcurrentDictionary<string, string>? previous;

        internal Scope(ConcurrentDictionary<string, string>? files, ConcurrentDictionary<string, string>? previous)
        {
            this.files = files;
            this.previous = previous;
        }

        /// <summary>The files read so far in this scope, sorted by path (empty without a tracker).</summary>
        public IReadOnlyList<FileDependency> Inputs => files is null ? [] : Sorted(files);

        /// <summary>Whether this scope collects the record's reads (a cached build); else <see cref="Inputs"/> is always empty.</summary>
        public bool Tracking => files is not null;

        public void Dispose()
        {
            if (files is not null)
            {
                Record.Value = previous;
            }
        }
    }

    private sealed class Ending(Action end) : IDisposable
    {
        public void Dispose() => end();
    }
}
