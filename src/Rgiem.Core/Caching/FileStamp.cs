using Rgiem.Core.FileSystem;

namespace Rgiem.Core.Caching;

/// <summary>
/// A file's size and last-write time (UTC ticks), as <c>make</c> and <c>ninja</c> compare them: the build cache
/// trusts an output's recorded SHA-256 without reading the output when its stamp is the recorded one and the output
/// was last written before the manifest (<see cref="BuildCache"/>).
/// </summary>
/// <param name="Length">Size in bytes.</param>
/// <param name="LastWriteTicks">Last write time, UTC, in ticks (100 ns).</param>
public readonly record struct FileStamp(long Length, long LastWriteTicks)
{
    /// <summary>The stamp of a file, or null when it does not exist or cannot be read.</summary>
    public static FileStamp? Of(string path)
    {
        // One statx (a FileInfo asks lstat, then stat); the same figures. A symbolic link, or a platform without
        // statx, is asked of FileInfo as before (what it says of a link is its own rule).
        if (path.Length > 0 && FileProbe.LinkStamp(path) is { } probe && probe.Kind != FileKind.SymbolicLink)
        {
            return probe.Kind is FileKind.Missing or FileKind.Directory ? null : new FileStamp(probe.Length, probe.LastWriteTicks);
        }

        try
        {
            var info = new FileInfo(path);
            return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
