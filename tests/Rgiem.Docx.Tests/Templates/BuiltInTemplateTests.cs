using Rgiem.Core.Model;
using Rgiem.Docx.Templates;
using Rgiem.Testing;

namespace Rgiem.Docx.Tests.Templates;

public class BuiltInTemplateTests
{
    [Theory]
    [InlineData(DocumentType.TD)]
    [InlineData(DocumentType.C)]
    [InlineData(DocumentType.Report)]
    [InlineData(DocumentType.LS)]
    public void The_export_is_a_valid_deterministic_template_that_template_check_accepts(DocumentType type)
    {
        byte[] template = BuiltInTemplate.Export(type);
        Assert.Empty(BuiltInTemplate.Validate(template));
        Assert.Equal(template, BuiltInTemplate.Export(type));
        string path = Path.Combine(Path.GetTempPath(), "rgiem-export-" + Guid.NewGuid().ToString("N") + ".dotx");
        File.WriteAllBytes(path, template);
        try
        {
            Assert.Empty(TemplateChecker.Check(path, "itu-t.dotx").Diagnostics);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_committed_templates_itu_t_dotx_is_the_export()
    {
        Assert.Equal(BuiltInTemplate.Export(), File.ReadAllBytes(Path.Combine(RepoPaths.Root, "templates", "itu-t.dotx")));
    }

    [Fact]
    public void Building_with_the_exported_template_fills_the_same_cover_as_the_built_in_rendering()
    {
        var sample = SampleDocuments.Get("TSAG-TD521");
        string path = Path.Combine(Path.GetTempPath(), "rgiem-export-" + Guid.NewGuid().ToString("N") + ".dotx");
        File.WriteAllBytes(path, BuiltInTemplate.Export());
        try
        {
            var result = new DocxRenderer(new DocxRenderOptions(Validate: true, Template: path)).Render(sample.Record, sample.BaseDirectory);
            Assert.NotNull(result.Content);
            Assert.DoesNotContain(result.Diagnostics, d => d.Id is "RG8002" or "RG8016" or "RG8018");
            var built = new CoverTable(DocxPackage.Open(sample.Docx).CoverTable);
            var filled = new CoverTable(DocxPackage.Open(result.Content).CoverTable);
            Assert.Equal(built.Cells, filled.Cells);
            Assert.Contains("TSAG-TD521", DocxPackage.Text(DocxPackage.Open(result.Content).DefaultHeader.Root!), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
