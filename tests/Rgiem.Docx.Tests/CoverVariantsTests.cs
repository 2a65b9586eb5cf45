using System.IO.Compression;
using System.Xml.Linq;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Docx;
using static Rgiem.Docx.Tests.DocxPackage;

namespace Rgiem.Docx.Tests;

public class CoverVariantsTests
{
    private const string Minimal = """
        ---
        group: RG-IEM
        parent: TSAG
        study-period: 2022-2024
        meeting: {place: Geneva, from: 2024-07-29, to: 2024-07-29}
        source: Rapporteur, TSAG RG-IEM
        title: A record without contacts, keywords or purpose
        abstract: Nothing more.
        ---

        # 1 Body

        Text.
        """;

    [Fact]
    public void A_record_without_contacts_keywords_purpose_or_action_leaves_those_rows_out()
    {
        var package = Render.Record(Minimal);
        var cover = new CoverTable(package.CoverTable);
        Assert.Equal(["Question(s):", "Source:", "Title:", "Abstract:"], cover.Labels);
        Assert.Equal("A record without contacts, keywords or purpose", cover.Value("Title:"));
        Assert.Equal("Geneva, 29 July 2024", cover.Cells[3][^1]);
        Assert.Equal("Heading1", StyleOf(cover.AbstractTable!.ElementsAfterSelf().First()));

        // The creator falls back to the source; no keywords element at all.
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XNamespace cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        Assert.Equal("Rapporteur, TSAG RG-IEM", (string?)package.Core.Root!.Element(dc + "creator"));
        Assert.Null(package.Core.Root!.Element(cp + "keywords"));
    }

    [Fact]
    public void A_record_with_almost_nothing_still_renders_a_valid_cover()
    {
        var record = new MeetingRecord("bare.md", new RecordMetadata(), []);
        var (package, result) = Render.Valid(record);
        Assert.Empty(result.Diagnostics);
        var cover = new CoverTable(package.CoverTable);
        Assert.Equal("TDxxx", cover.Cells[0][^1]);
        Assert.Equal(["", ""], cover.Cells[3]);
        Assert.Null(cover.AbstractTable);
        Assert.Equal("EndOfDocument", StyleOf(package.Body.Elements(W + "p").Last()));
    }

    [Theory]
    [InlineData(DocumentType.C, "CONTRIBUTION", "TSAG-Cxxx", 4, "TSAG")]
    [InlineData(DocumentType.LS, "LIAISON STATEMENT", "TSAG-LSxxx", 7, "TSAG")]
    [InlineData(DocumentType.Report, "TELECOMMUNICATION STANDARDIZATION ADVISORY GROUP\nREPORT", "TSAG-Rxxx", 4, "TSAG")]
    [InlineData(DocumentType.TD, "TD", "SG17-TDxxx", 4, "STUDY GROUP 17")]
    [InlineData(DocumentType.LS, "LIAISON STATEMENT", "SG13-LSxxx", 7, "Study Group 13")]
    public void The_type_line_and_number_placeholder_follow_the_document_type(DocumentType type, string line, string number, int row, string parent)
    {
        var record = new MeetingRecord("c.md", new RecordMetadata { Type = type, Parent = parent, Title = "T" }, []);
        var cover = new CoverTable(Render.Valid(record).Package.CoverTable);
        Assert.Equal([line], cover.Cells[row]);
        Assert.Equal(Core.Model.BodyNames.LongName(parent), cover.Cells[1][^1]); // a report without a date has no date line: its body
        Assert.Equal(number, cover.Cells[0][^1]);
    }

    [Fact]
    public void Several_contacts_give_one_row_each_and_missing_parts_are_left_out()
    {
        var record = new MeetingRecord("c.md", new RecordMetadata
        {
            Title = "T",
            Contacts =
            [
                new Contact("Ann Example", "TSB", null, null, "ann@example.org"),
                new Contact("Bo Example", null, "Sweden", "+46 8 000 00 00", null),
            ],
        }, []);
        var cover = new CoverTable(Render.Valid(record).Package.CoverTable);
        var contacts = cover.Labelled("Contact:");
        Assert.Equal(2, contacts.Count);
        Assert.Equal(["Ann Example\nTSB", "E-mail:\tann@example.org"], contacts[0]);
        Assert.Equal(["Bo Example\nSweden", "Tel:\t+46 8 000 00 00"], contacts[1]);
    }

    [Fact]
    public void A_png_logo_is_embedded_in_the_first_cover_cell_scaled_to_fit()
    {
        string directory = Path.Combine(Path.GetTempPath(), "rgiem-logo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            File.WriteAllBytes(Path.Combine(directory, "logo.png"), Png(400, 500));
            var record = new MeetingRecord("c.md", new RecordMetadata { Title = "T", Parent = "TSAG", Logo = "logo.png" }, []);
            var (package, result) = Render.Valid(record, directory);
            Assert.Empty(result.Diagnostics);
            Assert.Equal(["image/png"], package.Images);

            var firstRow = package.CoverTable.Elements(W + "tr").First();
            var cells = firstRow.Elements(W + "tc").ToList();
            Assert.Equal(3, cells.Count);
            XNamespace wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
            var extent = cells[0].Descendants(wp + "extent").Single();
            long cx = (long)extent.Attribute("cx")!;
            long cy = (long)extent.Attribute("cy")!;
            // At most TSB's logo: 647700 x 704850 EMU.
            Assert.True(cx <= 647_700 && cy <= 704_850, $"{cx} x {cy} EMU");
            Assert.Equal(704_850, cy);
            Assert.Equal(400.0 / 500.0, (double)cx / cy, 3);
            Assert.StartsWith("INTERNATIONAL TELECOMMUNICATION UNION", CoverTable.CellText(cells[1]), StringComparison.Ordinal);

            // TSB's widths: the logo cell 2 cm, the organization block 7 cm, the number 8 cm.
            Assert.Equal(["1134", "3969", "4537"], cells.Select(c => (string)c.Element(W + "tcPr")!.Element(W + "tcW")!.Attribute(W + "w")!));

            // Rendering with a logo is deterministic too.
            Assert.Equal(result.Content, new DocxRenderer().Render(record, directory).Content);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void A_missing_or_unreadable_logo_is_reported_and_the_cover_is_rendered_without_it()
    {
        string directory = Path.Combine(Path.GetTempPath(), "rgiem-logo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            File.WriteAllText(Path.Combine(directory, "logo.png"), "not a picture");
            var missing = Render.Valid(new MeetingRecord("c.md", new RecordMetadata { Title = "T", Logo = "nowhere.png" }, []), directory);
            var broken = Render.Valid(new MeetingRecord("c.md", new RecordMetadata { Title = "T", Logo = "logo.png" }, []), directory);
            Assert.Equal([RenderDescriptors.LogoNotFound.Id], missing.Result.Diagnostics.Select(d => d.Id));
            Assert.Equal([RenderDescriptors.LogoFormat.Id], broken.Result.Diagnostics.Select(d => d.Id));
            Assert.Empty(missing.Package.Images);
            Assert.Empty(broken.Package.Images);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>A valid grey PNG of the given size (8-bit greyscale, one zlib stream).</summary>
    private static byte[] Png(int width, int height)
    {
        var raw = new byte[height * (width + 1)];
        for (int y = 0; y < height; y++)
        {
            raw[y * (width + 1)] = 0; // filter: none
            for (int x = 1; x <= width; x++)
            {
                raw[(y * (width + 1)) + x] = 0x80;
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 0; // greyscale
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var buffer = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(buffer, data.Length);
        png.Write(buffer);
        byte[] typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(buffer, Crc32([.. typeBytes, .. data]));
        png.Write(buffer);
    }

    private static uint Crc32(byte[] bytes)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in bytes)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
            }
        }

        return ~crc;
    }
}
