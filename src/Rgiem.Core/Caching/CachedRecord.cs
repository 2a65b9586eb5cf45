using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Caching;

/// <summary>One record of the last build, as the build cache remembers it.</summary>
/// <param name="FullPath">The record file.</param>
/// <param name="DisplayPath">How messages named it.</param>
/// <param name="RenderKey">SHA-256 of everything its output depends on (<see cref="BuildCache"/>); empty when it had no output.</param>
/// <param name="Output">Its output file (full path), or empty when it had none.</param>
/// <param name="OutputHash">SHA-256 of that output.</param>
/// <param name="Diagnostics">The diagnostics of checking it, severities applied.</param>
/// <param name="RenderDiagnostics">The diagnostics of rendering it.</param>
public sealed record CachedRecord(
    string FullPath,
    string DisplayPath,
    string RenderKey,
    string Output,
    string OutputHash,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<Diagnostic> RenderDiagnostics)
{
    /// <summary>
    /// The output's size and last-write time when the manifest was written, or null when unknown (a manifest of an
    /// earlier rgiem): then the output is hashed to tell whether it changed.
    /// </summary>
    public FileStamp? OutputStamp { get; init; }
}
