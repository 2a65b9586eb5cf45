using System.Runtime.InteropServices;

namespace Rgiem.Core.FileSystem;

/// <summary>
/// Asks the operating system what a path is without opening it: opening a FIFO blocks until someone writes to it,
/// so the kind of a file must be known before it is opened. On Linux this is statx(2), which gives the kind, the
/// owner and the identity; elsewhere the file attributes .NET reports (directory, link, else a regular file: no
/// FIFO detection, no owner).
/// </summary>
public static partial class FileProbe
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxBasicStats = 0x7ff;

    private static readonly bool UseStatx = OperatingSystem.IsLinux();

    /// <summary>The status of <paramref name="path"/>, symbolic links followed; <see cref="FileKind.Missing"/> when nothing is there.</summary>
    public static FileStatus Status(string path) => Probe(path, follow: true, null, out _);

    /// <summary>
    /// <see cref="Status(string)"/>, and with it (from the same statx, Linux only; else null) the file's
    /// <see cref="InputStamp"/> when it is a regular file and <paramref name="clock"/> (the clock reading to record with
    /// it) is given.
    /// </summary>
    public static FileStatus Status(string path, long? clock, out InputStamp? stamp) => Probe(path, follow: true, clock, out stamp);

    /// <summary>The <see cref="InputStamp"/> of <paramref name="path"/> (links followed) with <paramref name="clock"/>; null when it is not a regular file or where statx is not used.</summary>
    public static InputStamp? Stamp(string path, long clock)
    {
        _ = Probe(path, follow: true, clock, out var stamp);
        return stamp;
    }

    /// <summary>The status of <paramref name="path"/> itself: a symbolic link is <see cref="FileKind.SymbolicLink"/>.</summary>
    public static FileStatus LinkStatus(string path) => Probe(path, follow: false, null, out _);

    /// <summary>The effective user id of this process, or null where the platform has none.</summary>
    public static uint? CurrentUserId => UseStatx ? geteuid() : null;

    private static FileStatus Probe(string path, bool follow, long? clock, out InputStamp? stamp)
    {
        stamp = null;
        if (UseStatx)
        {
            Span<byte> buffer = stackalloc byte[256];
            buffer.Clear();
            if (statx(AtFdCwd, path, follow ? 0 : AtSymlinkNoFollow, StatxBasicStats, buffer) != 0)
            {
                return new FileStatus(FileKind.Missing, 0, null, null);
            }

            // struct statx: stx_uid at 20, stx_mode at 28, stx_ino at 32, stx_dev_major at 136, stx_dev_minor at 140.
            uint uid = BitConverter.ToUInt32(buffer[20..]);
            int mode = BitConverter.ToUInt16(buffer[28..]);
            ulong inode = BitConverter.ToUInt64(buffer[32..]);
            ulong device = ((ulong)BitConverter.ToUInt32(buffer[136..]) << 32) | BitConverter.ToUInt32(buffer[140..]);
            var kind = (mode & 0xF000) switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Directory,
                0xA000 => FileKind.SymbolicLink,
                0x1000 => FileKind.Fifo,
                0x2000 => FileKind.CharacterDevice,
                0x6000 => FileKind.BlockDevice,
                0xC000 => FileKind.Socket,
                _ => FileKind.Other,
            };
            // stx_mask at 0 (the fields filled: mtime 0x40, ctime 0x80, ino 0x100, size 0x200), stx_size at 40,
            // stx_ctime (tv_sec, then tv_nsec) at 96, stx_mtime at 112.
            const uint stamped = 0x40 | 0x80 | 0x100 | 0x200;
            if (clock is { } now && kind == FileKind.Regular && (BitConverter.ToUInt32(buffer) & stamped) == stamped)
            {
                stamp = new InputStamp(
                    BitConverter.ToInt64(buffer[40..]),
                    Nanoseconds(buffer[112..]),
                    Nanoseconds(buffer[96..]),
                    device,
                    inode,
                    now);
            }

            return new FileStatus(kind, mode & 0xFFF, uid, new FileIdentity(device, inode));
        }

        try
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            if (!info.Exists && info.LinkTarget is null)
            {
                return new FileStatus(FileKind.Missing, 0, null, null);
            }

            if (!follow && info.LinkTarget is not null)
            {
                return new FileStatus(FileKind.SymbolicLink, 0, null, null);
            }

            if (follow && info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true })
            {
                return new FileStatus(FileKind.Missing, 0, null, null);
            }

            int mode = OperatingSystem.IsWindows() ? 0 : (int)info.UnixFileMode;
            return new FileStatus(info is DirectoryInfo ? FileKind.Directory : FileKind.Regular, mode, null, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return new FileStatus(FileKind.Missing, 0, null, null);
        }
    }

    /// <summary>
    /// The kind, size and last-write time (UTC ticks, as <see cref="FileSystemInfo.LastWriteTimeUtc"/> gives them: the
    /// nanoseconds cut to 100 ns) of <paramref name="path"/> itself, a symbolic link not followed, from one statx(2);
    /// null where statx is not used (then ask <see cref="FileInfo"/>).
    /// </summary>
    public static (FileKind Kind, long Length, long LastWriteTicks)? LinkStamp(string path)
    {
        if (!UseStatx)
        {
            return null;
        }

        Span<byte> buffer = stackalloc byte[256];
        buffer.Clear();
        if (statx(AtFdCwd, path, AtSymlinkNoFollow, StatxBasicStats, buffer) != 0)
        {
            return (FileKind.Missing, 0, 0);
        }

        // struct statx: stx_mode at 28, stx_size at 40, stx_mtime (tv_sec, then tv_nsec) at 112.
        int mode = BitConverter.ToUInt16(buffer[28..]);
        var kind = (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            _ => FileKind.Other,
        };
        long seconds = BitConverter.ToInt64(buffer[112..]);
        uint nanoseconds = BitConverter.ToUInt32(buffer[120..]);
        long ticks = DateTimeOffset.FromUnixTimeSeconds(seconds).AddTicks(nanoseconds / 100).UtcTicks;
        return (kind, BitConverter.ToInt64(buffer[40..]), ticks);
    }

    private static long Nanoseconds(ReadOnlySpan<byte> timestamp) =>
        (BitConverter.ToInt64(timestamp) * 1_000_000_000) + BitConverter.ToUInt32(timestamp[8..]);

    /// <summary>A short name of a kind of file, for messages: "a FIFO (named pipe)".</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Directory => "a folder",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.Missing => "missing",
        FileKind.Regular => "a regular file",
        _ => "a special file",
    };

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int statx(int dirfd, string pathname, int flags, uint mask, Span<byte> buffer);

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint geteuid();
}
