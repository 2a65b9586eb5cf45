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

    /// <summary>
    /// <see cref="Options"/> that also skip symbolic links, by the type the directory listing gives (no system call a file):
    /// reading an entry's <see cref="FileSystemEntry.Attributes"/> costs an <c>lstat</c> and a <c>geteuid</c> a file.
    /// </summary>
    private static readonly EnumerationOptions WithoutLinks = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.System | FileAttributes.ReparsePoint,
        IgnoreInaccessible = true,
        MatchCasing = MatchCasing.CaseInsensitive,
        ReturnSpecialDirectories = false,
    };

    public static IReadOnlyList<string> Find(string directory, string? excludeDirectory) => Scan(directory, excludeDirectory).Files;

    /// <summary>The records of <paramref name="directory"/>, and what was skipped that looks like one.</summary>
    public static RecordScan Scan(string directory, string? excludeDirectory)
    {
        string? exclude = excludeDirectory is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(excludeDirectory)) + Path.DirectorySeparatorChar;

        // The files without their links, then a count of every entry the scan below would give (neither reads an entry's
        // attributes): when the counts agree, no entry is a link, and the files are the scan's (issue 21, h29c: two
        // system calls fewer a record). Otherwise the scan below tells the links from the files, as it always did.
        if (ScanWithoutLinks(directory, exclude) is { } quick)
        {
            return quick;
        }

        var files = new List<string>();
        var links = new List<string>();
        int inOutput = 0;
        var entries = new FileSystemEnumerable<(string Path, bool IsLink)>(
            directory,
            (ref FileSystemEntry entry) => (entry.ToFullPath(), (entry.Attributes & FileAttributes.ReparsePoint) != 0),
            Options)
        {
            ShouldRecursePredicate = ShouldRecurse,
            ShouldIncludePredicate = ShouldInclude,
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

        links.Sort(StringComparer.Ordinal);
        return new RecordScan(Ordered(directory, files), links, inOutput);
    }

    /// <summary>The scan when no entry it lists is a symbolic link, told without reading any entry's attributes; else null.</summary>
    private static RecordScan? ScanWithoutLinks(string directory, string? exclude)
    {
        var files = new List<string>();
        int inOutput = 0;
        var entries = new FileSystemEnumerable<string>(directory, (ref FileSystemEntry entry) => entry.ToFullPath(), WithoutLinks)
        {
            ShouldRecursePredicate = ShouldRecurse,
            ShouldIncludePredicate = ShouldInclude,
        };
        foreach (string path in entries)
        {
            if (exclude is not null && path.StartsWith(exclude, StringComparison.Ordinal))
            {
                inOutput++;
            }
            else
            {
                files.Add(path);
            }
        }

        int all = 0;
        var counted = new FileSystemEnumerable<bool>(directory, static (ref FileSystemEntry _) => true, Options)
        {
            ShouldRecursePredicate = ShouldRecurse,
            ShouldIncludePredicate = ShouldInclude,
        };
        foreach (bool _ in counted)
        {
            all++;
        }

        return all == files.Count + inOutput ? new RecordScan(Ordered(directory, files), [], inOutput) : null;
    }

    // Hidden folders (.git), node_modules and symbolic links to folders are not searched.
    private static bool ShouldRecurse(ref FileSystemEntry entry) =>
        (entry.Attributes & FileAttributes.ReparsePoint) == 0 && !entry.FileName.StartsWith('.') && !entry.FileName.SequenceEqual("node_modules");

    private static bool ShouldInclude(ref FileSystemEntry entry) =>
        !entry.IsDirectory && !entry.FileName.StartsWith('.') && entry.FileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary>By relative path, each computed once (not twice a comparison: a third of a one-edit build at 5,000 records).</summary>
    private static List<string> Ordered(string directory, List<string> files) =>
        [.. files.Select(f => (Key: Path.GetRelativePath(directory, f), Path: f)).OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Path)];
}
