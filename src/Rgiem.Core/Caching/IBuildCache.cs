using Rgiem.Core.Compilation;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.FileSystem;

namespace Rgiem.Core.Caching;

/// <summary>
/// What the build driver (<see cref="Build.Builder"/>) asks of a build cache: <see cref="BuildCache"/> in the output
/// folder, or <see cref="NullBuildCache"/> (<c>--no-cache</c>, <c>--pdf</c>, <c>preview</c>), which knows nothing.
/// </summary>
public interface IBuildCache
{
    /// <summary>Whether the stages should report the files they read (<see cref="InputTracker"/>): only a cache reads them.</summary>
    bool TracksInputs { get; }

    /// <summary>The manifest (full path), for messages; null when there is none.</summary>
    string? ManifestPath { get; }

    /// <summary>Reads the last build's manifest for the inputs <paramref name="discovery"/> found; returns RG0050 when it was damaged.</summary>
    IReadOnlyList<Diagnostic> Open(CompilationOptions options, Discovery discovery);

    /// <summary>The last build's manifest when nothing it read or wrote changed since, else null.</summary>
    CacheManifest? Unchanged(Discovery discovery);

    /// <summary>Whether the last build wrote <paramref name="output"/> from a record with these inputs, and it is still as written.</summary>
    bool IsUpToDate(string recordPath, string output, IReadOnlyList<FileDependency> inputs, IReadOnlyList<FileDependency> shared);

    /// <summary>A record's own checks from the last build when none of the files they read changed, else null (<see cref="CheckReuse"/>).</summary>
    ReusedCheck? ReuseCheck(string fullPath, string displayPath, bool isExplicit, Project.ProjectFile project, IReadOnlyList<FileDependency> shared);

    /// <summary>Keys every record's output on its inputs, before the outputs are written.</summary>
    void Prepare(CompilationResult compilation, IReadOnlyList<FileDependency> shared);

    /// <summary>The diagnostics of a record's last rendering when its output may be kept as it is, else null (render it).</summary>
    IReadOnlyList<Diagnostic>? Reuse(CompiledRecord record, string output);

    /// <summary>For <c>--verbose</c>: what the last <see cref="Save"/> wrote (empty when nothing).</summary>
    string SaveSummary { get; }

    /// <summary>Writes the manifest of this build.</summary>
    /// <param name="pace">Called now and then while saving (a build's <see cref="Build.AllocationPacer.Tick"/>).</param>
    void Save(Discovery discovery, CompilationResult compilation, BuildResult build, Action? pace = null);
}
