using System.Security.Cryptography;
using Rgiem.Core.FileSystem;

namespace Rgiem.Core.Caching;

/// <summary>
/// The user's key for the build cache's manifest (<see cref="ManifestFormat"/>): 32 random bytes in a file only the
/// user may read, outside every project: <c>cache-key</c> in the user's private folder of the temporary folder
/// (<see cref="Compilation.OutputLock.UserFolder"/>), or the file <c>RGIEM_CACHE_KEY_FILE</c> names. A manifest
/// a project ships, or one anyone edited without the key, fails the check and is ignored. Null when no key can be
/// kept (then no manifest is trusted or written: the cache only saves time).
/// </summary>
public static class CacheSigningKey
{
    public const string EnvironmentVariable = "RGIEM_CACHE_KEY_FILE";

    private const int Length = 32;

    public static byte[]? Load()
    {
        string? path = Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } given
            ? Path.GetFullPath(given)
            : Compilation.OutputLock.UserFolder() is { } folder ? Path.Combine(folder, "cache-key") : null;
        if (path is null)
        {
            return null;
        }

        try
        {
            if (FileProbe.LinkStatus(path).Kind == FileKind.Missing)
            {
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
                if (!OperatingSystem.IsWindows())
                {
                    options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }

                using var stream = new FileStream(path, options);
                stream.Write(RandomNumberGenerator.GetBytes(Length));
                stream.Flush(flushToDisk: true);
            }
        }
        catch (IOException)
        {
            // Made by another build at the same moment: read theirs.
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        var status = FileProbe.LinkStatus(path);
        if (status.Kind != FileKind.Regular || (status.OwnerId is { } owner && owner != FileProbe.CurrentUserId) || (status.Mode & 0x3F) != 0)
        {
            return null;
        }

        var read = InputFile.Read(path, Length);
        return read.Bytes is { Length: Length } key ? key : null;
    }
}
