using System.Text.Json;
using System.Text.RegularExpressions;
using Rgiem.Core.Model;
using Rgiem.Testing;

namespace Rgiem.Interop.Tests;

/// <summary>
/// The real-client gate: every kind of document rgiem writes (<see cref="GateDocuments"/>) meets the structural Word
/// rules (<see cref="WordCompatibility"/>), opens in python-docx, is read by pandoc without a warning and is converted
/// by LibreOffice. Locally a missing tool skips a test; in CI (RGIEM_REQUIRE_INTEROP=1) it fails it, and a client that
/// fails is always a failing test. The rules and their sources: docs/word-compatibility.md.
/// </summary>
public partial class RealClientGateTests
{
    [Theory]
    [MemberData(nameof(GateDocuments.Names), MemberType = typeof(GateDocuments))]
    public void Every_document_meets_the_structural_word_rules(string name)
    {
        var (document, _) = GateDocuments.Get(name);
        WordCompatibility.AssertCompatible(document.Bytes, document.Template, name);
    }

    [SkippableFact]
    public void Python_docx_opens_every_docx()
    {
        string python = ExternalTools.PythonWithDocx;
        string script = Path.Combine(AppContext.BaseDirectory, "Scripts", "open_docx.py");
        var paths = GateDocuments.Written.Where(d => !d.Document.Template).Select(d => d.Path).ToList();
        var (exitCode, output, error) = ExternalTools.Run(python, [script, .. paths], timeoutSeconds: 300);
        Assert.True(exitCode == 0, $"open_docx.py failed ({exitCode}): {error}");
        var failures = JsonDocument.Parse(output).RootElement.EnumerateObject()
            .Where(p => p.Value.ValueKind != JsonValueKind.Null)
            .Select(p => Path.GetFileName(p.Name) + ": " + p.Value.GetString())
            .ToList();
        Assert.Equal(paths.Count, JsonDocument.Parse(output).RootElement.EnumerateObject().Count());
        Assert.True(failures.Count == 0, "python-docx refuses:\n" + string.Join("\n", failures));
    }

    [SkippableTheory]
    [MemberData(nameof(GateDocuments.Names), MemberType = typeof(GateDocuments))]
    public void Pandoc_reads_every_document_without_a_warning(string name)
    {
        string pandoc = ExternalTools.Pandoc;
        var (_, path) = GateDocuments.Get(name);
        var (exitCode, output, error) = ExternalTools.Run(pandoc, ["--from=docx", "--to=plain", "--wrap=none", path], timeoutSeconds: 120);
        Assert.True(exitCode == 0, $"pandoc failed on {name} ({exitCode}): {error}");
        Assert.True(error.Length == 0, $"pandoc warned on {name}: {error}");
        Assert.NotEmpty(output.Trim());
    }

    [SkippableFact]
    public void LibreOffice_converts_every_document()
    {
        var documents = GateDocuments.Written;
        string folder = Path.Combine(InteropSamples.Scratch, "gate-pdf");
        LibreOffice.ConvertAllToPdf(documents.Select(d => d.Path).ToList(), folder);
        var failures = new List<string>();
        foreach (var (document, path) in documents)
        {
            var pdf = new FileInfo(Path.Combine(folder, Path.GetFileNameWithoutExtension(path) + ".pdf"));
            if (!pdf.Exists || pdf.Length < 1000)
            {
                failures.Add(document.Name + (pdf.Exists ? ": an empty PDF" : ": no PDF"));
            }
        }

        Assert.True(failures.Count == 0, "LibreOffice failed on:\n" + string.Join("\n", failures));
    }

    [SkippableTheory]
    [MemberData(nameof(InteropSamples.Names), MemberType = typeof(InteropSamples))]
    public void Pandoc_reads_annex_titles_as_headings(string name)
    {
        string pandoc = ExternalTools.Pandoc;
        var sample = InteropSamples.Get(name);
        var (exitCode, output, error) = ExternalTools.Run(pandoc, ["--from=docx", "--to=markdown", "--wrap=none", sample.DocxPath], timeoutSeconds: 120);
        Assert.True(exitCode == 0, error);
        var annexes = sample.Record.Headings.Where(h => h.Kind == HeadingKind.Annex).Select(h => "Annex " + h.Number).ToList();
        var headers = AnnexHeader().Matches(output).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(annexes, headers);
    }

    [SkippableFact]
    public void The_table_of_contents_shows_no_wrong_page_number_after_a_libreoffice_round_trip()
    {
        var (document, path) = GateDocuments.Get("types/TSAG-R2");
        Assert.False(document.Template);
        string pdf = LibreOffice.ConvertToPdf(path, Path.Combine(InteropSamples.Scratch, "toc"));
        int pages = Poppler.PageCount(pdf);
        var pageTexts = Enumerable.Range(1, pages).Select(p => Poppler.Text(pdf, p, p)).ToList();
        // The sample names its contents "CONTENTS" (toc-title); the default title is "Contents".
        int contentsPage = pageTexts.FindIndex(t => t.Contains("Contents", StringComparison.OrdinalIgnoreCase));
        Assert.True(contentsPage >= 0, "No Contents page");

        // Each entry line either ends in no number or in the page its heading is on.
        var entries = pageTexts[contentsPage].Split('\n').Select(l => l.Trim()).SkipWhile(l => !string.Equals(l, "Contents", StringComparison.OrdinalIgnoreCase)).Skip(1).Where(l => l.Length > 0).ToList();
        Assert.NotEmpty(entries);
        foreach (string entry in entries.TakeWhile(l => TocEntry().IsMatch(l)))
        {
            var match = TrailingPage().Match(entry);
            if (!match.Success)
            {
                continue;
            }

            string title = entry[..match.Index].TrimEnd('.', ' ', '\t');
            int page = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            int actual = pageTexts.FindIndex(contentsPage + 1, t => t.Contains(title, StringComparison.Ordinal)) + 1;
            Assert.True(page == actual, $"The contents give page {page} for '{title}', which is on page {actual}");
        }
    }

    [GeneratedRegex(@"^# (Annex [A-Z])\b", RegexOptions.Multiline)]
    private static partial Regex AnnexHeader();

    [GeneratedRegex(@"^(\d+(\.\d+)*\s|Annex [A-Z])")]
    private static partial Regex TocEntry();

    [GeneratedRegex(@"[ .\t]+(\d+)$")]
    private static partial Regex TrailingPage();
}
