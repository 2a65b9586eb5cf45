using Rgiem.Testing;
using Rgiem.Cli.Tests.Support;
using Rgiem.Docx;

namespace Rgiem.Cli.Tests;

public class TemplateCommandTests
{
    [Fact]
    public void Export_writes_a_valid_template_that_check_accepts_and_build_uses()
    {
        using var cli = new TempFolder();
        cli.CopySamples(".");
        var export = CliRunner.Run(cli.FullPath, "template", "export", "group.dotx");
        Assert.True(export.ExitCode == 0, export.Output + export.Error);
        Assert.True(File.Exists(cli.Combine("group.dotx")));

        var check = CliRunner.Run(cli.FullPath, "template", "check", "group.dotx");
        Assert.True(check.ExitCode == 0, check.Output + check.Error);
        Assert.Contains("placeholder title (marker in the document)", check.Output, StringComparison.Ordinal);

        byte[] template = File.ReadAllBytes(cli.Combine("group.dotx"));
        var build = CliRunner.Run(cli.FullPath, "build", ".", "--template", "group.dotx", "--validate", "--format", "msbuild");
        Assert.True(build.ExitCode == 0, build.Output + build.Error);
        Assert.Equal(7, Directory.GetFiles(cli.Combine("out"), "*.docx").Length); // three seed reports, four e-meetings
        foreach (string file in Directory.GetFiles(cli.Combine("out"), "*.docx"))
        {
            using var stream = File.OpenRead(file);
            Assert.Empty(DocxRenderer.Validate(stream));
        }

        Assert.Equal(template, File.ReadAllBytes(cli.Combine("group.dotx")));
    }

    [Fact]
    public void A_macro_enabled_template_is_refused_by_check_and_build_and_nothing_is_written()
    {
        using var cli = new TempFolder();
        cli.CopySamples(".");
        Assert.Equal(0, CliRunner.Run(cli.FullPath, "template", "export", "group.dotm").ExitCode);

        var check = CliRunner.Run(cli.FullPath, "template", "check", "group.dotm", "--format", "msbuild");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("error RG8012", check.Output, StringComparison.Ordinal);

        var build = CliRunner.Run(cli.FullPath, "build", ".", "--template", "group.dotm", "--format", "msbuild");
        Assert.Equal(1, build.ExitCode);
        Assert.Contains("error RG8012", build.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(cli.Combine("out")) && Directory.EnumerateFiles(cli.Combine("out")).Any());
    }

    [Fact]
    public void A_corrupt_template_in_the_front_matter_is_an_error_and_no_document()
    {
        using var cli = new TempFolder();
        cli.CopySamples(".");
        cli.Write("broken.dotx", "PK not really a zip");
        File.AppendAllText(cli.Combine("rgiem.yaml"), "template: broken.dotx\n");
        var build = CliRunner.Run(cli.FullPath, "build", ".", "--format", "msbuild");
        Assert.Equal(1, build.ExitCode);
        Assert.Contains("error RG8011", build.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(cli.Combine("out")) && Directory.EnumerateFiles(cli.Combine("out")).Any());
    }

    [Fact]
    public void A_template_that_would_be_overwritten_by_an_output_is_refused()
    {
        using var cli = new TempFolder();
        cli.CopySamples(".");
        Directory.CreateDirectory(cli.Combine("out"));
        Assert.Equal(0, CliRunner.Run(cli.FullPath, "template", "export", "out/TSAG-TD521.docx").ExitCode);
        byte[] template = File.ReadAllBytes(cli.Combine("out/TSAG-TD521.docx"));
        var build = CliRunner.Run(cli.FullPath, "build", ".", "--template", "out/TSAG-TD521.docx", "--format", "msbuild");
        Assert.Equal(1, build.ExitCode);
        Assert.Contains("RG0008", build.Output, StringComparison.Ordinal);
        Assert.Equal(template, File.ReadAllBytes(cli.Combine("out/TSAG-TD521.docx")));
    }
}
