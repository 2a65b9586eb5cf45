using System.Buffers.Binary;
using System.Text;

namespace Rgiem.Docx.Packaging;

/// <summary>
/// Writes a zip archive (an OPC package) in one pass from entries already deflated: local headers and data in the
/// order added, then the central directory. Every entry has the same fixed timestamp (1980-01-01 00:00, the
/// earliest a zip can hold), no extra fields and no comment, so the same entries always give the same bytes.
/// </summary>
internal sealed class ZipPackageWriter : IDisposable
{
    private const ushort VersionNeeded = 20;     // 2.0: deflate
    private const ushort MethodDeflate = 8;
    private const ushort DosTime = 0;            // 00:00:00
    private const ushort DosDate = (0 << 9) | (1 << 5) | 1; // 1980-01-01

    private readonly MemoryStream output = new(16 * 1024);
    private readonly List<(byte[] Name, CompressedEntry Entry, long Offset)> entries = [];
    private readonly HashSet<string> names = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string name, CompressedEntry entry)
    {
        if (!names.Add(name))
        {
            throw new InvalidOperationException($"The package already has an entry '{name}'.");
        }

        byte[] encoded = Encoding.UTF8.GetBytes(name);
        long offset = output.Position;
        Span<byte> header = stackalloc byte[30];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034b50);
        EntryFields(header[4..], encoded, entry);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0);
        output.Write(header);
        output.Write(encoded);
        output.Write(entry.Deflated);
        entries.Add((encoded, entry, offset));
    }

    /// <summary>The archive: the entries added, then the central directory and its end record.</summary>
    public byte[] ToArray()
    {
        long directoryStart = output.Position;
        Span<byte> header = stackalloc byte[46];
        foreach (var (name, entry, offset) in entries)
        {
            header.Clear();
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], VersionNeeded); // made by: MS-DOS attributes, 2.0
            EntryFields(header[6..], name, entry);
            BinaryPrimitives.WriteUInt32LittleEndian(header[42..], checked((uint)offset));
            output.Write(header);
            output.Write(name);
        }

        long directoryEnd = output.Position;
        Span<byte> end = stackalloc byte[22];
        end.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], checked((ushort)entries.Count));
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)entries.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], checked((uint)(directoryEnd - directoryStart)));
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], checked((uint)directoryStart));
        output.Write(end);
        return output.ToArray();
    }

    public void Dispose() => output.Dispose();

    /// <summary>
    /// The 24 bytes the local header (from offset 4) and the central directory header (from offset 6) share: version
    /// needed, flags, method, time, date, CRC-32, compressed and uncompressed sizes, name length.
    /// </summary>
    private static void EntryFields(Span<byte> at, byte[] name, CompressedEntry entry)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(at, VersionNeeded);
        BinaryPrimitives.WriteUInt16LittleEndian(at[2..], Flags(name));
        BinaryPrimitives.WriteUInt16LittleEndian(at[4..], MethodDeflate);
        BinaryPrimitives.WriteUInt16LittleEndian(at[6..], DosTime);
        BinaryPrimitives.WriteUInt16LittleEndian(at[8..], DosDate);
        BinaryPrimitives.WriteUInt32LittleEndian(at[10..], entry.Crc32);
        BinaryPrimitives.WriteUInt32LittleEndian(at[14..], checked((uint)entry.Deflated.Length));
        BinaryPrimitives.WriteUInt32LittleEndian(at[18..], checked((uint)entry.Length));
        BinaryPrimitives.WriteUInt16LittleEndian(at[22..], checked((ushort)name.Length));
    }

    /// <summary>Bit 11 (names in UTF-8) when the name is not plain ASCII; part names normally are.</summary>
    private static ushort Flags(byte[] encoded) => (ushort)(Ascii.IsValid(encoded) ? 0 : 1 << 11);
}
