using System.Buffers;

namespace Rgiem.Core.FileSystem;

/// <summary>
/// The one way rgiem reads a file. The file must be a regular file (a FIFO, a device or a socket is refused before
/// it is opened, so nothing blocks), and at most <c>maxBytes</c> are read: the limit is enforced on the bytes
/// actually read, never on the size the file system reports (a device or a growing file says 0). Every file read
/// is noted in the run's <see cref="FileAccessLog"/>, so that no command replaces a file it read.
/// Every file read (or refused) is also reported to the build's <see cref="InputTracker"/>, for the build cache.
/// Where a file may be (inside the project) is the caller's rule (the include resolver, the compiler, the cache).
/// </summary>
public static class InputFile
{
    public static InputRead Read(string path, long maxBytes)
    {
        var read = InputTracker.TakePreloaded(path, maxBytes) ?? ReadFile(path, maxBytes);
        if (read.Bytes is { } bytes)
        {
            InputTracker.Read(path, bytes, read.Stamp);
        }
        else
        {
            InputTracker.Used(path);
        }

        return read;
    }

    /// <summary>
    /// <see cref="Read"/> for a caller done with the bytes before it returns (a decoder): outside a tracked build the
    /// bytes are the first <paramref name="length"/> of <paramref name="rented"/>, rented from
    /// <see cref="ArrayPool{T}.Shared"/> (the caller gives it back), and the result has none. In a tracked build (or when
    /// the read was made ahead) this is <see cref="Read"/>: the result holds the bytes, and <paramref name="rented"/> is null.
    /// </summary>
    public static InputRead ReadPooled(string path, long maxBytes, out byte[]? rented, out int length)
    {
        if (InputTracker.Current is not null)
        {
            rented = null;
            length = 0;
            return Read(path, maxBytes);
        }

        return ReadFile(path, maxBytes, pooled: true, out rented, out length);
    }

    /// <summary>
    /// Reads a file ahead of the stage that may read it in this build, and returns the SHA-256 of its content (empty when it
    /// cannot be read): the build cache compares the records with the last build's before the build reads them. A file
    /// whose hash is not <paramref name="expected"/> changed, so the build will read it: its bytes are kept and the stage's
    /// <see cref="Read"/> gets them (it is read once). An unchanged file is read into a pooled buffer that is given back:
    /// a no-op build of 5,000 records allocates nothing for their 43 MB. Should the build read it after all, the
    /// tracker notes the hash of what the stage read (<see cref="InputTracker.Read"/>). Null (nothing read) outside a
    /// cached build.
    /// </summary>
    public static string? Preload(string path, long maxBytes, string expected)
    {
        if (InputTracker.Current is null)
        {
            return null;
        }

        // A file whose statx is the one recorded with its hash, taken long enough after its last change, is not read
        // (InputStamp.Trusts); it is still one this run read, for WritePolicy.
        if (InputTracker.TrustedAhead(path) is { } trusted)
        {
            return trusted;
        }

        byte[]? buffer = null;
        try
        {
            var read = ReadFile(path, maxBytes, pooled: true, out buffer, out int length);
            if (buffer is null)
            {
                return InputTracker.Preloaded(path, maxBytes, read, hash: null);
            }

            var bytes = buffer.AsSpan(0, length);
            string hash = FileHash.Of(bytes);
            return string.Equals(hash, expected, StringComparison.Ordinal)
                ? InputTracker.HashedAhead(path, hash, read.Stamp)
                : InputTracker.Preloaded(path, maxBytes, new InputRead(bytes.ToArray(), ReadProblem.None, FileKind.Regular, null) { Stamp = read.Stamp }, hash);
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    private static InputRead ReadFile(string path, long maxBytes) => ReadFile(path, maxBytes, pooled: false, out _, out _);

    /// <summary>
    /// Reads a regular file of at most <paramref name="maxBytes"/>. Not <paramref name="pooled"/>: the result's bytes, in
    /// an array of the file's size (a file that does not grow is not copied). Pooled: the bytes are the first
    /// <paramref name="length"/> of <paramref name="rented"/>, rented from <see cref="ArrayPool{T}.Shared"/> (the
    /// caller returns it), and the result has none.
    /// </summary>
    private static InputRead ReadFile(string path, long maxBytes, bool pooled, out byte[]? rented, out int length)
    {
        rented = null;
        length = 0;
        // The stamp (in a tracked build) before the content is read: what is read is at least as new as the stamp.
        var status = FileProbe.Status(path, InputTracker.Current?.Clock, out var stamp);
        var read = ReadFile(path, status, maxBytes, pooled, out rented, out length);
        return stamp is not null && read.Problem == ReadProblem.None ? read with { Stamp = stamp } : read;
    }

    private static InputRead ReadFile(string path, FileStatus status, long maxBytes, bool pooled, out byte[]? rented, out int length)
    {
        rented = null;
        length = 0;
        if (status.Kind == FileKind.Missing)
        {
            return File.Exists(path) || Directory.Exists(path)
                ? InputRead.Fail(ReadProblem.Unreadable, FileKind.Other, "permission denied")
                : InputRead.Fail(ReadProblem.NotFound, FileKind.Missing);
        }

        if (status.Kind != FileKind.Regular)
        {
            return InputRead.Fail(ReadProblem.NotRegular, status.Kind);
        }

        if (PosixFile.IsSupported && ReadDirect(path, status, maxBytes, pooled, out rented, out length) is { } direct)
        {
            return direct;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
            FileAccessLog.Current?.Add(path, status.Identity);

            // The size the file system reports only rejects early (the file holds at least that much now); what is
            // accepted is what was read, so a file that grows or lies (a device, /proc) is still cut at the limit.
            long hint = stream.CanSeek ? stream.Length : 0;
            return ReadAll(stream, -1, hint, maxBytes, pooled, out rented, out length)!;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException)
        {
            length = 0;
            return InputRead.Fail(ReadProblem.Unreadable, FileKind.Regular, ex is UnauthorizedAccessException ? "permission denied" : ex.Message);
        }
    }

    /// <summary>
    /// <see cref="ReadFile(string, long, bool, out byte[], out int)"/> with <see cref="PosixFile"/>'s few system calls; null
    /// when the file cannot be opened or read that way (then the caller reads it with a <see cref="FileStream"/>, and
    /// reports what goes wrong as before).
    /// </summary>
    private static InputRead? ReadDirect(string path, FileStatus status, long maxBytes, bool pooled, out byte[]? rented, out int length)
    {
        rented = null;
        length = 0;
        int fd = PosixFile.Open(path);
        if (fd < 0)
        {
            return null;
        }

        try
        {
            FileAccessLog.Current?.Add(path, status.Identity);
            long hint = PosixFile.Size(fd);
            return hint switch
            {
                -2 => InputRead.Fail(ReadProblem.NotRegular, FileKind.Other),
                < 0 => null,
                _ => ReadAll(null, fd, hint, maxBytes, pooled, out rented, out length),
            };
        }
        finally
        {
            PosixFile.Close(fd);
        }
    }

    /// <summary>
    /// Reads the open file (<paramref name="stream"/>, or else the descriptor <paramref name="fd"/>) whose size is said to be
    /// <paramref name="hint"/>. Null when a read of the descriptor fails (a stream throws).
    /// </summary>
    private static InputRead? ReadAll(FileStream? stream, int fd, long hint, long maxBytes, bool pooled, out byte[]? rented, out int length)
    {
        rented = null;
        length = 0;
        if (hint > maxBytes)
        {
            return InputRead.Fail(ReadProblem.TooLarge, FileKind.Regular);
        }

        byte[]? buffer = null;
        try
        {
            // The reported size exactly (or a page when it says 0): once it is full, one byte more is asked for, and only
            // a file that grew since is copied into a larger buffer.
            buffer = Allocate((int)(hint > 0 ? hint : Math.Min(maxBytes + 1, 4096)), pooled);
            int limit = hint > 0 ? (int)hint : buffer.Length;

            // A pooled buffer is usually larger than the file: then the first read asks for more than the reported size, and
            // a read of a regular file that comes back short, once the reported size is in, is its end (no read of 0 bytes
            // to say so: one system call fewer a record). The limit still holds on the bytes read.
            bool shortReadEnds = pooled && hint > 0 && buffer.Length > hint;
            if (shortReadEnds)
            {
                limit = (int)Math.Min(buffer.Length, maxBytes + 1);
            }

            Span<byte> probe = stackalloc byte[1];
            while (true)
            {
                if (length == limit)
                {
                    int more = Next(stream, fd, probe);
                    if (more < 0)
                    {
                        length = 0;
                        return null;
                    }

                    if (more == 0)
                    {
                        break;
                    }

                    if (length >= maxBytes)
                    {
                        return InputRead.Fail(ReadProblem.TooLarge, FileKind.Regular);
                    }

                    if (length == buffer.Length)
                    {
                        var larger = Allocate((int)Math.Min(maxBytes + 1, Math.Max((long)buffer.Length * 2, 4096)), pooled);
                        buffer.AsSpan(0, length).CopyTo(larger);
                        Release(buffer, pooled);
                        buffer = larger;
                    }

                    limit = buffer.Length;
                    buffer[length++] = probe[0];
                    continue;
                }

                int asked = limit - length;
                int read = Next(stream, fd, buffer.AsSpan(length, asked));
                if (read < 0)
                {
                    length = 0;
                    return null;
                }

                if (read == 0)
                {
                    break;
                }

                length += read;
                if (shortReadEnds && read < asked && length >= hint)
                {
                    break;
                }
            }

            if (length > maxBytes)
            {
                return InputRead.Fail(ReadProblem.TooLarge, FileKind.Regular);
            }

            if (pooled)
            {
                (rented, buffer) = (buffer, null);
                return new InputRead(null, ReadProblem.None, FileKind.Regular, null);
            }

            if (length != buffer.Length)
            {
                Array.Resize(ref buffer, length);
            }

            (var bytes, buffer) = (buffer, null);
            return new InputRead(bytes, ReadProblem.None, FileKind.Regular, null);
        }
        finally
        {
            if (buffer is not null)
            {
                Release(buffer, pooled);
            }
        }

        static int Next(FileStream? stream, int fd, Span<byte> into) => stream is not null ? stream.Read(into) : PosixFile.Read(fd, into);
    }

    private static byte[] Allocate(int length, bool pooled) => pooled ? ArrayPool<byte>.Shared.Rent(length) : new byte[length];

    private static void Release(byte[] buffer, bool pooled)
    {
        if (pooled)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
