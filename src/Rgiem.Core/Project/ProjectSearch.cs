using Rgiem.Core.FileSystem;

namespace Rgiem.Core.Project;

/// <summary>
/// Where <see cref="ProjectLoader"/> may look for a rgiem.yaml above the input folder: never above the user's home
/// folder, and never in a folder that anyone may write to but that belongs to someone else (a rgiem.yaml planted
/// in /tmp by another user must not set the output folder and template of every project under /tmp).
/// </summary>
/// <param name="HomeDirectory">The user's home folder (full path), or null when unknown: the search stops below it.</param>
/// <param name="UserId">The user running rgiem, or null where the platform has no owners: folders of another owner that anyone may write to are not trusted.</param>
public sealed record ProjectSearch(string? HomeDirectory, uint? UserId)
{
    /// <summary>The user running this process (HOME, the effective user id).</summary>
    public static ProjectSearch Default { get; } = new(
        Environment.GetEnvironmentVariable("HOME") is { Length: > 0 } home ? Path.TrimEndingDirectorySeparator(Path.GetFullPath(home)) : null,
        FileProbe.CurrentUserId);

    /// <summary>Why a rgiem.yaml in <paramref name="directory"/> is not trusted, or null when it is.</summary>
    public string? Distrust(string directory)
    {
        string full = Path.TrimEndingDirectorySeparator(directory);
        if (HomeDirectory is { } home && home != full && home.StartsWith(full.Length == 1 ? full : full + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return "it is above your home folder";
        }

        var status = FileProbe.Status(directory);
        if (UserId is { } user && status.IsWorldWritable && status.OwnerId is { } owner && owner != user)
        {
            return "its folder is writable by anyone and belongs to another user";
        }

        return null;
    }

    /// <summary>Whether the search for a project file may go on above <paramref name="directory"/>.</summary>
    public bool MayClimbAbove(string directory)
    {
        string full = Path.TrimEndingDirectorySeparator(directory);
        return HomeDirectory is not { } home || home != full;
    }
}
