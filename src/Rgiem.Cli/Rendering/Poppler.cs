using System.Globalization;
using System.Text.RegularExpressions;
using Rgiem.Core.Compilation;

namespace Rgiem.Cli.Rendering;

/// <summary>Renders pages of a PDF to PNG images with Poppler's <c>pdftoppm</c>.</summary>
internal sealed partial class Poppler(string program)
{
    public const string Name = "pdftoppm (Poppler)";

    public const string OverrideVariable = "RGIEM_PDFTOPPM";

    public const string InstallHint =
        "Install Poppler (Debian/Ubuntu: 'sudo apt-get install poppler-utils'; macOS: 'brew install poppler'; " +
        "Windows: 'winget install oschwartz10612.Poppler'), or set RGIEM_PDFTOPPM to the pdftoppm program";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private static readonly string[] UsualLocations = ["/usr/bin/pdftoppm", "/usr/local/bin/pdftoppm", "/opt/homebrew/bin/pdftoppm"];

    public static Poppler? Find(Func<string, string?> getEnvironmentVariable) =>
        ExternalProgram.Find(getEnvironmentVariable, OverrideVariable, ["pdftoppm"], UsualLocations) is { } path ? new Poppler(path) : null;

    /// <summary>
    /// Renders pages 1 to <paramref name="pages"/> of <paramref name="pdfPath"/> at <paramref name="dpi"/> and writes
    /// them as <c>{stem}-page1.png</c>, <c>{stem}-page2.png</c>… in <paramref name="outputDirectory"/>.
    /// Returns the files written (fewer when the document is shorter), or the reason it failed.
    /// </summary>
    public (IReadOnlyList<string> Pages, string? Error) Render(string pdfPath, string outputDirectory, string stem, int pages, int dpi)
    {
        using var work = new TemporaryFolder("png");
        var run = ProgramRun.Start(
            program,
            ["-png", "-r", dpi.ToString(CultureInfo.InvariantCulture), "-f", "1", "-l", pages.ToString(CultureInfo.InvariantCulture), pdfPath, work.Combine("page")],
            Timeout,
            work.FullPath);
        var produced = Directory.GetFiles(work.FullPath, "page-*.png")
            .Select(f => (Path: f, Match: PageNumber().Match(Path.GetFileName(f))))
            .Where(p => p.Match.Success)
            .OrderBy(p => int.Parse(p.Match.Groups[1].Value, CultureInfo.InvariantCulture))
            .ToList();
        if (!run.Succeeded || produced.Count == 0)
        {
            return ([], run.Succeeded ? "pdftoppm wrote no page" : run.Reason);
        }

        var written = new List<string>();
        foreach (var (path, match) in produced)
        {
            string target = Path.Combine(outputDirectory, $"{stem}-page{int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)}.png");
            AtomicFile.Write(target, File.ReadAllBytes(path));
            written.Add(target);
        }

        return (written, null);
    }

    [GeneratedRegex(@"^page-0*(\d+)\.png$", RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();
}
