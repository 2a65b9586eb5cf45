using System.Text;

namespace Rgiem.Core.Caching;

/// <summary>
/// The file of the build cache that holds each record's own checks (<see cref="CheckEntry"/>, written by
/// <see cref="SummaryWriter"/>), next to the manifest: a first line <c>rgiem-checks 1</c>, then one entry after the
/// other, each preceded by its length. The manifest records the file's SHA-256 under its HMAC, so the file is as
/// trusted as the manifest; an entry is decoded only when its record is looked up.
/// </summary>
public static class CheckStore
{
    public const string FileName = "checks";

    private static readonly byte[] Magic = Encoding.ASCII.GetBytes("rgiem-checks 1\n");

    public static byte[] Write(IReadOnlyList<byte[]> entries)
    {
        using var stream = new MemoryStream(Magic.Length + entries.Sum(e => e.Length + 5));
        using var writer = new BinaryWriter(stream);
        writer.Write(Magic);
        foreach (byte[] entry in entries)
        {
            writer.Write7BitEncodedInt(entry.Length);
            writer.Write(entry);
        }

        writer.Flush();
        return stream.ToArray();
    }

    /// <summary>The entries of a file, by record (full path), not decoded; throws <see cref="FormatException"/>.</summary>
    public static Dictionary<string, ReadOnlyMemory<byte>> Index(byte[] bytes)
    {
        if (!bytes.AsSpan().StartsWith(Magic))
        {
            throw new FormatException("its record checks are not of this version");
        }

        var entries = new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal);
        using var reader = new BinaryReader(new MemoryStream(bytes, writable: false));
        reader.BaseStream.Position = Magic.Length;
        try
        {
            while (reader.BaseStream.Position < bytes.Length)
            {
                int length = reader.Read7BitEncodedInt();
                int start = (int)reader.BaseStream.Position;
                if (length < 0 || length > bytes.Length - start)
                {
                    throw new FormatException("its record checks are cut short");
                }

                var entry = new ReadOnlyMemory<byte>(bytes, start, length);
                entries[SummaryReader.Header(entry).FullPath] = entry;
                reader.BaseStream.Position = start + length;
            }
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException)
        {
            throw new FormatException("its record checks are cut short", ex);
        }

        return entries;
    }
}
