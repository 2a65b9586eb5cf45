using Rgiem.Testing;

namespace Rgiem.Interop.Tests;

/// <summary>pdftotext and pdftoppm (poppler-utils); pdftotext is taken from beside pdftoppm.</summary>
public static class Poppler
{
    /// <summary>
    /// The text of pages <paramref name="first"/> to <paramref name="last"/> (1-based), pages separated by form
    /// feeds; <paramref name="layout"/> keeps the physical lines (the small header lines stay apart).
    /// </summary>
    public static string Text(string pdf, int? first = null, int? last = null, bool layout = false)
    {
        string pdftotext = Path.Combine(Path.GetDirectoryName(ExternalTools.PdfToPpm)!, "pdftotext");
        var arguments = new List<string>();
        if (first is { } f)
        {
            arguments.AddRange(["-f", f.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        if (last is { } l)
        {
            arguments.AddRange(["-l", l.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        if (layout)
        {
            arguments.Add("-layout");
        }

        arguments.AddRange(["-enc", "UTF-8", pdf, "-"]);
        var (exitCode, output, error) = ExternalTools.Run(pdftotext, arguments, timeoutSeconds: 60);
        Assert.True(exitCode == 0, $"pdftotext failed ({exitCode}): {error}");
        return output;
    }

    /// <summary>The non-blank physical lines of one page, trimmed.</summary>
    public static IReadOnlyList<string> Lines(string pdf, int page) =>
        Text(pdf, page, page, layout: true).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l != "\f").ToList();

    /// <summary>The number of pages: pdftotext ends every page with a form feed.</summary>
    public static int PageCount(string pdf) => Text(pdf).Count(c => c == '\f');

    /// <summary>Renders page <paramref name="page"/> as PNG at <paramref name="dpi"/>; returns the file.</summary>
    public static string RenderPage(string pdf, int page, int dpi, string outputPrefix)
    {
        string p = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (exitCode, _, error) = ExternalTools.Run(
            ExternalTools.PdfToPpm,
            ["-png", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", p, "-l", p, "-singlefile", pdf, outputPrefix],
            timeoutSeconds: 60);
        Assert.True(exitCode == 0, $"pdftoppm failed ({exitCode}): {error}");
        return outputPrefix + ".png";
    }
}
