using Rgiem.Core.Compilation;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.FileSystem;

namespace Rgiem.Core.Caching;

/// <summary>
/// The build cache of <c>rgiem build</c>: a <see cref="BuildCache"/> in the first project's output folder, opened once
/// the inputs are discovered; nothing is cached when the inputs name no project.
/// </summary>
/// <param name="settings">Everything else the outputs depend on, as text: the tool's build, the renderer's options.</param>
/// <param name="extraFiles">Files named by options whose content matters (a template given on the command line).</param>
public sealed class OutputFolderCache(string settings, IEnumerable<string> extraFiles) : IBuildCache
{
    private BuildCache? cache;

    public bool TracksInputs => true;

    public string? ManifestPath => cache?.ManifestPath;

    public IReadOnlyList<Diagnostic> Open(CompilationOptions options, Discovery discovery)
    {
        // The cache's own manifest and signing key are not inputs of the build.
        using (InputTracker.Suspend())
        {
            cache = BuildCache.Open(options, discovery, settings, extraFiles);
        }

        // The inputs whose stamps are the last build's are not read again (InputStamp.Trusts).
        if (cache is not null)
        {
            InputTracker.Trust(cache.StampedInputs);
        }

        return cache?.Diagnostics ?? [];
    }

    public CacheManifest? Unchanged(Discovery discovery) => cache?.Unchanged(discovery);

    public bool IsUpToDate(string recordPath, string output, IReadOnlyList<FileDependency> inputs, IReadOnlyList<FileDependency> shared) =>
        cache is not null && cache.IsUpToDate(recordPath, output, cache.KeyOf(recordPath, inputs, shared));

    public ReusedCheck? ReuseCheck(string fullPath, string displayPath, bool isExplicit, Project.ProjectFile project, IReadOnlyList<FileDependency> shared) =>
        cache?.ReuseCheck(fullPath, displayPath, isExplicit, project, shared);

    /// <summary>Records whose own checks came from the cache in this build.</summary>
    public int ChecksReused => cache?.ChecksReused ?? 0;

    public void Prepare(CompilationResult compilation, IReadOnlyList<FileDependency> shared) => cache?.Prepare(compilation, shared);

    public IReadOnlyList<Diagnostic>? Reuse(CompiledRecord record, string output) => cache?.Reuse(record, output);

    public string SaveSummary => cache?.SaveSummary ?? string.Empty;

    public void Save(Discovery discovery, CompilationResult compilation, BuildResult build, Action? pace = null) => cache?.Save(discovery, compilation, build, pace);
}
