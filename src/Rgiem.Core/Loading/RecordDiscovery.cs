using System.IO.Enumeration;

namespace Rgiem.Core.Loading;

/// <summary>
/// Lists the Markdown files under a folder: recursively, in ordinal order of their relative paths, skipping
/// hidden folders, symbolic links (no loops) and the output folder. <see cref="Scan"/> also tells what it skipped
/// that the user may have meant as a record: a record that is a symbolic link, and the Markdown files of the
/// output folder.
/// </summary>
public static class RecordDiscovery
{
    private static readonly EnumerationOptions Options = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.System,
        IgnoreInaccessible = true,
        MatchCasing = MatchCasing.CaseInsensitive,
        ReturnSpecialDirectories = false,
    };

    public static IReadOnlyList<string> Find(string directory, string? excludeDirectory) => Scan(directory, excludeDirectory).Files;

    /// <summary>The records of <paramref name="directory"/>, and what was skipped that looks like one.</summary>
    public static RecordScan Scan(string directory, string? excludeDirectory)
    {
        string? exclude = excludeDirectory is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(excludeDirectory)) + Path.DirectorySeparatorChar;
        var files = new List<string>();
        var links = new List<string>();
        int inOutput = 0;
        var entries = new FileSystemEnumerable<(string Path, bool IsLink)>(
            directory,
            (ref FileSystemEntry entry) => (entry.ToFullPath(), (entry.Attributes & FileAttributes.ReparsePoint) != 0),
            Options)
        {
            // Hidden folders (.git), node_modules and symbolic links to folders are not searched.
            ShouldRecursePredicate = (ref FileSystemEntry entry) =>
                (entry.Attributes & FileAttributes.ReparsePoint) == 0 && !entry.FileName.StartsWith('.') && !entry.FileName.SequenceEqual("node_modules"),
            ShouldIncludePredicate = (ref FileSystemEntry entry) =>
                !entry.IsDirectory && !entry.FileName.StartsWith('.') && entry.FileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase),
        };
        foreach (var (path, isLink) in entries)
        {
            if (exclude is not null && path.StartsWith(exclude, StringComparison.Ordinal))
            {
                inOutput++;
            }
            else if (isLink)
            {
                links.Add(path);
            }
            else
            {
                files.Add(path);
            }
        }

        // By relative path, each computed once (not twice a comparison: a third of a one-edit build at 5,000 records).
        files = [.. files.Select(f => (Key: Path.GetRelativePath(directory, f), Path: f)).OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Path)];
        links.Sort(StringComparer.Ordinal);
        return new RecordScan(files, links, inOutput);
    }
}
