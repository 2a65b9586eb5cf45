using System.IO.Compression;
using System.Xml.Linq;
using Rgiem.Docx.HouseStyle;
using Rgiem.Docx.Packaging;
using Rgiem.Docx.Templates;
using Rgiem.Testing;

namespace Rgiem.Docx.Tests;

/// <summary>
/// Every package rgiem writes — a document in the house style, a delta, the exported template, a document built from
/// a user template — goes through the one package writer (<see cref="PackageWriter"/> over
/// <see cref="ZipPackageWriter"/>), and those made from nothing have the parts of its one table.
/// </summary>
public class PackageWriterTests
{
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace Types = "http://schemas.openxmlformats.org/package/2006/content-types";

    public static TheoryData<string> Kinds => new() { "house", "delta", "template-export", "user-template" };

    public static TheoryData<string> MadeFromNothing => new() { "house", "delta", "template-export" };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_of_package_is_written_by_the_one_zip_writer(string kind)
    {
        using var zip = new ZipArchive(new MemoryStream(Package(kind), writable: false), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            // ZipArchive, the other writer .NET has, sets the file's mode in the external attributes on Unix and today's date.
            Assert.Equal(0, entry.ExternalAttributes);
            Assert.Equal(new DateTime(1980, 1, 1, 0, 0, 0), entry.LastWriteTime.DateTime);
        }

        Assert.Equal(["[Content_Types].xml", "_rels/.rels", "word/document.xml"], zip.Entries.Take(3).Select(e => e.FullName));
        var rest = zip.Entries.Skip(3).Select(e => e.FullName).ToList();
        Assert.Equal(rest.Order(StringComparer.Ordinal), rest);
    }

    [Theory]
    [MemberData(nameof(MadeFromNothing))]
    public void A_package_made_from_nothing_has_the_parts_of_the_one_table(string kind)
    {
        using var zip = new ZipArchive(new MemoryStream(Package(kind), writable: false), ZipArchiveMode.Read);
        XDocument Read(string name)
        {
            using var stream = zip.GetEntry(name)!.Open();
            return XDocument.Load(stream);
        }

        var main = Read("word/_rels/document.xml.rels").Root!.Elements(Relationships + "Relationship").ToDictionary(r => (string)r.Attribute("Id")!);
        foreach (var (id, type, name, _) in PackageWriter.MainParts)
        {
            Assert.Equal(PackageRelationships.OfficeDocument + type, (string?)main[id].Attribute("Type"));
            Assert.Equal(name, (string?)main[id].Attribute("Target"));
            Assert.NotNull(zip.GetEntry("word/" + name));
        }

        var package = Read("_rels/.rels").Root!.Elements(Relationships + "Relationship").ToDictionary(r => (string)r.Attribute("Id")!);
        Assert.Equal(PackageWriter.PackageParts.Select(p => p.Id).Order(StringComparer.Ordinal), package.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, _, name, _) in PackageWriter.PackageParts)
        {
            Assert.Equal(name, (string?)package[id].Attribute("Target"));
        }

        var overrides = Read("[Content_Types].xml").Root!.Elements(Types + "Override").ToDictionary(o => (string)o.Attribute("PartName")!, o => (string)o.Attribute("ContentType")!);
        Assert.Equal(MainContentType.Of(kind == "template-export" ? PackageKind.Template : PackageKind.Document), overrides["/word/document.xml"]);
        foreach (var (_, _, name, contentType) in PackageWriter.MainParts)
        {
            Assert.Equal(contentType, overrides["/word/" + name]);
        }

        foreach (var (_, _, name, contentType) in PackageWriter.PackageParts.Where(p => p.ContentType is not null))
        {
            Assert.Equal(contentType, overrides["/" + name]);
        }
    }

    [Fact]
    public void A_part_serialized_into_the_zip_has_the_bytes_of_the_part_deflated_on_its_own()
    {
        // The shared parts are deflated once (CompressedEntry) and a record's own parts straight into the zip: at one level, both give the same entry.
        var styles = StylesBuilder.Build("en-GB", tableOfContents: true);
        byte[] Zip(Action<ZipPackageWriter> add)
        {
            using var writer = new ZipPackageWriter();
            add(writer);
            return writer.ToArray();
        }

        var header = Writers.HeaderWriter.LaterPages("TSAG-TD521");
        Assert.Equal(
            Zip(w => { w.Add("word/styles.xml", CompressedEntry.Xml(styles, CompressedEntry.RecordLevel)); w.Add("word/header1.xml", CompressedEntry.Xml(header, CompressedEntry.RecordLevel)); }),
            Zip(w => { w.Add("word/styles.xml", styles); w.Add("word/header1.xml", header); }));
    }

    [Fact]
    public void A_logo_on_every_cover_is_deflated_once_and_gives_the_same_bytes_each_time()
    {
        using var folder = new TempFolder();
        byte[] png = TestPng.Create(120, 150);
        folder.Write("logo.png", png);
        var (bound, diagnostics) = Records.Bind(Records.FrontMatter.Replace("abstract:", "logo: logo.png\nabstract:", StringComparison.Ordinal) + "# 1 Introduction\n\nThe group met.\n");
        Assert.True(bound is not null, string.Join("; ", diagnostics));
        byte[] first = new DocxRenderer().Render(bound.Record, folder.FullPath).Content!;
        byte[] second = new DocxRenderer().Render(bound.Record, folder.FullPath).Content!;
        Assert.Equal(first, second);
        using var zip = new ZipArchive(new MemoryStream(second, writable: false), ZipArchiveMode.Read);
        using var image = zip.GetEntry("word/media/image1.png")!.Open();
        using var inflated = new MemoryStream();
        image.CopyTo(inflated);
        Assert.Equal(png, inflated.ToArray());
    }

    [Fact]
    public void Repacking_a_package_keeps_every_part_and_types_the_main_part_as_written()
    {
        byte[] template = BuiltInTemplate.Export();
        byte[] document = PackageWriter.Repack(template, PackageKind.Document);
        using var before = new ZipArchive(new MemoryStream(template, writable: false), ZipArchiveMode.Read);
        using var after = new ZipArchive(new MemoryStream(document, writable: false), ZipArchiveMode.Read);
        Assert.Equal(before.Entries.Select(e => e.FullName), after.Entries.Select(e => e.FullName));
        using var types = new StreamReader(after.GetEntry("[Content_Types].xml")!.Open());
        Assert.Contains(MainContentType.Document, types.ReadToEnd(), StringComparison.Ordinal);
        Assert.Equal(template, PackageWriter.Repack(template, PackageKind.Template));
    }

    private static byte[] Package(string kind) => kind switch
    {
        "house" => SampleDocuments.Get("TSAG-TD521").Docx,
        "delta" => DeltaCorpus.Render(DeltaCorpus.Get("link").Old, DeltaCorpus.Get("link").New).Docx,
        "template-export" => BuiltInTemplate.Export(Core.Model.DocumentType.Report),
        "user-template" => OutputCorpus.Get("from-itu-t.dotx/TSAG-TD521").Bytes,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
