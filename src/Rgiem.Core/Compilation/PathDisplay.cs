namespace Rgiem.Core.Compilation;

/// <summary>Turns full paths into the relative, forward-slash paths shown in messages.</summary>
public sealed class PathDisplay(string workingDirectory)
{
    /// <summary>
    /// The working folder as a prefix of what is inside it (normalized, one separator at its end), when paths under it
    /// can be shown by cutting it off (<see cref="Inside"/>); null where that is not sure to give
    /// <see cref="Path.GetRelativePath(string, string)"/>'s answer (Windows, a folder that is not a normalized full path).
    /// </summary>
    private readonly string? prefix = Prefix(workingDirectory);

    public string Show(string fullPath)
    {
        // A build shows 5,000 paths under the working folder several times each: no normalization of both for those.
        if (Inside(fullPath) is { } inside)
        {
            return inside;
        }

        string relative = Path.GetRelativePath(workingDirectory, fullPath);

        // More than three folders up is far away: the absolute path says more than "../../../../x".
        if (relative.StartsWith("..", StringComparison.Ordinal) && Path.IsPathRooted(fullPath) && relative.Split(Path.DirectorySeparatorChar).TakeWhile(s => s == "..").Count() > 3)
        {
            relative = fullPath;
        }

        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>
    /// <paramref name="fullPath"/> relative to the working folder when it is a normalized path strictly inside it (no
    /// empty, "." or ".." segment, no separator at its end): what <see cref="Path.GetRelativePath(string, string)"/>
    /// gives for it on a case-sensitive file system with '/' as separator. Null otherwise.
    /// </summary>
    internal string? Inside(string fullPath)
    {
        if (prefix is null || fullPath.Length <= prefix.Length || !fullPath.StartsWith(prefix, StringComparison.Ordinal) || fullPath[^1] == '/')
        {
            return null;
        }

        var rest = fullPath.AsSpan(prefix.Length);
        int start = 0;
        while (start <= rest.Length)
        {
            int end = rest[start..].IndexOf('/');
            var segment = end < 0 ? rest[start..] : rest.Slice(start, end);
            if (segment.Length == 0 || segment is "." or ".." || segment.Contains('\0'))
            {
                return null;
            }

            if (end < 0)
            {
                break;
            }

            start += end + 1;
        }

        return fullPath[prefix.Length..];
    }

    private static string? Prefix(string workingDirectory)
    {
        if (Path.DirectorySeparatorChar != '/' || Path.AltDirectorySeparatorChar != '/' || OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() || workingDirectory.Length == 0)
        {
            return null;
        }

        try
        {
            string full = Path.GetFullPath(workingDirectory);
            if (!string.Equals(full, workingDirectory, StringComparison.Ordinal) && !string.Equals(full, Path.TrimEndingDirectorySeparator(workingDirectory), StringComparison.Ordinal))
            {
                return null;
            }

            return Path.TrimEndingDirectorySeparator(full) + "/";
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }
}
