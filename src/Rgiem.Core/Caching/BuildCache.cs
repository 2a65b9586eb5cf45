using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Rgiem.Core.Compilation;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.FileSystem;
using Rgiem.Core.Loading;
using Rgiem.Core.Project;

namespace Rgiem.Core.Caching;

/// <summary>
/// The incremental build cache: a manifest in <c>&lt;output&gt;/.rgiem-cache/</c> with the SHA-256 of every file the
/// last build read and wrote, the diagnostics it reported and, for each record, a key over everything its output
/// depends on. When nothing changed, a build replays the manifest without parsing a record; when something changed,
/// every record is checked again (the repository checks span all records) but only the records whose key changed,
/// or whose output is missing or was altered, are rendered and written. The key of a progress report covers the
/// meetings it aggregates. A damaged manifest is reported (RG0050) and ignored; one from another tool version,
/// other options or another layout of the inputs is ignored silently.
/// </summary>
public sealed class BuildCache
{
    public const string FolderName = ".rgiem-cache";
    public const string ManifestName = "manifest";

    /// <summary>The largest manifest read, in bytes.</summary>
    public const int MaxManifestBytes = 256 << 20;

    private readonly ConcurrentDictionary<string, string> hashes = new(StringComparer.Ordinal);
    private readonly List<string> roots = [];
    private List<(string Root, string Inside)>? realRoots;
    private readonly ConcurrentDictionary<string, string> realFolders = new(StringComparer.Ordinal);
    private byte[]? signingKey;
    private readonly string workingDirectory;
    private Dictionary<string, string> renderKeys = new(StringComparer.Ordinal);
    private Dictionary<string, string> files = new(StringComparer.Ordinal);

    /// <summary>When the last build's manifest was written (UTC ticks), or null: outputs last written before it may be trusted by their stamp.</summary>
    private long? manifestWritten;

    private readonly Lazy<Dictionary<string, CachedRecord>> previousRecords;

    /// <summary>SHA-256 of the tool and the options without the list of record files: the base of every render key.</summary>
    private string renderBase = string.Empty;

    /// <summary>The render base and the working folder (diagnostics name files relative to it): the base of every check key.</summary>
    private string checkBase = string.Empty;

    /// <summary>The last build's record checks (<see cref="CheckStore"/>), read a shard at a time; null when there are none.</summary>
    private CheckShards? previousChecks;

    /// <summary>The entries of the records whose own checks <see cref="ReuseCheck"/> took from the cache, as they were: written back unchanged.</summary>
    private readonly ConcurrentDictionary<string, ReadOnlyMemory<byte>> reusedEntries;

    /// <summary>
    /// The outputs <see cref="OutputUnchanged"/> found as the last build left them by their stamp, with that stamp: the
    /// manifest of this build records it for those reused as they were, without asking the file system again.
    /// </summary>
    private readonly ConcurrentDictionary<string, FileStamp> stamped = new(StringComparer.Ordinal);

    /// <summary>The files read for every record (rgiem.yaml, the registry) when the records were looked up: part of every check key.</summary>
    private IReadOnlyList<FileDependency>? checkShared;

    private BuildCache(string manifestPath, string key, CacheManifest? previous, IReadOnlyList<Diagnostic> diagnostics, string workingDirectory, CacheManifest? authentic = null)
    {
        ManifestPath = manifestPath;
        Key = key;
        Previous = previous;
        Diagnostics = diagnostics;
        this.workingDirectory = workingDirectory;

        // Sized for every record of the last build (a one-edit build reuses all but one): not grown 5,000 entries at a time.
        reusedEntries = new(Environment.ProcessorCount, Math.Max((previous ?? authentic)?.Inputs.Count ?? 0, 31), StringComparer.Ordinal);

        // The outputs of the last build may be kept whatever records were added or removed since: each render key covers
        // everything its output depends on (the manifest is authentic, whatever its key).
        previousRecords = new(() => (previous ?? authentic)?.Records.ToDictionary(r => r.FullPath, StringComparer.Ordinal) ?? new Dictionary<string, CachedRecord>(StringComparer.Ordinal));
    }

    /// <summary>
    /// The inputs of the last build (its manifest, authentic whatever its key) with their hash and the stamp taken before
    /// they were read: for <see cref="InputTracker.Trust"/>.
    /// </summary>
    public IReadOnlyDictionary<string, (string Hash, InputStamp Stamp)> StampedInputs { get; private init; } = new Dictionary<string, (string Hash, InputStamp Stamp)>();

    /// <summary>The manifest file (full path).</summary>
    public string ManifestPath { get; }

    /// <summary>SHA-256 of the tool, the options and the layout of the inputs: a manifest with another key is stale.</summary>
    public string Key { get; }

    /// <summary>The last build's manifest, when it could be read and has this key.</summary>
    public CacheManifest? Previous { get; }

    /// <summary>RG0050 when the manifest was damaged.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether the manifest may be written: its folder is not a symbolic link and it is not a special file.</summary>
    public bool Writable { get; private set; } = true;

    /// <summary>Shards of record checks the manifest names that could not be used (damaged or missing): their records were checked.</summary>
    public int DamagedCheckShards => previousChecks?.Damaged ?? 0;

    /// <summary>For <c>--verbose</c>: the shards of record checks the last <see cref="Save"/> wrote, of how many, and those it could not use.</summary>
    public string SaveSummary { get; private set; } = string.Empty;

    /// <summary>Records whose own checks came from the cache in this build; counted by <see cref="ReuseCheck"/>.</summary>
    public int ChecksReused => checksReused;

    private int checksReused;

    /// <summary>Records rendered in this build (the rest were reused); counted by <see cref="Reuse"/>.</summary>
    public int Rendered => rendered;

    private int rendered;

    /// <summary>
    /// Opens the cache of a build, or null when the inputs name no project (nothing to key it on).
    /// </summary>
    /// <param name="settings">Everything else the outputs depend on, as text: the tool's version, the renderer's options.</param>
    /// <param name="extraFiles">Files named by options whose content matters (a template given on the command line).</param>
    public static BuildCache? Open(CompilationOptions options, Discovery discovery, string settings, IEnumerable<string> extraFiles)
    {
        if (discovery.Projects.Count == 0)
        {
            return null;
        }

        string folder = Path.Combine(discovery.Projects[0].OutputDirectory, FolderName);
        string manifestPath = Path.Combine(folder, ManifestName);
        var cache = new BuildCache(manifestPath, string.Empty, null, [], options.WorkingDirectory);

        // The only files the cache may hash: those of the projects (their repositories), their output folders and the
        // files the command line names. A manifest naming /etc/shadow makes rgiem open nothing.
        var extras = extraFiles.Select(Path.GetFullPath).ToList();
        foreach (var project in discovery.Projects)
        {
            cache.roots.Add(Project.ProjectLoader.Boundary(project.Root, options.Search));
            cache.roots.Add(project.OutputDirectory);
            cache.roots.AddRange(project.RecordDirectories);
        }

        cache.roots.AddRange(extras);
        cache.roots.AddRange(discovery.Files.Where(f => f.Explicit).Select(f => f.FullPath));

        // Every path in the key is relative to the first project's root, so that the working folder does not matter:
        // building from records/ and then from the root reuses the documents. (The report of an unchanged build is
        // reused only from the same working folder, since its diagnostics name files relative to it; see Unchanged.)
        string root = discovery.Projects[0].Root;
        string Relative(string? path) => path is null ? string.Empty : Path.GetRelativePath(root, Path.GetFullPath(Path.Combine(options.WorkingDirectory, path))).Replace('\\', '/');
        var key = new StringBuilder();
        var layout = new StringBuilder();
        key.Append("tool\n").Append(settings).Append('\n');
        foreach (string input in options.Inputs)
        {
            key.Append("input\n").Append(Relative(input)).Append('\n');
        }

        key.Append("output\n").Append(Relative(options.OutputDirectory)).Append('\n');
        key.Append("warnaserror\n").Append(options.WarningsAsErrors).Append('\n');
        key.Append("final\n").Append(options.Check?.Final ?? false).Append('\n');
        foreach (string file in extras)
        {
            key.Append("extra\n").Append(Relative(file)).Append('\t').Append(cache.Hash(file)).Append('\n');
        }

        // The projects and every record file they hold: a new, renamed or deleted record changes the key.
        foreach (var project in discovery.Projects.DistinctBy(p => p.Root))
        {
            key.Append("project\n").Append(Relative(project.Root)).Append('\t').Append(Relative(project.ConfigPath)).Append('\t').Append(Relative(project.OutputDirectory)).Append('\n');
            foreach (string directory in project.RecordDirectories)
            {
                key.Append("records\n").Append(Relative(directory)).Append('\n');
                layout.Append("records\n").Append(Relative(directory)).Append('\n');
                if (Directory.Exists(directory))
                {
                    foreach (string file in discovery.RecordFiles(directory, project.OutputDirectory))
                    {
                        layout.Append(Relative(file)).Append('\n');
                    }
                }
            }
        }

        // The render and check keys leave out which record files exist, so that adding, renaming or deleting a record
        // keeps the others' outputs and checks; the build's key (a no-op build replays the manifest) has it.
        string renderBase = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString())));
        string keyHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.Append(layout).ToString())));
        string checkBase = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(renderBase + "\nworking\n" + Path.GetFullPath(options.WorkingDirectory))));
        CheckShards? checks = null;
        CacheManifest? previous = null;
        long? manifestWritten = null;
        var diagnostics = new List<Diagnostic>();
        // A manifest is read only as a regular file in a real folder: not through a symbolic link (it could name a
        // file outside the output folder, or /dev/zero), not a FIFO, and at most MaxManifestBytes.
        byte[]? signingKey = CacheSigningKey.Load();
        var folderKind = FileProbe.LinkStatus(folder).Kind;
        var manifestKind = FileProbe.LinkStatus(manifestPath).Kind;
        cache.Writable = signingKey is not null && (folderKind is FileKind.Missing or FileKind.Directory) && (manifestKind is FileKind.Missing or FileKind.Regular);
        if (signingKey is not null && (manifestKind != FileKind.Missing || folderKind is not (FileKind.Missing or FileKind.Directory)))
        {
            try
            {
                if (!cache.Writable)
                {
                    throw new FormatException(folderKind is not (FileKind.Missing or FileKind.Directory)
                        ? $"its folder is {FileProbe.Describe(folderKind)}, not a folder; it is neither read nor written"
                        : $"it is {FileProbe.Describe(manifestKind)}, not a regular file; it is neither read nor written");
                }

                // The time first: a manifest replaced after it was taken only makes the outputs look newer (hashed).
                manifestWritten = File.GetLastWriteTimeUtc(manifestPath).Ticks;
                var read = InputFile.Read(manifestPath, MaxManifestBytes);
                if (read.Bytes is null)
                {
                    throw new FormatException(read.Reason(MaxManifestBytes));
                }

                previous = ManifestFormat.Read(read.Bytes, signingKey);
                // The record checks are read a shard at a time, when a record is looked up (a no-op build reads none).
                checks = previous.CheckShards.Count > 0 ? new CheckShards(folder, previous.CheckShards, [.. previous.Inputs.Select(i => i.Key)]) : null;
            }
            catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException or DecoderFallbackException)
            {
                string reason = ex is FormatException ? ex.Message : ex.GetType().Name + ": " + ex.Message;
                diagnostics.Add(Diagnostic.Create(CacheDescriptors.CacheIgnored, SourceLocation.None, new PathDisplay(options.WorkingDirectory).Show(manifestPath), reason));
                previous = null;
                checks = null;
            }
        }

        var opened = new BuildCache(manifestPath, keyHash, previous?.Key == keyHash ? previous : null, diagnostics, options.WorkingDirectory, previous)
        {
            manifestWritten = manifestWritten,
            Writable = cache.Writable,
            signingKey = signingKey,
            renderBase = renderBase,
            checkBase = checkBase,
            previousChecks = checks,
            StampedInputs = StampedOf(previous),
        };
        opened.roots.AddRange(cache.roots);
        foreach (var (path, hash) in cache.hashes)
        {
            opened.hashes[path] = hash;
        }

        return opened;
    }

    private static Dictionary<string, (string Hash, InputStamp Stamp)> StampedOf(CacheManifest? manifest)
    {
        var stamped = new Dictionary<string, (string Hash, InputStamp Stamp)>(manifest?.InputStamps.Count ?? 0, StringComparer.Ordinal);
        if (manifest is null)
        {
            return stamped;
        }

        foreach (var (path, hash) in manifest.Inputs)
        {
            if (hash.Length > 0 && manifest.InputStamps.TryGetValue(path, out var stamp))
            {
                stamped[path] = (hash, stamp);
            }
        }

        return stamped;
    }

    /// <summary>
    /// The last build's manifest when nothing it read or wrote changed since: the same input files with the same
    /// content, the same includes, project file, registry, templates and logos, and every output as it was written.
    /// Then the build has nothing to do but report the manifest's diagnostics. Null otherwise.
    /// </summary>
    public CacheManifest? Unchanged(Discovery discovery)
    {
        // The manifest's hashes are those of what the last build read (InputTracker); here every file is hashed again
        // from the disk, and the first that differs ends the comparison.
        if (Previous is not { } previous || previous.Inputs.Count != discovery.Files.Count)
        {
            return null;
        }

        for (int i = 0; i < discovery.Files.Count; i++)
        {
            if (!string.Equals(previous.Inputs[i].Key, discovery.Files[i].FullPath, StringComparison.Ordinal))
            {
                return null;
            }
        }

        // The last build's diagnostics name files relative to its working folder: reused as they are only from the same one.
        var display = new PathDisplay(workingDirectory);
        if (previous.Records.Any(r => !string.Equals(display.Show(r.FullPath), r.DisplayPath, StringComparison.Ordinal)))
        {
            return null;
        }

        // The inputs were hashed above; the other files the build read are few. The outputs are compared by their stamp,
        // and hashed only when it differs (OutputUnchanged).
        // The records are read ahead for the build (InputFile.Preload): if one changed, the build parses the bytes read
        // here and does not read it twice; the bytes of an unchanged one go back to a pool. Then the other files (a
        // record among them is hashed already).
        bool same = true;
        Parallel.ForEach(previous.Inputs, (file, state) =>
        {
            if (!string.Equals(hashes.GetOrAdd(file.Key, p => InputFile.Preload(p, SourceLoader.MaxFileBytes, file.Value) ?? Hash(p)), file.Value, StringComparison.Ordinal))
            {
                same = false;
                state.Stop();
            }
        });
        if (!same)
        {
            return null;
        }

        Parallel.ForEach(previous.Files, (file, state) =>
        {
            if (!string.Equals(Hash(file.Key), file.Value, StringComparison.Ordinal))
            {
                same = false;
                state.Stop();
            }
        });
        if (!same)
        {
            return null;
        }

        Parallel.ForEach(previous.Records, (record, state) =>
        {
            if (record.Output.Length > 0 && !OutputUnchanged(record, record.Output))
            {
                same = false;
                state.Stop();
            }
        });
        return same ? previous : null;
    }

    /// <summary>
    /// The key of a record's output: this cache's <see cref="Key"/> and every file its stages read to build it
    /// (<paramref name="inputs"/>, reported by the stages as they read them: <see cref="InputTracker"/>) and every
    /// file the build read for all records (<paramref name="shared"/>: rgiem.yaml, the registry), with their hashes.
    /// The cache itself knows nothing of which files a record reads.
    /// </summary>
    public string KeyOf(string recordPath, IReadOnlyList<FileDependency> inputs, IReadOnlyList<FileDependency> shared)
    {
        var key = KeyBuilder().Append(renderBase).Append('\n').Append(recordPath).Append('\n');
        foreach (var file in inputs)
        {
            key.Append(file.FullPath).Append('\t').Append(file.Sha256).Append('\n');
        }

        foreach (var file in shared)
        {
            key.Append(file.FullPath).Append('\t').Append(file.Sha256).Append('\n');
        }

        return HashOf(key);
    }

    /// <summary>
    /// Whether the last build wrote <paramref name="output"/> from a record with the key <paramref name="renderKey"/>,
    /// and the output is still as it was written.
    /// </summary>
    public bool IsUpToDate(string recordPath, string output, string renderKey) =>
        previousRecords.Value.TryGetValue(recordPath, out var last)
        && last.Output == output
        && last.RenderKey == renderKey
        && OutputUnchanged(last, output);

    /// <summary>Computes the key of each record's output (<see cref="KeyOf"/>) before the outputs are written.</summary>
    public void Prepare(CompilationResult compilation, IReadOnlyList<FileDependency> shared)
    {
        checkShared ??= shared;
        // Sized ahead: a record has one input or a few, and 5,000 records would resize each dictionary a dozen times.
        renderKeys = new Dictionary<string, string>(compilation.Records.Count, StringComparer.Ordinal);
        files = new Dictionary<string, string>(compilation.Records.Count + shared.Count, StringComparer.Ordinal);
        foreach (var file in shared)
        {
            files[file.FullPath] = file.Sha256;
        }

        foreach (var record in compilation.Records)
        {
            if (record.Bound is not { } bound)
            {
                continue;
            }

            foreach (var file in bound.Inputs)
            {
                files[file.FullPath] = file.Sha256;
            }

            renderKeys[record.FullPath] = KeyOf(record.FullPath, bound.Inputs, shared);
        }

        rendered = 0;
    }

    /// <summary>
    /// The test <see cref="OutputWriter"/> asks before rendering a record: its last rendering's diagnostics when its
    /// key, its output name and its output's content are as the manifest says, else null (render it).
    /// </summary>
    public IReadOnlyList<Diagnostic>? Reuse(CompiledRecord record, string target)
    {
        if (renderKeys.TryGetValue(record.FullPath, out string? renderKey)
            && IsUpToDate(record.FullPath, target, renderKey)
            && previousRecords.Value.TryGetValue(record.FullPath, out var last))
        {
            // Built from another working folder: the record's own path as this run shows it.
            return last.DisplayPath == record.DisplayPath
                ? last.RenderDiagnostics
                : last.RenderDiagnostics.Select(d => d.Location.Path == last.DisplayPath ? d with { Location = d.Location with { Path = record.DisplayPath } } : d).ToList();
        }

        Interlocked.Increment(ref rendered);
        return null;
    }

    /// <summary>Writes the manifest of this build (atomically); a cache that cannot be written is simply not written.</summary>
    public void Save(Discovery discovery, CompilationResult compilation, BuildResult build, Action? pace = null)
    {
        var outputs = build.Written.Concat(build.Reused).ToDictionary(w => w.RecordPath, StringComparer.Ordinal);

        // An output reused by its stamp keeps that stamp (it was just compared); one written, or reused by its hash, is
        // asked again. An output both reused and written (two records naming one file) is asked again too.
        var rewritten = build.Written.Select(w => w.FullPath).ToHashSet(StringComparer.Ordinal);
        FileStamp? StampOf(string output) =>
            !rewritten.Contains(output) && stamped.TryGetValue(output, out var stamp) ? stamp : FileStamp.Of(output);

        var previous = Previous?.Records.ToDictionary(r => r.FullPath, StringComparer.Ordinal) ?? [];
        var records = new List<CachedRecord>();
        foreach (var record in compilation.Records)
        {
            string output = string.Empty;
            string outputHash = string.Empty;
            if (outputs.TryGetValue(record.DisplayPath, out var written))
            {
                output = written.FullPath;
                outputHash = written.Sha256 ?? (previous.TryGetValue(record.FullPath, out var last) ? last.OutputHash : Hash(written.FullPath));
            }

            records.Add(new CachedRecord(
                record.FullPath,
                record.DisplayPath,
                output.Length > 0 ? renderKeys.GetValueOrDefault(record.FullPath, string.Empty) : string.Empty,
                output,
                outputHash,
                record.Diagnostics,
                build.RenderDiagnostics.GetValueOrDefault(record.FullPath, []))
            {
                OutputStamp = output.Length > 0 ? StampOf(output) : null,
            });
        }

        if (records.All(r => r.Output.Length == 0))
        {
            // Nothing was built: no manifest, so that a build that wrote nothing leaves the output folder as it was.
            return;
        }

        if (!Writable)
        {
            return;
        }

        string folder = Path.GetDirectoryName(ManifestPath)!;
        Dictionary<int, string> shards;
        try
        {
            // The record checks first: the manifest that names their hashes is written last.
            shards = SaveChecks(folder, discovery, compilation, pace);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The cache only saves time: the next build starts from scratch.
            return;
        }

        // Each input's hash with the stamp taken before the read it was computed from (InputTracker), when there is one.
        var inputs = new List<KeyValuePair<string, string>>(discovery.Files.Count);
        var inputStamps = new Dictionary<string, InputStamp>(discovery.Files.Count, StringComparer.Ordinal);
        foreach (var file in discovery.Files)
        {
            var recorded = InputTracker.Recorded(file.FullPath);
            inputs.Add(new(file.FullPath, recorded?.Hash ?? Hash(file.FullPath)));
            if (recorded?.Stamp is { } stamp)
            {
                inputStamps[file.FullPath] = stamp;
            }
        }

        var manifest = new CacheManifest(
            Key,
            inputs,
            files,
            records,
            compilation.Diagnostics,
            build.Diagnostics,
            compilation.Skipped)
        {
            CheckShards = shards,
            InputStamps = inputStamps,
        };
        try
        {
            AtomicFile.Write(ManifestPath, stream => ManifestFormat.Write(stream, manifest, signingKey), flushToDisk: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The cache only saves time: the next build starts from scratch.
        }
    }

    /// <summary>
    /// A record's own checks from the last build, when none of the files they read changed: each file the record's
    /// stages read then (its text, includes, figures, template, logo) is hashed again, and with the files read for
    /// every record, the options and the record's place must give the recorded key. Null otherwise (check it).
    /// </summary>
    public ReusedCheck? ReuseCheck(string fullPath, string displayPath, bool isExplicit, ProjectFile project, IReadOnlyList<FileDependency> shared)
    {
        if (checkShared is null)
        {
            Interlocked.CompareExchange(ref checkShared, shared, null);
        }

        if (previousChecks is null || !previousChecks.TryGet(fullPath, out var bytes))
        {
            return null;
        }

        try
        {
            // The header is decoded once: the compact summary and the diagnostics only when the key matches, the rest of
            // the summary only if something reads it (a record the checks across records only look at is never decoded).
            var entry = SummaryReader.ReadDeferred(bytes, (key, inputs) =>
            {
                // Only the files the manifest may name are hashed again: those of the project, its output folder and the
                // command line (a record that read anything else is checked).
                foreach (var input in inputs)
                {
                    if (!IsAllowed(input.FullPath))
                    {
                        return false;
                    }
                }

                // As if the record's stages had read them again (InputTracker.Used in a record's scope), sorted.
                var now = InputTracker.UsedAll(inputs);
                return string.Equals(CheckKeyOf(fullPath, displayPath, isExplicit, project, now, checkShared!), key, StringComparison.Ordinal);
            });
            if (entry is null)
            {
                return null;
            }

            // The record is not read: the bytes the cache read ahead of the build to compare it are dropped.
            _ = InputTracker.TakePreloaded(fullPath, SourceLoader.MaxFileBytes);
            reusedEntries[fullPath] = bytes;
            Interlocked.Increment(ref checksReused);
            return new ReusedCheck(entry.Summary, entry.Diagnostics);
        }
        catch (FormatException)
        {
            // An entry this rgiem cannot read (the manifest is authentic: a bug, not an attack): check the record.
            return null;
        }
    }

    /// <summary>
    /// The key of a record's own checks: the options and the working folder (<see cref="checkBase"/>), the record's
    /// place (its path, how messages name it, whether the command line named it, its project), every file its stages
    /// read with its SHA-256, and the files read for every record (rgiem.yaml: severities, defaults; the registry).
    /// </summary>
    public string CheckKeyOf(string fullPath, string displayPath, bool isExplicit, ProjectFile project, IReadOnlyList<FileDependency> inputs, IReadOnlyList<FileDependency> shared)
    {
        var key = KeyBuilder().Append(checkBase).Append('\n')
            .Append(fullPath).Append('\n')
            .Append(displayPath).Append('\n')
            .Append(isExplicit ? "explicit" : "found").Append('\n')
            .Append(project.Root).Append('\t').Append(project.ConfigPath).Append('\t').Append(project.OutputDirectory).Append('\t').Append(project.OutputRefused).Append('\n');
        foreach (string directory in project.RecordDirectories)
        {
            key.Append("records\t").Append(directory).Append('\n');
        }

        foreach (var file in inputs)
        {
            key.Append("read\t").Append(file.FullPath).Append('\t').Append(file.Sha256).Append('\n');
        }

        foreach (var file in shared)
        {
            key.Append("shared\t").Append(file.FullPath).Append('\t').Append(file.Sha256).Append('\n');
        }

        return HashOf(key);
    }

    [ThreadStatic]
    private static StringBuilder? keyBuilder;

    /// <summary>
    /// An empty builder for a key, one a thread (a key is a few hundred characters, made 5,000 times a build): only the
    /// key's SHA-256 is kept.
    /// </summary>
    private static StringBuilder KeyBuilder() => (keyBuilder ??= new StringBuilder(1024)).Clear();

    /// <summary>The SHA-256 (lower-case hex) of a key's UTF-8 bytes, as of <c>Encoding.UTF8.GetBytes(key.ToString())</c>, in pooled buffers.</summary>
    private static string HashOf(StringBuilder key)
    {
        char[] chars = ArrayPool<char>.Shared.Rent(key.Length);
        byte[] bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(key.Length));
        try
        {
            key.CopyTo(0, chars, 0, key.Length);
            int length = Encoding.UTF8.GetBytes(chars, 0, key.Length, bytes, 0);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, length), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>
    /// Writes the shards of record checks whose records changed (atomically), a shard at a time: a shard's entries are
    /// encoded (in parallel), streamed to its file and dropped before the next, so that the save never holds the
    /// entries of every record (10 MB at 5,000 records). Keeps the other shards as they are (a record whose own checks
    /// were reused keeps its entry byte for byte, its key checked by <see cref="ReuseCheck"/>), removes those left
    /// without a record (and the single file of an earlier rgiem), and returns every shard's SHA-256.
    /// <paramref name="pace"/> is called after each shard (<see cref="Build.AllocationPacer"/>).
    /// </summary>
    private Dictionary<int, string> SaveChecks(string folder, Discovery discovery, CompilationResult compilation, Action? pace)
    {
        var indexOf = new Dictionary<string, int>(discovery.Files.Count, StringComparer.Ordinal);
        for (int i = 0; i < discovery.Files.Count; i++)
        {
            indexOf.TryAdd(discovery.Files[i].FullPath, i);
        }

        var byShard = new List<CompiledRecord>[CheckStore.ShardOf(Math.Max(discovery.Files.Count - 1, 0)) + 1];
        for (int i = 0; i < byShard.Length; i++)
        {
            byShard[i] = [];
        }

        // The records whose entries are kept, in input order.
        foreach (var record in compilation.Records.Where(r => r.OwnDiagnostics is not null && r.Bound is { IsSummary: true }))
        {
            if (indexOf.TryGetValue(record.FullPath, out int index))
            {
                byShard[CheckStore.ShardOf(index)].Add(record);
            }
        }

        var explicitFiles = discovery.Files.Where(f => f.Explicit).Select(f => f.FullPath).ToHashSet(StringComparer.Ordinal);
        var shared = checkShared ?? [];
        Directory.CreateDirectory(folder);
        var hashes = new Dictionary<int, string>();
        int written = 0;
        for (int shard = 0; shard < byShard.Length; shard++)
        {
            var list = byShard[shard];
            string path = CheckStore.ShardPath(folder, shard);
            if (list.Count == 0)
            {
                if (previousChecks?.Hashes.ContainsKey(shard) == true)
                {
                    TryDelete(path);
                }

                continue;
            }

            // The same records in the same order, each kept as it was: the file is the last build's, byte for byte.
            if (previousChecks?.Records(shard) is { } before && previousChecks.Hashes.TryGetValue(shard, out string? hash)
                && list.All(r => r.CheckReused && reusedEntries.ContainsKey(r.FullPath)) && before.SequenceEqual(list.Select(r => r.FullPath), StringComparer.Ordinal))
            {
                hashes[shard] = hash;
                continue;
            }

            var entries = new (string FullPath, ReadOnlyMemory<byte> Entry)[list.Count];
            Parallel.For(0, list.Count, i =>
            {
                var record = list[i];
                if (record.CheckReused && reusedEntries.TryGetValue(record.FullPath, out var bytes))
                {
                    entries[i] = (record.FullPath, bytes);
                    return;
                }

                var bound = record.Bound!;
                string key = CheckKeyOf(record.FullPath, record.DisplayPath, explicitFiles.Contains(record.FullPath), record.Project, bound.Inputs, shared);
                entries[i] = (record.FullPath, SummaryWriter.Write(new CheckEntry(record.FullPath, key, bound.Inputs, record.OwnDiagnostics!, bound)));
            });
            string? sha = null;
            AtomicFile.Write(path, stream => sha = CheckStore.Write(stream, entries), flushToDisk: false);
            hashes[shard] = sha!;
            written++;
            pace?.Invoke();
        }

        // Shards past the last one (records were removed): their files go too.
        foreach (int stale in previousChecks?.Hashes.Keys.Where(k => k >= byShard.Length) ?? [])
        {
            TryDelete(CheckStore.ShardPath(folder, stale));
        }

        SaveSummary = $"{written} of {hashes.Count} shard(s) of record checks written" + (DamagedCheckShards > 0 ? $", {DamagedCheckShards} found damaged or missing (their records were checked again)" : string.Empty);
        TryDelete(Path.Combine(folder, CheckStore.FileName));
        return hashes;
    }

    /// <summary>Removes a file of the cache that is no longer named (a regular file only); one that cannot be removed stays, unused.</summary>
    private static void TryDelete(string path)
    {
        try
        {
            if (FileProbe.LinkStatus(path).Kind == FileKind.Regular)
            {
                File.Delete(path);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // It is not named by the manifest: never read.
        }
    }

    /// <summary>
    /// Whether a record's output is still what the last build wrote or reused: its size and last-write time are the
    /// recorded ones and it was last written before the manifest (an output changed in the same clock tick as the
    /// manifest was written could keep its stamp), else its SHA-256 is the recorded one. Like make and ninja, an
    /// output changed by hand to the same size with its last-write time set back is not noticed; the records and
    /// every other input are always hashed.
    /// </summary>
    private bool OutputUnchanged(CachedRecord last, string output)
    {
        if (last.OutputStamp is { } stamp && manifestWritten is { } written && stamp.LastWriteTicks < written && FileStamp.Of(output) == stamp)
        {
            stamped[output] = stamp;
            return true;
        }

        return string.Equals(Hash(output), last.OutputHash, StringComparison.Ordinal) && last.OutputHash.Length > 0;
    }

    /// <summary>
    /// SHA-256 of a file's content (lower-case hex), or empty when it does not exist, cannot be read, is not a regular
    /// file or is outside the project, its output folder and the command-line paths; each file read once a build.
    /// </summary>
    private string Hash(string path) =>
        hashes.GetOrAdd(path, p =>
        {
            try
            {
                if (!IsAllowed(p) || FileProbe.Status(p).Kind != FileKind.Regular)
                {
                    return string.Empty;
                }

                // Streamed through a pooled buffer: hashing a huge file (one rgiem refuses to read) allocates almost nothing.
                using var stream = new FileStream(p, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
                return Convert.ToHexStringLower(SHA256.HashData(stream));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
            {
                return string.Empty;
            }
        });

    /// <summary>
    /// A file's path with every symbolic link resolved: its folder's real path is resolved once a build (5,000 records
    /// share one folder), the file itself is looked at on its own (a link is resolved in full).
    /// </summary>
    private string RealPath(string full)
    {
        string? folder = Path.GetDirectoryName(full);
        if (folder is null || FileProbe.LinkStatus(full).Kind == FileKind.SymbolicLink)
        {
            return Binding.IncludeResolver.RealPath(full) ?? full;
        }

        string realFolder = realFolders.GetOrAdd(folder, static f => Binding.IncludeResolver.RealPath(f) ?? f);
        return Path.Combine(realFolder, Path.GetFileName(full));
    }

    private bool IsAllowed(string path)
    {
        if (roots.Count == 0)
        {
            return true;
        }

        // Each root with its real path and that path as a folder (the prefix of what is inside it), worked out once.
        var real = realRoots ??= roots.Select(r => Binding.IncludeResolver.RealPath(Path.GetFullPath(r)) ?? Path.GetFullPath(r))
            .Distinct(StringComparer.Ordinal)
            .Select(r => (Root: r, Inside: Path.TrimEndingDirectorySeparator(r) + Path.DirectorySeparatorChar))
            .ToList();
        string target = RealPath(Path.GetFullPath(path));
        foreach (var (root, inside) in real)
        {
            if (target == root || target.StartsWith(inside, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
