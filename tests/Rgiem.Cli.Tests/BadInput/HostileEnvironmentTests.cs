using System.Globalization;
using Rgiem.Cli.Tests.Support;
using Rgiem.Core.Loading;
using Rgiem.Testing;

namespace Rgiem.Cli.Tests.BadInput;

/// <summary>
/// A hostile environment and hostile files: each gives a clear diagnostic with a stable ID and the right exit code
/// (0 clean, 1 errors, 2 rgiem could not run), and nothing leaves the project unless the command line says so.
/// </summary>
public sealed class HostileEnvironmentTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static string WithTemplate(string template) =>
        Records.FrontMatter.Replace("abstract:", "template: " + template + "\nabstract:", StringComparison.Ordinal);

    [Fact]
    public void A_missing_template_in_the_front_matter_is_RG8010_with_exit_code_1_and_no_document()
    {
        folder.Write("p/rgiem.yaml", "records: .\n");
        folder.Write("p/r.md", WithTemplate("missing.dotx") + "Text.\n");
        var run = CliRunner.Run(folder.FullPath, "build", "p");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Diagnostics, d => d.Id == "RG8010");
        Assert.Empty(folder.Files("p/out"));
    }

    [Fact]
    public void A_missing_template_on_the_command_line_exits_with_an_error_and_no_document()
    {
        folder.Write("p/r.md", Records.WithBody("Text.\n"));
        var run = CliRunner.Run(folder.FullPath, "build", "p", "--template", "nowhere/missing.dotx");
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(run.Diagnostics, d => d.Severity == "error");
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Empty(folder.Files("p/out"));
    }

    [Fact]
    public void A_record_that_vanishes_before_it_is_read_is_RG0001()
    {
        var load = SourceLoader.Load(folder.Combine("gone.md"), "gone.md");
        Assert.Null(load.Source);
        Assert.Equal("RG0001", Assert.Single(load.Diagnostics).Id);
    }

    [Fact]
    public void Records_deleted_while_a_build_runs_give_documents_or_diagnostics_never_a_crash()
    {
        for (int i = 1; i <= 150; i++)
        {
            folder.Write($"p/r{i:D3}.md", Records.FrontMatter.Replace("TSAG-TD521", "TSAG-TD" + i.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) + "Text.\n");
        }

        var deleter = new Thread(() =>
        {
            for (int i = 150; i >= 1; i -= 2)
            {
                File.Delete(folder.Combine($"p/r{i:D3}.md"));
                Thread.Sleep(1);
            }
        });
        deleter.Start();
        var run = CliRunner.Run(folder.FullPath, "build", "p");
        deleter.Join();

        Assert.True(run.ExitCode is 0 or 1, run.ToString());
        Assert.DoesNotContain("   at ", run.Output + run.Error, StringComparison.Ordinal);
        Assert.All(run.Diagnostics.Where(d => d.Severity == "error"), d => Assert.Equal("RG0001", d.Id));
        Assert.True(folder.Files("p/out").Count >= 75, "Every record that was not deleted is built");
    }

    [SkippableFact]
    public void A_symbolic_link_loop_in_the_records_tree_is_skipped_without_hanging()
    {
        Skip.If(OperatingSystem.IsWindows(), "Creating symbolic links needs privileges on Windows.");
        folder.Write("p/a/r.md", Records.WithBody("Text.\n"));
        Directory.CreateSymbolicLink(folder.Combine("p/a/loop"), folder.Combine("p/a"));
        Directory.CreateSymbolicLink(folder.Combine("p/self"), folder.Combine("p/self"));
        var run = CliRunner.Run(folder.FullPath, "build", "p");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["p/out/.rgiem-cache/checks-0", "p/out/.rgiem-cache/manifest", "p/out/TSAG-TD521.docx"], folder.Files("p/out"));
    }

    [Fact]
    public void Paths_with_spaces_and_non_ASCII_names_build()
    {
        folder.Write("Réunions 2024/سجل الاجتماع 会议.md", Records.WithBody("Text.\n"));
        var run = CliRunner.Run(folder.FullPath, "build", "Réunions 2024", "-o", "sortie é");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["sortie é/.rgiem-cache/checks-0", "sortie é/.rgiem-cache/manifest", "sortie é/TSAG-TD521.docx"], folder.Files("sortie é"));
        Assert.Contains("sortie é/TSAG-TD521.docx", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../outside.dotx")]
    [InlineData("sub/../../outside.dotx")]
    [InlineData("ABSOLUTE")]
    public void A_template_outside_the_project_is_RG0031_and_no_document(string template)
    {
        folder.Write("outside.dotx", Rgiem.Docx.Templates.BuiltInTemplate.Export());
        folder.Write("p/rgiem.yaml", "records: .\n");
        string path = template == "ABSOLUTE" ? folder.Combine("outside.dotx") : template;
        folder.Write("p/r.md", WithTemplate(path) + "Text.\n");
        var run = CliRunner.Run(folder.FullPath, "build", "p");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("RG0031", Assert.Single(run.Diagnostics, d => d.Severity == "error").Id);
        Assert.Empty(folder.Files("p/out"));
    }

    [SkippableFact]
    public void A_template_reached_through_a_symbolic_link_to_outside_is_RG0031_but_the_command_line_may_name_it()
    {
        Skip.If(OperatingSystem.IsWindows(), "Creating symbolic links needs privileges on Windows.");
        folder.Write("outside.dotx", Rgiem.Docx.Templates.BuiltInTemplate.Export());
        folder.Write("p/rgiem.yaml", "records: .\ntemplate: link.dotx\n");
        File.CreateSymbolicLink(folder.Combine("p/link.dotx"), folder.Combine("outside.dotx"));
        folder.Write("p/r.md", Records.WithBody("Text.\n"));
        var run = CliRunner.Run(folder.FullPath, "build", "p");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("RG0031", Assert.Single(run.Diagnostics, d => d.Severity == "error").Id);

        var given = CliRunner.Run(folder.FullPath, "build", "p", "--template", "outside.dotx");
        Assert.Equal(0, given.ExitCode);
        Assert.Equal(["p/out/.rgiem-cache/checks-0", "p/out/.rgiem-cache/manifest", "p/out/TSAG-TD521.docx"], folder.Files("p/out"));
    }

    [Theory]
    [InlineData("../elsewhere")]
    [InlineData("ABSOLUTE")]
    public void An_output_folder_outside_the_project_in_rgiem_yaml_is_RG0032_and_nothing_is_written(string output)
    {
        string path = output == "ABSOLUTE" ? folder.Combine("elsewhere") : output;
        folder.Write("p/rgiem.yaml", "records: .\noutput: " + path + "\n");
        folder.Write("p/r.md", Records.WithBody("Text.\n"));
        var run = CliRunner.Run(folder.FullPath, "build", "p");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("RG0032", Assert.Single(run.Diagnostics, d => d.Severity == "error").Id);
        Assert.Equal(["p/r.md", "p/rgiem.yaml"], folder.Files());

        var given = CliRunner.Run(folder.FullPath, "build", "p", "--output", "elsewhere");
        Assert.Equal(0, given.ExitCode);
        Assert.Equal(["elsewhere/.rgiem-cache/checks-0", "elsewhere/.rgiem-cache/manifest", "elsewhere/TSAG-TD521.docx"], folder.Files("elsewhere"));
    }

    [SkippableFact]
    public void An_output_folder_that_is_a_symbolic_link_to_outside_is_RG0032()
    {
        Skip.If(OperatingSystem.IsWindows(), "Creating symbolic links needs privileges on Windows.");
        Directory.CreateDirectory(folder.Combine("elsewhere"));
        folder.Write("p/rgiem.yaml", "records: .\n");
        Directory.CreateSymbolicLink(folder.Combine("p/out"), folder.Combine("elsewhere"));
        folder.Write("p/r.md", Records.WithBody("Text.\n"));
        var run = CliRunner.Run(folder.FullPath, "build", "p");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("RG0032", Assert.Single(run.Diagnostics, d => d.Severity == "error").Id);
        Assert.Empty(folder.Files("elsewhere"));
    }

    [Fact]
    public void Raw_HTML_that_looks_like_WordprocessingML_never_becomes_markup()
    {
        folder.Write("p/r.md", Records.WithBody("""
            # 1 Introduction

            <w:p><w:r><w:t>INJECTED</w:t></w:r></w:p>

            <script>alert('x')</script>

            A paragraph with <w:br/> and <b>bold</b> inline and a </w:body> end tag.
            """ + "\n"));
        var run = CliRunner.Run(folder.FullPath, "build", "p", "--validate");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.Diagnostics, d => d.Id == "RG2008");
        byte[] docx = File.ReadAllBytes(folder.Combine("p/out/TSAG-TD521.docx"));
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        string xml = reader.ReadToEnd();
        // Dropped with RG2008 or kept as literal text (escaped), never as elements of the document.
        Assert.DoesNotContain("<w:t>INJECTED", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", xml, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(xml, "<w:body>"));
        using var stream = new MemoryStream(docx);
        Assert.Empty(Rgiem.Docx.DocxRenderer.Validate(stream));
    }
}
