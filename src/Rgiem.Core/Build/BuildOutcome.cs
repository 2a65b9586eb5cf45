using Rgiem.Core.Caching;
using Rgiem.Core.Compilation;
using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Build;

/// <summary>
/// What a build did, for the CLI to print: either the compilation and the outputs written, or, when nothing changed
/// since the last build, the last build's manifest (<see cref="UpToDate"/>), whose diagnostics are replayed.
/// </summary>
/// <param name="Discovery">The projects and files the inputs named (<c>--watch</c> watches their folders).</param>
/// <param name="CacheDiagnostics">Problems with the build cache itself (RG0050), printed first.</param>
public sealed record BuildOutcome(
    Discovery Discovery,
    CompilationResult? Compilation,
    BuildResult? Written,
    CacheManifest? UpToDate,
    IReadOnlyList<Diagnostic> CacheDiagnostics)
{
    /// <summary>Markdown files skipped as not records (display paths).</summary>
    public IReadOnlyList<string> Skipped => UpToDate?.Skipped ?? Compilation?.Skipped ?? [];
}
