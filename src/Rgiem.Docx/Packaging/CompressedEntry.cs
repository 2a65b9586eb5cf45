using System.IO.Compression;
using DocumentFormat.OpenXml;

namespace Rgiem.Docx.Packaging;

/// <summary>
/// The bytes of one zip entry, deflated once: what <see cref="ZipPackageWriter"/> copies into an archive. Parts that
/// are the same in every document of a build (styles, settings, the first-page header) are compressed once and
/// reused as they are.
/// </summary>
internal sealed class CompressedEntry
{
    private CompressedEntry(byte[] deflated, uint crc32, long length)
    {
        Deflated = deflated;
        Crc32 = crc32;
        Length = length;
    }

    /// <summary>The raw deflate stream (no zlib or gzip header).</summary>
    public byte[] Deflated { get; }

    public uint Crc32 { get; }

    /// <summary>The uncompressed size.</summary>
    public long Length { get; }

    public static CompressedEntry Compress(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream(data.Length / 4 + 64);
        using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(data);
        }

        return new CompressedEntry(output.ToArray(), System.IO.Hashing.Crc32.HashToUInt32(data), data.Length);
    }

    /// <summary>A part's XML as the Open XML SDK saves it (UTF-8, XML declaration, the root's namespace declarations).</summary>
    public static CompressedEntry Xml(OpenXmlPartRootElement root)
    {
        using var xml = new MemoryStream(8 * 1024);
        root.Save(xml); // closes the stream; ToArray still works
        return Compress(xml.ToArray());
    }
}
