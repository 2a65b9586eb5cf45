namespace Rgiem.Core.Loading;

/// <summary>
/// Lists the Markdown files under a folder: recursively, in ordinal order of their relative paths, skipping
/// hidden folders, symbolic links (no loops) and the output folder.
/// </summary>
public static class RecordDiscovery
{
    private static readonly EnumerationOptions Options = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        IgnoreInaccessible = true,
        MatchCasing = MatchCasing.CaseInsensitive,
        ReturnSpecialDirectories = false,
    };

    public static IReadOnlyList<string> Find(string directory, string? excludeDirectory)
    {
        string? exclude = excludeDirectory is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(excludeDirectory)) + Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(directory, "*.md", Options)
            .Where(f => exclude is null || !f.StartsWith(exclude, StringComparison.Ordinal))
            .Where(f => !Path.GetRelativePath(directory, f).Split(Path.DirectorySeparatorChar).Any(p => p.StartsWith('.') || p == "node_modules"))
            .OrderBy(f => Path.GetRelativePath(directory, f), StringComparer.Ordinal)
            .ToList();
    }
}
