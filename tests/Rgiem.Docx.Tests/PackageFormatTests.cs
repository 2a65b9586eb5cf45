using System.IO.Compression;
using System.Text;
using Rgiem.Core.Compilation;
using Rgiem.Testing;

namespace Rgiem.Docx.Tests;

/// <summary>
/// The zip rgiem writes itself for the built-in house style (issue 9: no Open XML SDK package round trip, shared
/// parts deflated once): a well-formed archive that other zip readers accept, in a fixed order with fixed
/// timestamps, and the same whether a document is rendered early, late, or in another order.
/// </summary>
public class PackageFormatTests
{
    [Theory]
    [MemberData(nameof(SampleDocuments.Names), MemberType = typeof(SampleDocuments))]
    public void Every_entry_inflates_to_its_recorded_size_and_crc_with_the_fixed_date(string name)
    {
        using var zip = new ZipArchive(new MemoryStream(SampleDocuments.Get(name).Docx, writable: false), ZipArchiveMode.Read);
        Assert.True(zip.Entries.Count >= 10);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            Assert.Equal(entry.Length, buffer.Length);
            Assert.Equal(entry.Crc32, System.IO.Hashing.Crc32.HashToUInt32(buffer.ToArray()));
            Assert.Equal(new DateTime(1980, 1, 1, 0, 0, 0), entry.LastWriteTime.DateTime);
            Assert.Equal(0, entry.ExternalAttributes);
        }

        Assert.Equal(["[Content_Types].xml", "_rels/.rels", "word/document.xml"], zip.Entries.Take(3).Select(e => e.FullName));
        var rest = zip.Entries.Skip(3).Select(e => e.FullName).ToList();
        Assert.Equal(rest.Order(StringComparer.Ordinal), rest);
    }

    [Fact]
    public void The_content_types_name_every_part_and_the_relationships_every_target()
    {
        var bytes = SampleDocuments.Get("TSAG-TD521").Docx;
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        string Read(string entry)
        {
            using var reader = new StreamReader(zip.GetEntry(entry)!.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        }

        string types = Read("[Content_Types].xml");
        foreach (var part in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) && e.FullName != "[Content_Types].xml"))
        {
            Assert.Contains("PartName=\"/" + part.FullName + "\"", types, StringComparison.Ordinal);
        }

        string relationships = Read("word/_rels/document.xml.rels");
        foreach (string target in new[] { "styles.xml", "numbering.xml", "settings.xml", "header1.xml", "header2.xml" })
        {
            Assert.Contains("Target=\"" + target + "\"", relationships, StringComparison.Ordinal);
            Assert.NotNull(zip.GetEntry("word/" + target));
        }
    }

    [Fact]
    public void Rendering_records_in_any_order_and_on_many_threads_gives_the_same_bytes()
    {
        // The shared parts are built once per process, by whichever thread comes first.
        var samples = SampleDocuments.Rendered;
        var results = new byte[samples.Count * 4][];
        Parallel.For(0, results.Length, i =>
        {
            var sample = samples[samples.Count - 1 - (i % samples.Count)];
            results[i] = new DocxRenderer().Render(sample.Record, sample.BaseDirectory).Content!;
        });

        for (int i = 0; i < results.Length; i++)
        {
            Assert.Equal(samples[samples.Count - 1 - (i % samples.Count)].Docx, results[i]);
        }
    }

    [Fact]
    public void A_summarized_record_rendered_late_gives_the_bytes_of_its_early_rendering()
    {
        var options = new CompilationOptions([RepoPaths.RgIemSamples], RepoPaths.Root, Keep: RecordRetention.Summary);
        var renderer = new DocxRenderer();
        var compilation = Compiler.Compile(options, Compiler.Discover(options), (path, display, bound) => OutputWriter.RenderBound(renderer, path, display, bound));
        var meetings = compilation.Records.Where(r => r.Rendered is not null).ToList();
        Assert.Equal(6, meetings.Count);
        foreach (var record in meetings)
        {
            Assert.True(record.Bound!.IsSummary);
            var late = OutputWriter.Render(renderer, record, compilation.Options);
            Assert.Empty(late.Diagnostics);
            Assert.Equal(record.Rendered!.Content, late.Content);
        }
    }
}
