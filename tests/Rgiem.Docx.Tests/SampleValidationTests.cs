using Rgiem.Docx;

using Rgiem.Testing;

namespace Rgiem.Docx.Tests;

public class SampleValidationTests
{
    [Fact]
    public void The_rg_iem_samples_are_found_and_render()
    {
        // The three seed reports, and the four e-meetings the progress report (TSAG-TD255) covers.
        Assert.Equal(
            ["2022-12-geneva-draft-report", "2023-01-e-meeting", "2023-03-e-meeting", "2023-04-e-meeting", "2023-05-e-meeting", "TSAG-TD255", "TSAG-TD521"],
            SampleDocuments.Rendered.Select(s => s.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SampleDocuments.Names), MemberType = typeof(SampleDocuments))]
    public void Sample_has_no_Office2019_schema_errors(string name)
    {
        using var stream = new MemoryStream(SampleDocuments.Get(name).Docx, writable: false);
        var errors = DocxRenderer.Validate(stream);
        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(SampleDocuments.Names), MemberType = typeof(SampleDocuments))]
    public void Renderer_with_validation_on_accepts_the_sample_and_gives_the_same_bytes(string name)
    {
        var sample = SampleDocuments.Get(name);
        var result = new DocxRenderer(new DocxRenderOptions(Validate: true)).Render(sample.Record, sample.BaseDirectory);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(sample.Docx, result.Content);
    }
}
