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
            InputTracker.Read(path, bytes);
        }
        else
        {
            InputTracker.Used(path);
        }

        return read;
    }

    /// <summary>
    /// Reads a file ahead of the stage that will read it in this build, and returns the SHA-256 of its content (empty when it
    /// cannot be read): the build cache compares the records with the last build's before the build reads them, and the
    /// stage's <see cref="Read"/> then gets these bytes, so a record is read once. Null (nothing read) outside a cached build.
    /// </summary>
    public static string? Preload(string path, long maxBytes) =>
        InputTracker.Current is null ? null : InputTracker.Preloaded(path, maxBytes, ReadFile(path, maxBytes));

    private static InputRead ReadFile(string path, long maxBytes)
    {
        var status = FileProbe.Status(path);
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

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
            FileAccessLog.Current?.Add(path, status.Identity);
            // The size the file system reports only rejects early (the file holds at least that much now); what is
            // accepted is what was read, so a file that grows or lies (a device, /proc) is still cut at the limit.
            long hint = stream.CanSeek ? stream.Length : 0;
            if (hint > maxBytes)
            {
                return InputRead.Fail(ReadProblem.TooLarge, FileKind.Regular);
            }

            var buffer = new byte[(int)Math.Max(hint + 1, Math.Min(maxBytes + 1, 4096))];
            int length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > maxBytes)
                    {
                        return InputRead.Fail(ReadProblem.TooLarge, FileKind.Regular);
                    }

                    Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1, (long)buffer.Length * 2));
                }

                int read = stream.Read(buffer, length, buffer.Length - length);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            if (length > maxBytes)
            {
                return InputRead.Fail(ReadProblem.TooLarge, FileKind.Regular);
            }

            Array.Resize(ref buffer, length);
            return new InputRead(buffer, ReadProblem.None, FileKind.Regular, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException)
        {
            return InputRead.Fail(ReadProblem.Unreadable, FileKind.Regular, ex is UnauthorizedAccessException ? "permission denied" : ex.Message);
        }
    }
}
