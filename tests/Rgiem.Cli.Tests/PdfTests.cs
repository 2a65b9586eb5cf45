using Rgiem.Cli.Tests.Support;
using Rgiem.Testing;

namespace Rgiem.Cli.Tests;

/// <summary>
/// <c>rgiem build --pdf</c> and <c>rgiem preview</c> through LibreOffice and pdftoppm: skipped locally when
/// they are missing, mandatory on CI (RGIEM_REQUIRE_INTEROP=1); and the message when LibreOffice is missing.
/// </summary>
public class PdfTests
{
    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G'];

    [SkippableFact]
    public void Build_pdf_writes_a_PDF_beside_each_document()
    {
        string soffice = ExternalTools.Soffice;
        using var folder = new TempFolder();
        folder.CopySamples();
        var run = CliRunner.RunWith(folder.FullPath, new Dictionary<string, string?> { ["RGIEM_SOFFICE"] = soffice }, "build", "rg-iem", "--pdf", "--format", "msbuild");
        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (string number in new[] { "2022-12-geneva-draft-report", "TSAG-TD255", "TSAG-TD521" })
        {
            Assert.Contains($"wrote rg-iem/out/{number}.pdf", run.Output, StringComparison.Ordinal);
            Assert.Equal(PdfSignature, File.ReadAllBytes(folder.Combine($"rg-iem/out/{number}.pdf"))[..5]);
        }
    }

    [SkippableFact]
    public void Preview_renders_the_first_pages_of_a_record_to_PNG()
    {
        string soffice = ExternalTools.Soffice;
        string pdftoppm = ExternalTools.PdfToPpm;
        using var folder = new TempFolder();
        folder.CopySamples();
        var environment = new Dictionary<string, string?> { ["RGIEM_SOFFICE"] = soffice, ["RGIEM_PDFTOPPM"] = pdftoppm };
        var run = CliRunner.RunWith(folder.FullPath, environment, "preview", "rg-iem/2024-07-geneva-report.md", "--pages", "2", "--dpi", "50");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("wrote rg-iem/out/TSAG-TD521-page1.png", run.Output, StringComparison.Ordinal);
        Assert.Contains("wrote rg-iem/out/TSAG-TD521-page2.png", run.Output, StringComparison.Ordinal);
        Assert.Equal(PngSignature, File.ReadAllBytes(folder.Combine("rg-iem/out/TSAG-TD521-page1.png"))[..4]);
        Assert.False(File.Exists(folder.Combine("rg-iem/out/TSAG-TD521.docx")), "preview writes only the images");

        var fromPdf = CliRunner.RunWith(folder.FullPath, environment, "build", "rg-iem", "--pdf");
        Assert.Equal(0, fromPdf.ExitCode);
        var again = CliRunner.RunWith(folder.FullPath, environment, "preview", "rg-iem/out/TSAG-TD255.pdf", "-o", "shots");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(["shots/TSAG-TD255-page1.png"], folder.Files("shots"));
    }

    [SkippableFact]
    public void Preview_of_a_damaged_PDF_is_RG0021_with_the_reason()
    {
        string pdftoppm = ExternalTools.PdfToPpm;
        using var folder = new TempFolder();
        folder.Write("broken.pdf", "%PDF-1.7\nnot really\n");
        var run = CliRunner.RunWith(folder.FullPath, new Dictionary<string, string?> { ["RGIEM_PDFTOPPM"] = pdftoppm }, "preview", "broken.pdf");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("broken.pdf(1,1): error RG0021: pdftoppm (Poppler) could not convert 'broken.pdf': ", run.Output, StringComparison.Ordinal);
        Assert.Equal(["broken.pdf"], folder.Files());
    }

    [Fact]
    public void Without_LibreOffice_build_pdf_still_writes_the_documents_and_exits_2_with_RG0020()
    {
        using var folder = new TempFolder();
        folder.CopySamples();
        var run = CliRunner.RunWith(folder.FullPath, new Dictionary<string, string?> { ["RGIEM_SOFFICE"] = folder.Combine("no/soffice") }, "build", "rg-iem", "--pdf", "--format", "msbuild");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("rgiem: error RG0020: LibreOffice (soffice) was not found, so PDF files cannot be written. Install LibreOffice", run.Output, StringComparison.Ordinal);
        Assert.Contains("wrote rg-iem/out/TSAG-TD521.docx", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(".pdf", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_LibreOffice_preview_exits_2_with_RG0020()
    {
        using var folder = new TempFolder();
        folder.CopySamples();
        var run = CliRunner.RunWith(folder.FullPath, new Dictionary<string, string?> { ["RGIEM_SOFFICE"] = folder.Combine("no/soffice") }, "preview", "rg-iem/2024-07-geneva-report.md");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error RG0020: LibreOffice (soffice) was not found, so a preview cannot be written", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Preview_of_a_record_with_errors_renders_nothing_and_exits_1()
    {
        using var folder = new TempFolder();
        folder.Write("r.md", Records.WithBody("# 1 Introduction\n\n# 3 Results\n"));
        var run = CliRunner.Run(folder.FullPath, "preview", "r.md");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error RG2002", run.Output, StringComparison.Ordinal);
        Assert.Equal(["r.md"], folder.Files());
    }

    [Fact]
    public void Preview_of_a_missing_file_exits_2()
    {
        using var folder = new TempFolder();
        var run = CliRunner.Run(folder.FullPath, "preview", "nothing.md");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("RG0006", run.Output, StringComparison.Ordinal);
    }
}
