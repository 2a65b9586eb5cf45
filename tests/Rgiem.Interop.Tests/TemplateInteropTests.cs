using Rgiem.Core.Compilation;
using Rgiem.Docx;
using Rgiem.Testing;

namespace Rgiem.Interop.Tests;

/// <summary>LibreOffice opens both templates and what rgiem builds with them and with each document type.</summary>
public class TemplateInteropTests
{
    public static TheoryData<string> Projects => new() { "group", "types" };

    [SkippableTheory]
    [MemberData(nameof(Projects))]
    public void LibreOffice_converts_every_output_and_page_1_shows_its_title(string project)
    {
        var compilation = Compiler.Compile(new CompilationOptions([Path.Combine(RepoPaths.Samples, project)], RepoPaths.Root));
        string folder = Path.Combine(InteropSamples.Scratch, "templates-" + project);
        Directory.CreateDirectory(folder);
        foreach (var compiled in compilation.Records)
        {
            var record = compiled.Bound!.Record;
            var result = new DocxRenderer(new DocxRenderOptions(Validate: true)).Render(record, Path.GetDirectoryName(compiled.FullPath)!);
            Assert.NotNull(result.Content);
            string docx = Path.Combine(folder, Path.GetFileNameWithoutExtension(compiled.FullPath) + ".docx");
            File.WriteAllBytes(docx, result.Content);
            string pdf = LibreOffice.ConvertToPdf(docx, Path.Combine(folder, "pdf"));
            string page1 = SeedText.Normalize(Poppler.Text(pdf, 1, 1));
            Assert.Contains(SeedText.Normalize(record.Metadata.Title!)[..30], page1, StringComparison.Ordinal);
            Assert.DoesNotContain("{{", page1, StringComparison.Ordinal);
        }
    }

    [SkippableTheory]
    [InlineData("templates/itu-t.dotx")]
    [InlineData("samples/group/rg-group.dotx")]
    public void LibreOffice_opens_the_template(string template)
    {
        string folder = Path.Combine(InteropSamples.Scratch, "dotx");
        Directory.CreateDirectory(folder);
        string copy = Path.Combine(folder, Path.GetFileName(template));
        File.Copy(Path.Combine(RepoPaths.Root, template), copy, overwrite: true);
        string pdf = LibreOffice.ConvertToPdf(copy, Path.Combine(folder, "pdf"));
        Assert.Contains("{{title}}", Poppler.Text(pdf, 1, 1).Replace("{{ti tle}}", "{{title}}", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
