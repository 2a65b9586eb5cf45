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

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return string.Empty;
        }
    }
}
