using System.Security.Cryptography;
using System.Text;

namespace Rgiem.Core.Caching;

/// <summary>
/// The files of the build cache that hold each record's own checks (<see cref="CheckEntry"/>, written by
/// <see cref="SummaryWriter"/>), next to the manifest, in shards: <c>checks-0</c> holds the records among the first
/// <see cref="ShardSize"/> input files, <c>checks-1</c> those among the next, and so on (<see cref="ShardOf"/>). Each
/// shard is a first line <c>rgiem-checks 3</c>, then for each record its path and its entry, each preceded by its length.
/// The manifest records each shard's SHA-256 under its HMAC, so a shard is as trusted as the manifest; a build that
/// changed one record rewrites one shard, and a shard is read (and its hash checked) only when one of its records is
/// looked up (<see cref="CheckShards"/>).
/// </summary>
public static class CheckStore
{
    /// <summary>The start of every shard's name; the store of an earlier rgiem was one file of this name.</summary>
    public const string FileName = "checks";

    /// <summary>Input files a shard: 64, about 130 KB of entries (79 shards at 5,000 records).</summary>
    public const int ShardSize = 64;

    /// <summary>The shard of the input file at <paramref name="index"/> in the build's inputs (<see cref="Compilation.Discovery.Files"/>).</summary>
    public static int ShardOf(int index) => index / ShardSize;

    /// <summary>The file of a shard in the cache folder.</summary>
    public static string ShardPath(string folder, int shard) => Path.Combine(folder, FileName + "-" + shard.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static readonly byte[] Magic = Encoding.ASCII.GetBytes("rgiem-checks 3\n");

    /// <summary>One shard's bytes: its records' paths and entries, in the order given.</summary>
    public static byte[] Write(IReadOnlyList<(string FullPath, ReadOnlyMemory<byte> Entry)> entries)
    {
        using var stream = new MemoryStream(Magic.Length + entries.Sum(e => e.Entry.Length + (e.FullPath.Length * 2) + 10));
        Write(stream, entries);
        return stream.ToArray();
    }

    /// <summary>
    /// One shard's bytes, the same as <see cref="Write(IReadOnlyList{ValueTuple{string, ReadOnlyMemory{byte}}})"/>,
    /// written to <paramref name="stream"/> (left open); returns their SHA-256 (lower-case hex), as the manifest names it.
    /// </summary>
    public static string Write(Stream stream, IReadOnlyList<(string FullPath, ReadOnlyMemory<byte> Entry)> entries)
    {
        using var sha = SHA256.Create();
        using (var hashed = new CryptoStream(stream, sha, CryptoStreamMode.Write, leaveOpen: true))
        using (var writer = new BinaryWriter(hashed, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            foreach (var (fullPath, entry) in entries)
            {
                writer.Write(fullPath);
                writer.Write7BitEncodedInt(entry.Length);
                writer.Write(entry.Span);
            }

            writer.Flush();
            hashed.FlushFinalBlock();
        }

        return Convert.ToHexStringLower(sha.Hash!);
    }

    /// <summary>The entries of a shard, by record (full path), in file order, not decoded; throws <see cref="FormatException"/>.</summary>
    public static List<(string FullPath, ReadOnlyMemory<byte> Entry)> Index(byte[] bytes)
    {
        if (!bytes.AsSpan().StartsWith(Magic))
        {
            throw new FormatException("its record checks are not of this version");
        }

        var entries = new List<(string, ReadOnlyMemory<byte>)>();
        using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
        reader.BaseStream.Position = Magic.Length;
        try
        {
            while (reader.BaseStream.Position < bytes.Length)
            {
                string fullPath = reader.ReadString();
                int length = reader.Read7BitEncodedInt();
                int start = (int)reader.BaseStream.Position;
                if (length < 0 || length > bytes.Length - start)
                {
                    throw new FormatException("its record checks are cut short");
                }

                entries.Add((fullPath, new ReadOnlyMemory<byte>(bytes, start, length)));
                reader.BaseStream.Position = start + length;
            }
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or DecoderFallbackException or FormatException)
        {
            throw new FormatException("its record checks are cut short", ex);
        }

        return entries;
    }
}
