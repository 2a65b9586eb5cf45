using System.Text;
using Rgiem.Core.Loading;

namespace Rgiem.Core.Tests;

public class SourceLoaderTests
{
    [Fact]
    public void Strips_the_byte_order_mark_and_normalises_line_ends()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("---\r\na: b\r---\n")).ToArray();
        var result = SourceLoader.Decode(bytes, "r.md");
        Assert.Empty(result.Diagnostics);
        Assert.Equal("---\na: b\n---\n", result.Source!.Text);
        Assert.Equal(4, result.Source.LineCount);
    }

    [Fact]
    public void A_binary_file_is_RG0002_with_the_offset_of_the_first_NUL()
    {
        var result = SourceLoader.Decode(new byte[] { (byte)'-', (byte)'-', 0, 1, 2 }, "logo.md");
        Assert.Null(result.Source);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("RG0002", diagnostic.Id);
        Assert.Contains("byte 2", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_UTF8_is_RG0003_at_the_line_and_column_of_the_bad_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes("\n---\n")).ToArray();
        var result = SourceLoader.Decode(bytes, "latin1.md");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("RG0003", diagnostic.Id);
        Assert.Equal(1, diagnostic.Location.Start.Line);
        Assert.Equal(10, diagnostic.Location.Start.Character);
        Assert.Contains("0xE9", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_limit_is_RG0004_without_being_read()
    {
        string path = Path.Combine(Path.GetTempPath(), "rgiem-large-" + Guid.NewGuid() + ".md");
        try
        {
            File.WriteAllBytes(path, new byte[2048]);
            var result = SourceLoader.Load(path, "large.md", maxBytes: 1024);
            Assert.Equal("RG0004", Assert.Single(result.Diagnostics).Id);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_is_RG0001()
    {
        var result = SourceLoader.Load("/nonexistent/rgiem/record.md", "record.md");
        Assert.Equal("RG0001", Assert.Single(result.Diagnostics).Id);
    }
}
