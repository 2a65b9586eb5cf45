using System.Security.Cryptography;
using Rgiem.Core.FileSystem;

namespace Rgiem.Core.Caching;

/// <summary>
/// The last build's record checks (<see cref="CheckStore"/>), read a shard at a time, the first time one of its records
/// is looked up (from any thread): a no-op build reads none, a build that changed one record reads them all once. A shard
/// that is missing, not a regular file, too large, cut short or not the one the manifest names (its SHA-256 differs:
/// edited, or written by a build killed before its manifest) is empty: its records are checked again, and the build
/// goes on.
/// </summary>
/// <param name="folder">The cache folder.</param>
/// <param name="hashes">The SHA-256 of each shard, as the (authenticated) manifest names them.</param>
/// <param name="inputs">The last build's input files, in order (<see cref="CacheManifest.Inputs"/>): a record's place among them is its shard.</param>
public sealed class CheckShards(string folder, IReadOnlyDictionary<int, string> hashes, IReadOnlyList<string> inputs)
{
    private readonly Dictionary<int, Lazy<Shard?>> shards = hashes.Keys.ToDictionary(i => i, i => new Lazy<Shard?>(() => Load(folder, i, hashes[i])));

    private readonly Dictionary<string, int> shardOf = Enumerable.Range(0, inputs.Count).ToDictionary(i => inputs[i], CheckStore.ShardOf, StringComparer.Ordinal);

    /// <summary>The SHA-256 of each shard as the manifest names them.</summary>
    public IReadOnlyDictionary<int, string> Hashes => hashes;

    /// <summary>Shards the manifest names that were looked up and could not be used (damaged or missing): their records were checked again.</summary>
    public int Damaged => shards.Values.Count(s => s.IsValueCreated && s.Value is null);

    /// <summary>A record's entry, not decoded; false when its shard has none (or could not be read).</summary>
    public bool TryGet(string fullPath, out ReadOnlyMemory<byte> entry)
    {
        if (shardOf.TryGetValue(fullPath, out int index) && shards.TryGetValue(index, out var lazy) && lazy.Value is { } shard && shard.ByPath.TryGetValue(fullPath, out entry))
        {
            return true;
        }

        entry = default;
        return false;
    }

    /// <summary>The records of a shard in its file's order, when it was read and was intact; else null.</summary>
    public IReadOnlyList<string>? Records(int shard) =>
        shards.TryGetValue(shard, out var lazy) && lazy is { IsValueCreated: true, Value: { } read } ? read.Order : null;

    private static Shard? Load(string folder, int shard, string expected)
    {
        string path = CheckStore.ShardPath(folder, shard);
        try
        {
            using (InputTracker.Suspend())
            {
                if (FileProbe.LinkStatus(path).Kind != FileKind.Regular)
                {
                    return null;
                }

                var bytes = ReadShard(path);
                if (bytes is null || !string.Equals(Convert.ToHexStringLower(SHA256.HashData(bytes)), expected, StringComparison.Ordinal))
                {
                    return null;
                }

                var entries = CheckStore.Index(bytes);
                var byPath = new Dictionary<string, ReadOnlyMemory<byte>>(entries.Count, StringComparer.Ordinal);
                foreach (var (fullPath, entry) in entries)
                {
                    byPath[fullPath] = entry;
                }

                return new Shard(byPath, entries.Select(e => e.FullPath).ToList());
            }
        }
        catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// A shard's bytes, or null when it cannot be read whole. On Linux it is read with <see cref="PosixFile"/> into an
    /// array the runtime does not clear first (a build that reuses 5,000 records reads 79 shards, 10 MB, each a new
    /// large object that a cleared allocation writes twice); its SHA-256 is checked by the caller, so a file that
    /// changed size meanwhile is a damaged shard as before. Elsewhere, <see cref="InputFile.Read"/>.
    /// </summary>
    private static byte[]? ReadShard(string path)
    {
        if (!PosixFile.IsSupported)
        {
            return InputFile.Read(path, BuildCache.MaxManifestBytes).Bytes;
        }

        int fd = PosixFile.Open(path);
        if (fd < 0)
        {
            return null;
        }

        try
        {
            long size = PosixFile.Size(fd);
            if (size < 0 || size > BuildCache.MaxManifestBytes)
            {
                return null;
            }

            var bytes = GC.AllocateUninitializedArray<byte>((int)size);

            // The size it had when opened, and nothing past it (a file that grew is not the shard the manifest names).
            Span<byte> more = stackalloc byte[1];
            return PosixFile.ReadToEnd(fd, bytes) == bytes.Length && PosixFile.ReadToEnd(fd, more) == 0 ? bytes : null;
        }
        finally
        {
            PosixFile.Close(fd);
        }
    }

    private sealed record Shard(Dictionary<string, ReadOnlyMemory<byte>> ByPath, IReadOnlyList<string> Order);
}
