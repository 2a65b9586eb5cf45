using Rgiem.Core.Compilation;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.FileSystem;

namespace Rgiem.Core.Caching;

/// <summary>No build cache: every record is rendered and nothing is remembered.</summary>
public sealed class NullBuildCache : IBuildCache
{
    public static NullBuildCache Instance { get; } = new();

    private NullBuildCache()
    {
    }

    public bool TracksInputs => false;

    public string? ManifestPath => null;

    public IReadOnlyList<Diagnostic> Open(CompilationOptions options, Discovery discovery) => [];

    public CacheManifest? Unchanged(Discovery discovery) => null;

    public bool IsUpToDate(string recordPath, string output, IReadOnlyList<FileDependency> inputs, IReadOnlyList<FileDependency> shared) => false;

    public ReusedCheck? ReuseCheck(string fullPath, string displayPath, bool isExplicit, Project.ProjectFile project, IReadOnlyList<FileDependency> shared) => null;

    public void Prepare(CompilationResult compilation, IReadOnlyList<FileDependency> shared)
    {
    }

    public IReadOnlyList<Diagnostic>? Reuse(CompiledRecord record, string output) => null;

    public string SaveSummary => string.Empty;

    public void Save(Discovery discovery, CompilationResult compilation, BuildResult build, Action? pace = null)
    {
    }
}
