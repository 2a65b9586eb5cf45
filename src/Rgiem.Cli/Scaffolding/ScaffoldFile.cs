namespace Rgiem.Cli.Scaffolding;

/// <summary>
/// A file a scaffold writes: its path relative to the project folder (forward slashes) and its text. A file
/// with <paramref name="MergeLines"/> (.gitignore) that exists already is not replaced: the lines it lacks are
/// appended to it. A file with <paramref name="MergeJson"/> (.vscode/settings.json) that exists already is never
/// replaced, not even with --force: the keys it lacks are added to it (<see cref="JsonSettingsMerge"/>).
/// </summary>
internal sealed record ScaffoldFile(string RelativePath, string Content, bool MergeLines = false, bool MergeJson = false)
{
    /// <summary>Whether an existing file of this path is merged with, not replaced by, the scaffold's.</summary>
    public bool Merges => MergeLines || MergeJson;
}
