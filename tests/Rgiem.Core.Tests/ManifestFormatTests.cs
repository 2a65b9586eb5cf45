using System.Text;
using Rgiem.Core.Caching;
using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Tests;

public class ManifestFormatTests
{
    private static CacheManifest Sample()
    {
        var located = new Diagnostic(LoadDescriptors.NoRecords, SourceLocation.At("a b/r.md", 3, 4, 5), DiagnosticSeverity.Warning, "tab\there, line\nend, back\\slash, ü");
        var record = new CachedRecord("/p/a b/r.md", "a b/r.md", "key1", "/p/out/R.docx", "hash1", [located], [Diagnostic.Create(RenderDescriptors.LogoFormat, SourceLocation.FileOnly("a b/r.md"), "logo.gif")]);
        return new CacheManifest(
            "k",
            [new("/p/a b/r.md", "h1"), new("/p/README.md", "h2")],
            new Dictionary<string, string> { ["/p/rgiem.yaml"] = "h3", ["/p/documents.csv"] = string.Empty },
            [record, record with { FullPath = "/p/s.md", Output = string.Empty, Diagnostics = [], RenderDiagnostics = [] }],
            [Diagnostic.Create(LoadDescriptors.PathNotFound, SourceLocation.None, "x")],
            [located],
            ["README.md"]);
    }

    [Fact]
    public void A_manifest_reads_back_as_written_escapes_included()
    {
        var manifest = Sample();
        var read = ManifestFormat.Read(ManifestFormat.Write(manifest));
        Assert.Equal(manifest.Key, read.Key);
        Assert.Equal(manifest.Inputs, read.Inputs);
        Assert.Equal(manifest.Files.OrderBy(f => f.Key, StringComparer.Ordinal), read.Files.OrderBy(f => f.Key, StringComparer.Ordinal));
        Assert.Equal(manifest.Records.Select(r => (r.FullPath, r.DisplayPath, r.RenderKey, r.Output, r.OutputHash)), read.Records.Select(r => (r.FullPath, r.DisplayPath, r.RenderKey, r.Output, r.OutputHash)));
        Assert.Equal(manifest.Records[0].Diagnostics, read.Records[0].Diagnostics);
        Assert.Equal(manifest.Records[0].RenderDiagnostics, read.Records[0].RenderDiagnostics);
        Assert.Equal(manifest.Global, read.Global);
        Assert.Equal(manifest.Build, read.Build);
        Assert.Equal(manifest.Skipped, read.Skipped);
        Assert.Equal(ManifestFormat.Write(manifest), ManifestFormat.Write(read));
    }

    [Fact]
    public void An_output_stamp_reads_back_and_a_record_line_without_one_reads_as_unknown()
    {
        var manifest = Sample();
        manifest = manifest with { Records = [manifest.Records[0] with { OutputStamp = new FileStamp(8276, 639309883268443590) }, manifest.Records[1]] };
        var read = ManifestFormat.Read(ManifestFormat.Write(manifest));
        Assert.Equal(new FileStamp(8276, 639309883268443590), read.Records[0].OutputStamp);
        Assert.Null(read.Records[1].OutputStamp);

        // A manifest of an earlier rgiem: record lines of six fields, no stamp (the outputs are then hashed).
        string body = "rgiem-cache\t2\nkey\tk\nrecord\t/p/r.md\tr.md\tkey1\t/p/out/R.docx\thash1\n";
        byte[] bytes = Encoding.UTF8.GetBytes(body + "end\t" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(body))) + "\n");
        var old = ManifestFormat.Read(bytes);
        Assert.Equal("hash1", Assert.Single(old.Records).OutputHash);
        Assert.Null(old.Records[0].OutputStamp);
    }

    [Theory]
    [InlineData("truncated", "it is truncated")]
    [InlineData("flipped", "its checksum does not match its content")]
    [InlineData("empty", "it is truncated")]
    public void A_damaged_manifest_is_refused_with_the_reason(string damage, string reason)
    {
        byte[] bytes = ManifestFormat.Write(Sample());
        byte[] damaged = damage switch
        {
            "truncated" => bytes[..^10],
            "flipped" => [.. bytes[..20], (byte)(bytes[20] ^ 1), .. bytes[21..]],
            _ => [],
        };
        var error = Assert.Throws<FormatException>(() => ManifestFormat.Read(damaged));
        Assert.Equal(reason, error.Message);
    }

    [Fact]
    public void A_manifest_with_a_valid_checksum_but_an_unknown_id_is_refused()
    {
        string text = Encoding.UTF8.GetString(ManifestFormat.Write(Sample()));
        string body = text[..text.LastIndexOf("end\t", StringComparison.Ordinal)].Replace("RG0005", "RG0999", StringComparison.Ordinal);
        byte[] forged = Encoding.UTF8.GetBytes(body + "end\t" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(body))) + "\n");
        Assert.Throws<FormatException>(() => ManifestFormat.Read(forged));
    }
}
