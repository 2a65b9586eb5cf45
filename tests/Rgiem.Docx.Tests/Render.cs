using Rgiem.Core.Compilation;
using Rgiem.Core.Model;
using Rgiem.Docx;
using Rgiem.Testing;

namespace Rgiem.Docx.Tests;

/// <summary>Renders records held in strings or built by hand, and checks every result against the schema.</summary>
public static class Render
{
    /// <summary>Binds <paramref name="body"/> under the standard test front matter and renders it.</summary>
    public static DocxPackage Body(string body) => Record(Records.WithBody(body));

    /// <summary>Binds a whole record text and renders it; the result must be valid.</summary>
    public static DocxPackage Record(string text, string? baseDirectory = null)
    {
        var (bound, diagnostics) = Records.Bind(text);
        Assert.True(bound is not null, "The record does not bind: " + string.Join("; ", diagnostics));
        return Valid(bound.Record, baseDirectory).Package;
    }

    /// <summary>Renders a model record; asserts that it rendered and has no schema errors.</summary>
    public static (DocxPackage Package, RenderResult Result) Valid(MeetingRecord record, string? baseDirectory = null)
    {
        var result = new DocxRenderer().Render(record, baseDirectory ?? Path.GetTempPath());
        Assert.True(result.Content is not null, "No output: " + string.Join("; ", result.Diagnostics));
        using (var stream = new MemoryStream(result.Content, writable: false))
        {
            Assert.Empty(DocxRenderer.Validate(stream));
        }

        return (DocxPackage.Open(result.Content), result);
    }
}
