using System.Buffers;
using System.Security.Cryptography;

namespace Rgiem.Core.FileSystem;

/// <summary>The SHA-256 of files, as the build cache compares them.</summary>
public static class FileHash
{
    /// <summary>The SHA-256 of <paramref name="bytes"/>, lower-case hex.</summary>
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>
    /// The SHA-256 of a file's content (lower-case hex), or empty when it does not exist, is not a regular file or
    /// cannot be read. Streamed: hashing a huge file (one rgiem refuses to read) allocates almost nothing.
    /// </summary>
    public static string Of(string path)
    {
        try
        {
            if (FileProbe.Status(path).Kind != FileKind.Regular)
            {
                return string.Empty;
            }

            if (PosixFile.IsSupported && Direct(path) is { } direct)
            {
                return direct;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return string.Empty;
        }
    }

    /// <summary>Files up to this size are hashed from one pooled buffer (a record is 3–25 KB); larger ones are streamed.</summary>
    private const int DirectLimit = 4 << 20;

    /// <summary>
    /// The hash of a file of at most <see cref="DirectLimit"/> bytes read with <see cref="PosixFile"/> into a pooled
    /// buffer (two or three system calls, nothing allocated but the hash); empty when it is no longer a regular file;
    /// null when it cannot be read that way or is larger (then it is streamed, and what goes wrong is reported as before).
    /// </summary>
    private static string? Direct(string path)
    {
        int fd = PosixFile.Open(path);
        if (fd < 0)
        {
            return null;
        }

        byte[]? buffer = null;
        try
        {
            long size = PosixFile.Size(fd);
            if (size == -2)
            {
                return string.Empty;
            }

            if (size < 0 || size >= DirectLimit)
            {
                return null;
            }

            // One byte more than the size said: a file that grew since is seen to have grown, and streamed instead.
            buffer = ArrayPool<byte>.Shared.Rent((int)size + 1);
            int length = PosixFile.ReadToEnd(fd, buffer);
            return length < 0 || length == buffer.Length ? null : Of(buffer.AsSpan(0, length));
        }
        finally
        {
            PosixFile.Close(fd);
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }
}
