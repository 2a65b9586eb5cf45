using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;

namespace Rgiem.Docx.Packaging;

/// <summary>
/// Writes a zip archive (an OPC package) in one pass: local headers and data in the order added, then the central
/// directory. An entry is either already deflated (<see cref="CompressedEntry"/>, a part shared by many documents) or
/// an XML part serialized and deflated straight into the archive. Every entry has the same fixed timestamp
/// (1980-01-01 00:00, the earliest a zip can hold), no extra fields and no comment, so the same entries always give
/// the same bytes.
/// </summary>
internal sealed class ZipPackageWriter : IDisposable
{
    private const ushort VersionNeeded = 20;     // 2.0: deflate
    private const ushort MethodDeflate = 8;
    private const ushort DosTime = 0;            // 00:00:00
    private const ushort DosDate = (0 << 9) | (1 << 5) | 1; // 1980-01-01
    private const int LocalHeaderLength = 30;

    /// <summary>Buffers larger than this are not kept for the thread's next package.</summary>
    private const int MaxKeptBuffer = 1 << 20;

    /// <summary>
    /// The two buffers of the last package written on this thread, kept for the next one: a build writes thousands of
    /// packages, and growing two new buffers for each (and the page faults of touching fresh memory) cost more than
    /// copying the XML into them.
    /// </summary>
    [ThreadStatic]
    private static (MemoryStream Output, Writers.Utf8XmlWriter Xml)? spare;

    private readonly MemoryStream output;
    private readonly Writers.Utf8XmlWriter xml;
    private bool disposed;
    private readonly List<(byte[] Name, (uint Crc32, long Compressed, long Length) Sizes, long Offset)> entries = [];
    private readonly HashSet<string> names = new(StringComparer.OrdinalIgnoreCase);

    public ZipPackageWriter()
    {
        if (spare is { } buffers)
        {
            spare = null;
            (output, xml) = buffers;
            output.SetLength(0);
            xml.Clear();
        }
        else
        {
            output = new MemoryStream(64 * 1024);
            xml = new Writers.Utf8XmlWriter(64 * 1024);
        }
    }

    public void Add(string name, CompressedEntry entry)
    {
        long offset = WriteLocalHeader(name, (entry.Crc32, entry.Deflated.Length, entry.Length), out byte[] encoded);
        output.Write(entry.Deflated);
        entries.Add((encoded, (entry.Crc32, entry.Deflated.Length, entry.Length), offset));
    }

    /// <summary>
    /// An XML part serialized as the Open XML SDK saves it (UTF-8, XML declaration, the root's namespace declarations), by
    /// <see cref="PartXml"/> into a buffer the writer reuses, then deflated in one call straight into the archive: the same bytes as
    /// <see cref="CompressedEntry.Xml"/> gives (deflate's output depends on how its input is cut into calls), without
    /// an array of the XML or of the deflated data per part. A record's own part: <see cref="CompressedEntry.RecordLevel"/>.
    /// </summary>
    public void Add(string name, OpenXmlPartRootElement root) => Add(name, root, CompressedEntry.RecordLevel);

    /// <summary>An XML part serialized and deflated at <paramref name="level"/> straight into the archive (see above).</summary>
    public void Add(string name, OpenXmlPartRootElement root, CompressionLevel level)
    {
        PartXml.Write(root, xml);
        Add(name, xml.Written, level);
    }

    /// <summary>A part's XML, already serialized (<see cref="Writers.DocumentXml"/>), deflated at <paramref name="level"/> straight into the archive.</summary>
    public void Add(string name, ReadOnlySpan<byte> part, CompressionLevel level)
    {
        long offset = WriteLocalHeader(name, default, out byte[] encoded);
        long start = output.Position;
        using (var deflate = new DeflateStream(output, level, leaveOpen: true))
        {
            deflate.Write(part);
        }

        (uint Crc32, long Compressed, long Length) sizes = (System.IO.Hashing.Crc32.HashToUInt32(part), output.Position - start, part.Length);
        long end = output.Position;
        output.Position = offset + 4;
        Span<byte> fields = stackalloc byte[24];
        EntryFields(fields, encoded, sizes);
        output.Write(fields);
        output.Position = end;
        entries.Add((encoded, sizes, offset));
    }

    /// <summary>The archive: the entries added, then the central directory and its end record.</summary>
    public byte[] ToArray()
    {
        long directoryStart = output.Position;
        Span<byte> header = stackalloc byte[46];
        foreach (var (name, sizes, offset) in entries)
        {
            header.Clear();
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], VersionNeeded); // made by: MS-DOS attributes, 2.0
            EntryFields(header[6..], name, sizes);
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

    /// <summary>Keeps the buffers for the thread's next package, unless they grew too large to keep.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        if (output.Capacity <= MaxKeptBuffer && xml.Capacity <= MaxKeptBuffer)
        {
            spare = (output, xml);
        }
        else
        {
            output.Dispose();
        }
    }

    /// <summary>Writes the local header of a new entry (sizes may be patched later) and its name; the header's offset.</summary>
    private long WriteLocalHeader(string name, (uint Crc32, long Compressed, long Length) sizes, out byte[] encoded)
    {
        if (!names.Add(name))
        {
            throw new InvalidOperationException($"The package already has an entry '{name}'.");
        }

        encoded = Encoding.UTF8.GetBytes(name);
        long offset = output.Position;
        Span<byte> header = stackalloc byte[LocalHeaderLength];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034b50);
        EntryFields(header[4..], encoded, sizes);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0);
        output.Write(header);
        output.Write(encoded);
        return offset;
    }

    /// <summary>
    /// The 24 bytes the local header (from offset 4) and the central directory header (from offset 6) share: version
    /// needed, flags, method, time, date, CRC-32, compressed and uncompressed sizes, name length.
    /// </summary>
    private static void EntryFields(Span<byte> at, byte[] name, (uint Crc32, long Compressed, long Length) sizes)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(at, VersionNeeded);
        BinaryPrimitives.WriteUInt16LittleEndian(at[2..], Flags(name));
        BinaryPrimitives.WriteUInt16LittleEndian(at[4..], MethodDeflate);
        BinaryPrimitives.WriteUInt16LittleEndian(at[6..], DosTime);
        BinaryPrimitives.WriteUInt16LittleEndian(at[8..], DosDate);
        BinaryPrimitives.WriteUInt32LittleEndian(at[10..], sizes.Crc32);
        BinaryPrimitives.WriteUInt32LittleEndian(at[14..], checked((uint)sizes.Compressed));
        BinaryPrimitives.WriteUInt32LittleEndian(at[18..], checked((uint)sizes.Length));
        BinaryPrimitives.WriteUInt16LittleEndian(at[22..], checked((ushort)name.Length));
    }

    /// <summary>Bit 11 (names in UTF-8) when the name is not plain ASCII; part names normally are.</summary>
    private static ushort Flags(byte[] encoded) => (ushort)(Ascii.IsValid(encoded) ? 0 : 1 << 11);
}
