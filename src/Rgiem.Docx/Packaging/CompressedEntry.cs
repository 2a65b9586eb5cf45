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

    /// <summary>
    /// How a record's own parts are deflated (the document, the later-pages header, footnotes, comments, the document
    /// properties and relationships, a template's parts): zlib-ng's fastest level. It costs a quarter of the CPU of
    /// <see cref="CompressionLevel.Optimal"/> for parts about 40 % larger (docs/performance.md, "Writing the DOCX").
    /// </summary>
    public const CompressionLevel RecordLevel = CompressionLevel.Fastest;

    /// <summary>
    /// How the parts kept for many documents are deflated (styles, settings, the first-page header, the numbering, the
    /// content types, images): once per process, so the smallest output is worth its time. A part is always deflated
    /// at the same level whether it is kept or not, so that a document's bytes never depend on what else was built.
    /// </summary>
    public const CompressionLevel SharedLevel = CompressionLevel.Optimal;

    public static CompressedEntry Compress(ReadOnlySpan<byte> data, CompressionLevel level)
    {
        using var output = new MemoryStream(data.Length / 4 + 64);
        using (var deflate = new DeflateStream(output, level, leaveOpen: true))
        {
            deflate.Write(data);
        }

        return new CompressedEntry(output.ToArray(), System.IO.Hashing.Crc32.HashToUInt32(data), data.Length);
    }

    /// <summary>A part's XML as the Open XML SDK saves it (UTF-8, XML declaration, the root's namespace declarations), by <see cref="PartXml"/>.</summary>
    public static CompressedEntry Xml(OpenXmlPartRootElement root, CompressionLevel level)
    {
        var xml = new Writers.Utf8XmlWriter(16 * 1024);
        PartXml.Write(root, xml);
        return Compress(xml.Written, level);
    }
}
