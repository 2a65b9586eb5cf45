using Rgiem.Testing;

namespace Rgiem.Interop.Tests;

/// <summary>Headless LibreOffice conversions, each with its own throw-away user profile so that parallel runs never share one.</summary>
public static class LibreOffice
{
    public const int TimeoutSeconds = 240;

    /// <summary>Converts <paramref name="docx"/> to PDF in <paramref name="outputDirectory"/>; returns the PDF's path.</summary>
    public static string ConvertToPdf(string docx, string outputDirectory)
    {
        string soffice = ExternalTools.Soffice;
        Directory.CreateDirectory(outputDirectory);
        string profile = Path.Combine(Path.GetTempPath(), "lo-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exitCode, output, error) = ExternalTools.Run(
                soffice,
                [
                    "-env:UserInstallation=" + new Uri(profile).AbsoluteUri,
                    "--headless",
                    "--norestore",
                    "--nolockcheck",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    outputDirectory,
                    docx,
                ],
                workingDirectory: outputDirectory,
                timeoutSeconds: TimeoutSeconds);
            string pdf = Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(docx) + ".pdf");
            Assert.True(exitCode == 0 && File.Exists(pdf), $"LibreOffice did not convert {docx} (exit {exitCode}):\n{output}\n{error}");
            return pdf;
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }
    }
}
