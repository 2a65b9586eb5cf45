using Rgiem.Core.Compilation;
using Rgiem.Docx.Packaging;
using Rgiem.Docx.Templates;
using Rgiem.Samples;
using Rgiem.Testing;

namespace Rgiem.Docx.Tests.Templates;

public class SampleTemplateTests
{
    private static string TemplatePath => Path.Combine(RepoPaths.Samples, "group", "rg-group.dotx");

    [Fact]
    public void The_committed_group_template_is_what_its_generator_makes()
    {
        byte[] generated = PackageWriter.Repack(SampleTemplateGenerator.Create(), PackageKind.Template);
        if (Environment.GetEnvironmentVariable("RGIEM_UPDATE_SNAPSHOTS") == "1" && (!File.Exists(TemplatePath) || !File.ReadAllBytes(TemplatePath).SequenceEqual(generated)))
        {
            File.WriteAllBytes(TemplatePath, generated);
        }

        Assert.True(File.Exists(TemplatePath), "samples/group/rg-group.dotx is missing; run the Docx tests with RGIEM_UPDATE_SNAPSHOTS=1");
        Assert.Equal(generated, File.ReadAllBytes(TemplatePath));
        Assert.Empty(BuiltInTemplate.Validate(generated));
    }

    [Fact]
    public void The_group_template_passes_template_check_with_its_style_map()
    {
        var styles = new Dictionary<string, string> { ["code"] = "Source Code", ["quote"] = "Block Text", ["table"] = "Group Table" };
        var report = TemplateChecker.Check(TemplatePath, "rg-group.dotx", styles);
        Assert.Empty(report.Diagnostics);
        Assert.Contains(report.Placeholders, p => p.StartsWith("title (marker", StringComparison.Ordinal));
        Assert.Contains(report.Placeholders, p => p.StartsWith("purpose (content control", StringComparison.Ordinal));
        Assert.Contains(report.Placeholders, p => p.StartsWith("Title (DOCPROPERTY field in the footer", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_its_style_map_the_check_names_the_styles_it_lacks()
    {
        var report = TemplateChecker.Check(TemplatePath, "rg-group.dotx");
        Assert.Equal(["RG8015", "RG8015", "RG8015"], report.Diagnostics.Select(d => d.Id));
        Assert.Contains(report.Diagnostics, d => d.Message.Contains("'Code'", StringComparison.Ordinal));
    }

    [Fact]
    public void The_rg_iem_samples_build_with_the_group_template_valid_and_deterministic()
    {
        var compilation = Compiler.Compile(new CompilationOptions([Path.Combine(RepoPaths.Samples, "group")], RepoPaths.Root));
        Assert.Equal(7, compilation.Records.Count); // three seed reports, four e-meetings
        byte[] before = File.ReadAllBytes(TemplatePath);
        foreach (var compiled in compilation.Records)
        {
            Assert.False(compiled.HasErrors, string.Join("; ", compiled.Diagnostics));
            var record = compiled.Bound!.Record;
            Assert.Equal(TemplatePath, record.Metadata.Template);
            var result = new DocxRenderer(new DocxRenderOptions(Validate: true)).Render(record, Path.GetDirectoryName(compiled.FullPath)!);
            Assert.True(result.Content is not null, string.Join("; ", result.Diagnostics));
            Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Core.Diagnostics.DiagnosticSeverity.Error);
            Assert.Equal(result.Content, new DocxRenderer().Render(record, Path.GetDirectoryName(compiled.FullPath)!).Content);

            var package = DocxPackage.Open(result.Content);
            string text = DocxPackage.Text(package.Body);
            Assert.Contains(record.Metadata.Title!, text, StringComparison.Ordinal);
            Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        }

        Assert.Equal(before, File.ReadAllBytes(TemplatePath));
    }
}
