using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Rgiem.Core.Caching;
using Rgiem.Core.Compilation;
using Rgiem.Core.Diagnostics;
using Rgiem.Testing;

namespace Rgiem.Core.Tests;

/// <summary>
/// The build cache's files are written as streams (<see cref="ManifestFormat.Write(Stream, CacheManifest, byte[])"/>,
/// <see cref="CheckStore.Write(Stream, IReadOnlyList{ValueTuple{string, ReadOnlyMemory{byte}}})"/>), no longer built
/// whole as strings: the bytes must be those of the old way, kept here as the oracle.
/// </summary>
public class CacheStreamingTests
{
    private static CacheManifest Sample(int records)
    {
        var located = new Rgiem.Core.Diagnostics.Diagnostic(LoadDescriptors.NoRecords, SourceLocation.At("a b/r.md", 3, 4, 5), DiagnosticSeverity.Warning, "tab\there, line\nend\r, back\\slash, ü, 😀, lone \ud800 surrogate, \\t");
        var list = new List<CachedRecord>();
        for (int i = 0; i < records; i++)
        {
            string n = i.ToString(CultureInfo.InvariantCulture);
            list.Add(new CachedRecord("/p/a b/r" + n + ".md", "a b/r" + n + ".md", "key" + n, "/p/out/R" + n + ".docx", "hash" + n, i % 3 == 0 ? [located] : [], [Rgiem.Core.Diagnostics.Diagnostic.Create(RenderDescriptors.LogoFormat, SourceLocation.FileOnly("a\tb/r.md"), "logo" + n + ".gif")])
            {
                OutputStamp = i % 2 == 0 ? new FileStamp(8276 + i, 639309883268443590 + i) : null,
            });
        }

        return new CacheManifest(
            "k\\ey",
            [new("/p/a b/r.md", "h1"), new("/p/README\n.md", "h2")],
            new Dictionary<string, string> { ["/p/rgiem.yaml"] = "h3", ["/p/documents.csv"] = string.Empty },
            list,
            [Rgiem.Core.Diagnostics.Diagnostic.Create(LoadDescriptors.PathNotFound, SourceLocation.None, "x")],
            [located],
            ["README.md", "ü\t.md"])
        {
            CheckShards = new Dictionary<int, string> { [1] = "b", [0] = "a" },
            InputStamps = new Dictionary<string, Rgiem.Core.FileSystem.InputStamp> { ["/p/README\n.md"] = new(7, 1_600_000_000_123_456_789, 1_600_000_000_123_456_790, 2049, 12345, 1_700_000_000_000_000_000) },
        };
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, false)]
    [InlineData(3000, false)]
    [InlineData(3000, true)]
    public void The_streamed_manifest_is_byte_for_byte_the_one_built_as_a_string(int records, bool signed)
    {
        var manifest = Sample(records);
        byte[]? key = signed ? Enumerable.Range(0, 32).Select(i => (byte)i).ToArray() : null;
        byte[] expected = OldManifest(manifest, key);
        Assert.Equal(expected, ManifestFormat.Write(manifest, key));

        using var stream = new MemoryStream();
        ManifestFormat.Write(stream, manifest, key);
        Assert.Equal(expected, stream.ToArray());
        Assert.Equal(records, ManifestFormat.Read(expected, key).Records.Count);
    }

    [Fact]
    public void A_streamed_shard_is_byte_for_byte_the_one_built_in_memory_and_its_hash_is_that_of_its_bytes()
    {
        var random = new Random(5);
        var entries = Enumerable.Range(0, 64).Select(i =>
        {
            byte[] entry = new byte[random.Next(0, 4000)];
            random.NextBytes(entry);
            return ("/p/ü/r" + i.ToString(CultureInfo.InvariantCulture) + ".md", (ReadOnlyMemory<byte>)entry);
        }).ToList();

        byte[] expected = OldShard(entries);
        using var stream = new MemoryStream();
        string hash = CheckStore.Write(stream, entries);
        Assert.Equal(expected, stream.ToArray());
        Assert.Equal(expected, CheckStore.Write(entries));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(expected)), hash);
        Assert.Equal(entries.Select(e => e.Item1), CheckStore.Index(expected).Select(e => e.FullPath));
    }

    [Fact]
    public void A_file_written_from_a_stream_replaces_its_target_atomically_and_leaves_no_temporary_file()
    {
        using var folder = new TempFolder();
        string path = folder.Write("cache/manifest", [1, 2, 3]);
        AtomicFile.Write(path, stream => stream.Write([4, 5]), flushToDisk: false);
        Assert.Equal([4, 5], File.ReadAllBytes(path));

        Assert.Throws<IOException>(() => AtomicFile.Write(path, _ => throw new IOException("disk full"), flushToDisk: false));
        Assert.Equal([4, 5], File.ReadAllBytes(path));
        Assert.Equal(["cache/manifest"], folder.Files());
    }

    /// <summary>The shard writer before it streamed.</summary>
    private static byte[] OldShard(IReadOnlyList<(string FullPath, ReadOnlyMemory<byte> Entry)> entries)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream, Encoding.UTF8);
        writer.Write(Encoding.ASCII.GetBytes("rgiem-checks 3\n"));
        foreach (var (fullPath, entry) in entries)
        {
            writer.Write(fullPath);
            writer.Write7BitEncodedInt(entry.Length);
            writer.Write(entry.Span);
        }

        writer.Flush();
        return stream.ToArray();
    }

    /// <summary>The manifest writer before it streamed (main 0db7823).</summary>
    private static byte[] OldManifest(CacheManifest manifest, byte[]? signingKey)
    {
        var text = new StringBuilder();
        text.Append(Magic).Append('\n');
        Line(text, "key", manifest.Key);
        foreach (var (shard, hash) in manifest.CheckShards.OrderBy(s => s.Key))
        {
            Line(text, "checks", shard.ToString(CultureInfo.InvariantCulture), hash);
        }

        foreach (var (path, hash) in manifest.Inputs)
        {
            if (manifest.InputStamps.TryGetValue(path, out var stamp))
            {
                Line(text, "input", path, hash, stamp.Length.ToString(CultureInfo.InvariantCulture), stamp.ModifiedNs.ToString(CultureInfo.InvariantCulture), stamp.ChangedNs.ToString(CultureInfo.InvariantCulture), stamp.Device.ToString(CultureInfo.InvariantCulture), stamp.Inode.ToString(CultureInfo.InvariantCulture), stamp.ClockNs.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                Line(text, "input", path, hash);
            }
        }

        foreach (var (path, hash) in manifest.Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            Line(text, "file", path, hash);
        }

        foreach (var record in manifest.Records)
        {
            Line(
                text,
                "record",
                record.FullPath,
                record.DisplayPath,
                record.RenderKey,
                record.Output,
                record.OutputHash,
                record.OutputStamp?.Length.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                record.OutputStamp?.LastWriteTicks.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
            foreach (var diagnostic in record.Diagnostics)
            {
                Diagnostic(text, "diag", diagnostic);
            }

            foreach (var diagnostic in record.RenderDiagnostics)
            {
                Diagnostic(text, "rdiag", diagnostic);
            }
        }

        foreach (var diagnostic in manifest.Global)
        {
            Diagnostic(text, "global", diagnostic);
        }

        foreach (var diagnostic in manifest.Build)
        {
            Diagnostic(text, "build", diagnostic);
        }

        foreach (string skipped in manifest.Skipped)
        {
            Line(text, "skipped", skipped);
        }

        byte[] body = Encoding.UTF8.GetBytes(text.ToString());
        byte[] end = Encoding.UTF8.GetBytes("end\t" + Checksum(body, signingKey) + "\n");
        return [.. body, .. end];
    }

    private const string Magic = "rgiem-cache\t2";

    private static string Checksum(ReadOnlySpan<byte> body, byte[]? key) =>
        key is null ? Convert.ToHexStringLower(SHA256.HashData(body)) : "hmac:" + Convert.ToHexStringLower(HMACSHA256.HashData(key, body));

    private static void Diagnostic(StringBuilder text, string kind, Rgiem.Core.Diagnostics.Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        Line(
            text,
            kind,
            diagnostic.Id,
            ((int)diagnostic.Severity).ToString(CultureInfo.InvariantCulture),
            location.Path,
            location.Start.Line.ToString(CultureInfo.InvariantCulture),
            location.Start.Character.ToString(CultureInfo.InvariantCulture),
            location.End.Line.ToString(CultureInfo.InvariantCulture),
            location.End.Character.ToString(CultureInfo.InvariantCulture),
            diagnostic.Message);
    }

    private static void Line(StringBuilder text, string kind, params string[] fields)
    {
        text.Append(kind);
        foreach (string field in fields)
        {
            text.Append('\t');
            foreach (char c in field)
            {
                _ = c switch
                {
                    '\\' => text.Append(@"\\"),
                    '\t' => text.Append(@"\t"),
                    '\n' => text.Append(@"\n"),
                    '\r' => text.Append(@"\r"),
                    _ => text.Append(c),
                };
            }
        }

        text.Append('\n');
    }
}
