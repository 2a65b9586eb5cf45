using System.Runtime.InteropServices;

namespace Rgiem.Core.FileSystem;

/// <summary>
/// A regular file read with <c>open</c>, <c>statx</c> (its size), <c>read</c> and <c>close</c> and nothing else, on Linux:
/// a <see cref="FileStream"/> also takes and drops an advisory lock (<c>flock</c>), advises the kernel
/// (<c>fadvise</c>) and asks the size twice (<c>fstat</c>): 11 system calls a file against 6 with the probe before it.
/// Any failure gives -1 and <see cref="InputFile"/> reads the file again the portable way, which reports the problem
/// as it always did.
/// </summary>
internal static partial class PosixFile
{
    // O_RDONLY | O_NONBLOCK | O_CLOEXEC (the same values on x86-64 and arm64): a FIFO put in the file's place after it was
    // probed does not block the open; its type is then seen by Size, and it is refused.
    private const int ReadOnlyCloseOnExec = 0x80000 | 0x800;
    private const int EmptyPath = 0x1000; // AT_EMPTY_PATH
    private const uint StatxTypeAndSize = 0x1 | 0x200; // STATX_TYPE | STATX_SIZE
    private const int Interrupted = 4; // EINTR

    public static bool IsSupported { get; } = OperatingSystem.IsLinux();

    /// <summary>A descriptor of <paramref name="path"/> opened for reading, or -1.</summary>
    public static int Open(string path)
    {
        while (true)
        {
            int fd = open(path, ReadOnlyCloseOnExec);
            if (fd >= 0 || Marshal.GetLastPInvokeError() != Interrupted)
            {
                return fd;
            }
        }
    }

    /// <summary>
    /// The size of the open file (what <see cref="FileStream.Length"/> says), -1 if it cannot be asked, or -2 if it is
    /// not a regular file (replaced since it was probed).
    /// </summary>
    public static long Size(int fd)
    {
        Span<byte> buffer = stackalloc byte[256];
        buffer.Clear();

        // struct statx: stx_mode (16 bits) at 28, stx_size at 40.
        if (statx(fd, string.Empty, EmptyPath, StatxTypeAndSize, buffer) != 0)
        {
            return -1;
        }

        return (BitConverter.ToUInt16(buffer[28..]) & 0xF000) == 0x8000 ? BitConverter.ToInt64(buffer[40..]) : -2;
    }

    /// <summary>Reads into <paramref name="buffer"/>: the count read (0 at the end of the file), or -1.</summary>
    public static int Read(int fd, Span<byte> buffer)
    {
        while (true)
        {
            nint read = ReadInto(fd, buffer);
            if (read >= 0 || Marshal.GetLastPInvokeError() != Interrupted)
            {
                return (int)read;
            }
        }
    }

    /// <summary>
    /// Reads until the end of the file or until <paramref name="buffer"/> is full: the count read (the buffer's length
    /// when it filled, whether or not the file has more), or -1 when a read fails.
    /// </summary>
    public static int ReadToEnd(int fd, Span<byte> buffer)
    {
        int length = 0;
        while (length < buffer.Length)
        {
            int read = Read(fd, buffer[length..]);
            if (read < 0)
            {
                return -1;
            }

            if (read == 0)
            {
                break;
            }

            length += read;
        }

        return length;
    }

    public static void Close(int fd) => _ = close(fd);

    private static unsafe nint ReadInto(int fd, Span<byte> buffer)
    {
        fixed (byte* at = buffer)
        {
            return read(fd, at, buffer.Length);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int open(string pathname, int flags);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    private static unsafe partial nint read(int fd, byte* buffer, nint count);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int close(int fd);

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int statx(int dirfd, string pathname, int flags, uint mask, Span<byte> buffer);
}
