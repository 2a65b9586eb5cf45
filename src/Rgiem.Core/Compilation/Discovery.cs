using Rgiem.Core.Diagnostics;
using Rgiem.Core.Project;

namespace Rgiem.Core.Compilation;

/// <summary>What the inputs of a run name: their projects, the files that may be records (in input order) and the input folders.</summary>
/// <param name="Diagnostics">Problems with the inputs or a project file (no record involved).</param>
public sealed record Discovery(
    IReadOnlyList<ProjectFile> Projects,
    IReadOnlyList<DiscoveredFile> Files,
    IReadOnlyList<DiscoveredFolder> Folders,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>
    /// The record files of each folder listed (<see cref="Loading.RecordDiscovery.Find"/>), by the folder and the output
    /// folder left out: the build cache's key and the repository stage read these instead of listing the folder again.
    /// </summary>
    public IReadOnlyDictionary<(string Directory, string? Exclude), IReadOnlyList<string>> Listed { get; init; } =
        new Dictionary<(string, string?), IReadOnlyList<string>>();

    /// <summary>The record files of <paramref name="directory"/> (without <paramref name="exclude"/>): as listed by <see cref="Compiler.Discover"/>, else listed now.</summary>
    public IReadOnlyList<string> RecordFiles(string directory, string? exclude) =>
        Listed.TryGetValue((directory, exclude), out var files) ? files : Loading.RecordDiscovery.Find(directory, exclude);
}
