namespace Rgiem.Cli.Scaffolding;

/// <summary>
/// A file a scaffold writes: its path relative to the project folder (forward slashes) and its text. A file
/// with <paramref name="MergeLines"/> (.gitignore) that exists already is not replaced: the lines it lacks are
/// appended to it.
/// </summary>
internal sealed record ScaffoldFile(string RelativePath, string Content, bool MergeLines = false);
