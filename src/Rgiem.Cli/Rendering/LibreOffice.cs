using Rgiem.Core.Compilation;

namespace Rgiem.Cli.Rendering;

/// <summary>
/// Converts Word documents to PDF with LibreOffice (<c>soffice --headless --convert-to pdf</c>). Each call
/// uses a private, throw-away user profile (<c>-env:UserInstallation</c>), so it neither waits for nor
/// disturbs a LibreOffice the user has open, and two conversions can run at once.
/// </summary>
internal sealed class LibreOffice(string program)
{
    public const string Name = "LibreOffice (soffice)";

    public const string OverrideVariable = "RGIEM_SOFFICE";

    public const string InstallHint =
        "Install LibreOffice (Debian/Ubuntu: 'sudo apt-get install libreoffice-writer'; macOS: 'brew install --cask libreoffice'; " +
        "Windows: 'winget install TheDocumentFoundation.LibreOffice'), or set RGIEM_SOFFICE to the soffice program";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private static readonly string[] UsualLocations =
    [
        "/usr/bin/soffice",
        "/usr/local/bin/soffice",
        "/opt/homebrew/bin/soffice",
        "/Applications/LibreOffice.app/Contents/MacOS/soffice",
        @"C:\Program Files\LibreOffice\program\soffice.exe",
        @"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
    ];

    public static LibreOffice? Find(Func<string, string?> getEnvironmentVariable) =>
        ExternalProgram.Find(getEnvironmentVariable, OverrideVariable, ["soffice", "libreoffice"], UsualLocations) is { } path ? new LibreOffice(path) : null;

    /// <summary>Writes <paramref name="pdfPath"/> (atomically) from <paramref name="documentPath"/>; returns null or why it failed.</summary>
    public string? ConvertToPdf(string documentPath, string pdfPath)
    {
        using var work = new TemporaryFolder("pdf");
        string outDir = work.Combine("out");
        string? produced = Convert(work, documentPath, "pdf", ".pdf", "PDF", outDir, out string? error);
        if (produced is null)
        {
            return error;
        }

        AtomicFile.Write(pdfPath, File.ReadAllBytes(produced));
        return null;
    }

    /// <summary>
    /// Converts a Word 97-2003 document to .docx in <paramref name="outDir"/> (for <c>rgiem import</c>); returns the
    /// file written, or null and why not in <paramref name="error"/>.
    /// </summary>
    public string? ConvertToDocx(string documentPath, string outDir, out string? error)
    {
        using var work = new TemporaryFolder("docx");
        return Convert(work, documentPath, "docx:MS Word 2007 XML", ".docx", "document", outDir, out error);
    }

    /// <summary>
    /// One headless conversion with a private profile in <paramref name="work"/> and the time limit; returns the file
    /// LibreOffice wrote in <paramref name="outDir"/>, or null and why not.
    /// </summary>
    private string? Convert(TemporaryFolder work, string documentPath, string filter, string extension, string written, string outDir, out string? error)
    {
        string profile = new Uri(Path.TrimEndingDirectorySeparator(work.Combine("profile")) + "/").AbsoluteUri;
        Directory.CreateDirectory(outDir);
        var run = ProgramRun.Start(
            program,
            ["-env:UserInstallation=" + profile, "--headless", "--norestore", "--nolockcheck", "--convert-to", filter, "--outdir", outDir, documentPath],
            Timeout,
            work.FullPath);
        string produced = Path.Combine(outDir, Path.GetFileNameWithoutExtension(documentPath) + extension);
        if (!File.Exists(produced))
        {
            error = run.Succeeded ? $"LibreOffice wrote no {written} (is the file a Word document?)" : run.Reason;
            return null;
        }

        error = null;
        return produced;
    }
}
