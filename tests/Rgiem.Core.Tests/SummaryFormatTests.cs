using System.Reflection;
using Rgiem.Core.Binding;
using Rgiem.Core.Caching;
using Rgiem.Core.Compilation;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.FileSystem;
using Rgiem.Core.Model;
using Rgiem.Testing;

namespace Rgiem.Core.Tests;

/// <summary>
/// The build cache stores each record's summary and own diagnostics (<see cref="SummaryWriter"/>, <see cref="SummaryReader"/>):
/// what it reads back must be what was written, field for field, and the bytes must not depend on anything but the entry.
/// </summary>
public class SummaryFormatTests
{
    private static IReadOnlyList<CompiledRecord> Summaries() =>
        Compiler.Compile(new CompilationOptions([RepoPaths.RgIemSamples], RepoPaths.Root, Keep: RecordRetention.Summary)).Records
            .Where(r => r.Bound is { IsSummary: true })
            .ToList();

    private static CheckEntry Entry(CompiledRecord record) =>
        new(record.FullPath, "key", [new FileDependency(record.FullPath, "abc")], record.Diagnostics, record.Bound!);

    [Fact]
    public void Every_summary_of_the_samples_reads_back_as_written()
    {
        var records = Summaries();
        Assert.Equal(6, records.Count);
        foreach (var record in records)
        {
            byte[] bytes = SummaryWriter.Write(Entry(record));
            var read = SummaryReader.Read(bytes);
            Assert.Equal(bytes, SummaryWriter.Write(read));
            Assert.Equal(record.FullPath, SummaryReader.Header(bytes).FullPath);

            var (a, b) = (record.Bound!, read.Summary);
            Assert.True(b.IsSummary);
            Assert.Equal(record.Diagnostics, read.Diagnostics);
            Assert.Equal(a.Source.Path, b.Source.Path);
            Assert.Equal((a.Section.YamlFirstLine, a.Section.ClosingLine), (b.Section.YamlFirstLine, b.Section.ClosingLine));
            Assert.Equal(a.Values.Location, b.Values.Location);
            Assert.Equal(a.Map.Values.OrderBy(p => p.Key, StringComparer.Ordinal), b.Map.Values.OrderBy(p => p.Key, StringComparer.Ordinal));
            Assert.Equal(a.Map.Keys.OrderBy(p => p.Key, StringComparer.Ordinal), b.Map.Keys.OrderBy(p => p.Key, StringComparer.Ordinal));
            Assert.Equal(a.Map.Value("nothing.here"), b.Map.Value("nothing.here"));
            Assert.Equal(a.Record.Actions.Select(x => (x.Id, x.Style, x.InSummary, x.LabelLocation, x.Location, BlockWalker.PlainText(x.Inlines))), b.Record.Actions.Select(x => (x.Id, x.Style, x.InSummary, x.LabelLocation, x.Location, BlockWalker.PlainText(x.Inlines))));
            Assert.Equal(a.Includes.Select(i => (i.Path, i.Text)), b.Includes.Select(i => (i.Path, i.Text)));
            Assert.Equal(a.Images, b.Images);
            Assert.Equal(a.Inputs, b.Inputs);

            // Every property of the metadata, lists compared item by item.
            foreach (var property in typeof(RecordMetadata).GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                object? x = property.GetValue(a.Record.Metadata);
                object? y = property.GetValue(b.Record.Metadata);
                if (x is System.Collections.IEnumerable xs and not string)
                {
                    Assert.Equal(xs.Cast<object>(), ((System.Collections.IEnumerable)y!).Cast<object>());
                }
                else
                {
                    Assert.Equal(x, y);
                }
            }
        }
    }

    [Fact]
    public void The_writer_knows_every_field_of_the_metadata()
    {
        // A field added to RecordMetadata must be written and read by the build cache (or left out of summaries in
        // BoundRecord.ToSummary): this list is then updated with it.
        string[] known =
        [
            "Number", "ConferenceNumber", "MeetingDocument", "NumberText", "Form", "Type", "Group", "Parent", "StudyPeriod", "Original",
            "Questions", "Meeting", "Source", "Title", "Purpose", "Contacts", "Keywords", "Abstract", "Action", "ForAction",
            "ForInformation", "Approval", "Deadline", "ActionPrefix", "Sessions", "Chair", "AssociateRapporteurs", "Documents",
            "Statistics", "Logo", "Template", "Styles", "Toc", "TocTitle", "Language", "Date", "Kind", "Covers", "ActionStatuses",
            "EffectiveActionPrefix", "FirstDay", "LastDay", "Reviews",
        ];
        Assert.Equal(known.Order(StringComparer.Ordinal), typeof(RecordMetadata).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).Where(n => n != "EqualityContract").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_entry_whose_key_is_refused_is_read_no_further()
    {
        var record = Summaries()[0];
        byte[] bytes = SummaryWriter.Write(Entry(record));
        (string Key, IReadOnlyList<FileDependency> Inputs)? seen = null;
        Assert.Null(SummaryReader.Read(bytes, (key, inputs) =>
        {
            seen = (key, inputs);
            return false;
        }));
        Assert.Equal("key", seen?.Key);
        Assert.Equal([new FileDependency(record.FullPath, "abc")], seen?.Inputs);

        // Only the header is decoded: the rest, cut short here, is not read when the key is refused.
        int header = bytes.Length / 2;
        Assert.Null(SummaryReader.Read(bytes.AsMemory(0, header), (_, _) => false));
        Assert.Throws<FormatException>(() => SummaryReader.Read(bytes.AsMemory(0, header), (_, _) => true));
        Assert.Equal(bytes, SummaryWriter.Write(SummaryReader.Read(bytes, (_, _) => true)!));
    }

    [Fact]
    public void A_damaged_entry_is_a_format_exception()
    {
        byte[] bytes = SummaryWriter.Write(Entry(Summaries()[0]));
        Assert.Throws<FormatException>(() => SummaryReader.Read(bytes.AsMemory(0, bytes.Length / 2)));
        Assert.Throws<FormatException>(() => SummaryReader.Read(new byte[][] { bytes, [0] }.SelectMany(b => b).ToArray()));
        Assert.Throws<FormatException>(() => CheckStore.Index([.. "rgiem-checks 3\n"u8, 1, (byte)'a', 0x7F, 1, 2]));
        Assert.Throws<FormatException>(() => CheckStore.Index([.. "rgiem-checks 3\n"u8, 9, (byte)'a']));
        Assert.Throws<FormatException>(() => CheckStore.Index([.. "rgiem-checks 1\n"u8]));
        Assert.Throws<FormatException>(() => CheckStore.Index([.. "rgiem-checks 2\n"u8]));
        Assert.Throws<FormatException>(() => CheckStore.Index([.. "rgiem-checks 9\n"u8]));
        byte[] other = SummaryWriter.Write(Entry(Summaries()[1]));
        var two = CheckStore.Write([("/p/a.md", bytes), ("/p/b.md", other)]);
        var index = CheckStore.Index(two);
        Assert.Equal(["/p/a.md", "/p/b.md"], index.Select(e => e.FullPath));
        Assert.Equal(bytes, index[0].Entry.ToArray());
        Assert.Equal(other, index[1].Entry.ToArray());

        // Cut inside an entry, a shard is a format exception (the cache treats it as a miss), never another exception.
        int firstEnd = two.Length - other.Length - 8 - (other.Length < 128 ? 1 : other.Length < 16384 ? 2 : 3);
        foreach (int cut in Enumerable.Range("rgiem-checks 3\n"u8.Length + 1, firstEnd - "rgiem-checks 3\n"u8.Length - 1).Where(c => c % 7 == 0).Append(two.Length - 1))
        {
            Assert.Throws<FormatException>(() => CheckStore.Index(two.AsSpan(0, cut).ToArray()));
        }
    }

    [Fact]
    public void Every_cut_and_every_altered_byte_of_an_entry_is_read_or_refused_as_a_format_exception()
    {
        // The reader decodes the slice itself (no stream): whatever the bytes, it gives an entry or a FormatException,
        // never another exception and never a read past the slice (the bytes after it here are a trap: 0xFF, a
        // never-ending number).
        byte[] bytes = SummaryWriter.Write(Real(Summaries()[0]));
        byte[] padded = [.. bytes, .. Enumerable.Repeat((byte)0xFF, 64)];
        for (int cut = 0; cut < bytes.Length; cut++)
        {
            Assert.Throws<FormatException>(() => SummaryReader.Read(padded.AsMemory(0, cut)));
            Assert.Throws<FormatException>(() => SummaryReader.ReadDeferred(padded.AsMemory(0, cut), (_, _) => true)?.Summary.Record);
        }

        for (int at = 0; at < bytes.Length; at++)
        {
            foreach (byte value in (byte[])[0x00, 0x01, 0x7F, 0x80, 0xFF, (byte)(bytes[at] ^ 0x01)])
            {
                byte[] altered = [.. padded];
                altered[at] = value;
                var slice = altered.AsMemory(0, bytes.Length);
                try
                {
                    _ = SummaryReader.Read(slice);
                    // What decodes at once decodes when deferred too (its header's inputs may differ from the summary's
                    // here: the altered byte may be in either).
                    _ = SummaryReader.ReadDeferred(slice, (_, _) => true)!.Summary.Record;
                }
                catch (FormatException)
                {
                    // Refused: the record is checked again.
                }
            }
        }
    }

    [Fact]
    public void A_deferred_read_decodes_the_same_entry_as_a_whole_read()
    {
        foreach (var record in Summaries())
        {
            byte[] bytes = SummaryWriter.Write(Real(record));
            var whole = SummaryReader.Read(bytes);
            var deferred = SummaryReader.ReadDeferred(bytes, (_, _) => true)!;
            Assert.Equal((whole.FullPath, whole.Key), (deferred.FullPath, deferred.Key));
            Assert.Equal(whole.Inputs, deferred.Inputs);
            Assert.Equal(whole.Diagnostics, deferred.Diagnostics);
            Assert.Equal(bytes, SummaryWriter.Write(deferred));
        }
    }

    /// <summary>An entry as the build cache writes it: its header's inputs are those of its summary (a deferred summary answers them from the header).</summary>
    private static CheckEntry Real(CompiledRecord record) =>
        new(record.FullPath, "key", record.Bound!.Inputs, record.Diagnostics, record.Bound!);
}
