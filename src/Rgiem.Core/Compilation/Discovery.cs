using Rgiem.Core.Diagnostics;
using Rgiem.Core.Project;

namespace Rgiem.Core.Compilation;

/// <summary>What the inputs of a run name: their projects, the files that may be records (in input order) and the input folders.</summary>
/// <param name="Diagnostics">Problems with the inputs or a project file (no record involved).</param>
public sealed record Discovery(
    IReadOnlyList<ProjectFile> Projects,
    IReadOnlyList<DiscoveredFile> Files,
    IReadOnlyList<DiscoveredFolder> Folders,
    IReadOnlyList<Diagnostic> Diagnostics);
