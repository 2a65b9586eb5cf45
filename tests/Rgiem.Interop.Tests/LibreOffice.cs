using Rgiem.Testing;

namespace Rgiem.Interop.Tests;

/// <summary>Headless LibreOffice conversions, each with its own throw-away user profile so that parallel runs never share one.</summary>
public static class LibreOffice
{
    public const int TimeoutSeconds = 240;

    /// <summary>Converts <paramref name="docx"/> to PDF in <paramref name="outputDirectory"/>; returns the PDF's path.</summary>
    public static string ConvertToPdf(string docx, string outputDirectory)
    {
        ConvertAllToPdf([docx], outputDirectory);
        string pdf = Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(docx) + ".pdf");
        Assert.True(File.Exists(pdf), $"LibreOffice did not convert {docx}");
        return pdf;
    }

    /// <summary>
    /// Converts every file to PDF in <paramref name="outputDirectory"/> in one LibreOffice run (one start-up); the PDF of
    /// a file it cannot convert is missing, which the caller checks. Fails when LibreOffice itself fails.
    /// </summary>
    public static void ConvertAllToPdf(IReadOnlyList<string> files, string outputDirectory)
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
                    .. files,
                ],
                workingDirectory: outputDirectory,
                timeoutSeconds: TimeoutSeconds * Math.Max(1, (files.Count + 9) / 10));
            Assert.True(exitCode == 0, $"LibreOffice failed (exit {exitCode}) on {string.Join(", ", files)}:\n{output}\n{error}");
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
