using Rgiem.Docx.Tests.Import;
using Rgiem.Testing;

namespace Rgiem.Interop.Tests;

/// <summary>
/// <c>import(build(record))</c> read back by pandoc, and the same after LibreOffice has saved the built document again
/// (it rewrites the styles and the numbering: a fair stand-in for a document edited elsewhere). Normalisations: none for
/// the document as built; after LibreOffice, the cover fields are compared as the cover shows them
/// (<see cref="ImportRoundTrip.CoverFields"/>) and pandoc's text is compared line by line with white space runs as one
/// space (LibreOffice turns some tabs into spaces).
/// </summary>
public sealed class ImportInteropTests : IDisposable
{
    private static readonly Lazy<string> Resaved = new(ResaveAll);

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [SkippableTheory]
    [MemberData(nameof(ImportRoundTrip.Names), MemberType = typeof(ImportRoundTrip))]
    public void Pandoc_reads_the_same_text_from_the_rebuilt_document_as_from_the_original(string name)
    {
        var sample = ImportRoundTrip.Get(name);
        var result = ImportRoundTrip.Run(sample.Docx, temp.FullPath, "imported", name);
        Assert.Equal(Pandoc(temp.Write("original.docx", sample.Docx)), Pandoc(temp.Write("rebuilt.docx", result.Docx)));
    }

    [SkippableTheory]
    [MemberData(nameof(ImportRoundTrip.Names), MemberType = typeof(ImportRoundTrip))]
    public void A_document_saved_again_by_LibreOffice_imports_to_the_same_cover_and_text(string name)
    {
        var sample = ImportRoundTrip.Get(name);
        string resaved = Path.Combine(Resaved.Value, FileName(name));
        Assert.True(File.Exists(resaved), "LibreOffice did not save " + name);
        var result = ImportRoundTrip.Run(File.ReadAllBytes(resaved), temp.FullPath, "imported", name);
        Assert.Equal(ImportRoundTrip.CoverFields(sample.Record.Metadata, name), ImportRoundTrip.CoverFields(result.Record.Metadata, name));
        Assert.Equal(Lines(Pandoc(temp.Write("original.docx", sample.Docx))), Lines(Pandoc(temp.Write("rebuilt.docx", result.Docx))));
    }

    private static string FileName(string name) => name.Replace('/', '_') + ".docx";

    private static IReadOnlyList<string> Lines(string text) =>
        [.. text.Split('\n').Select(l => string.Join(' ', l.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))).Where(l => l.Length > 0)];

    private static string Pandoc(string docx)
    {
        var (exitCode, output, error) = ExternalTools.Run(ExternalTools.Pandoc, ["--from=docx", "--to=plain", "--wrap=none", "--columns=1000", docx], timeoutSeconds: 120);
        Assert.True(exitCode == 0, $"pandoc failed on {docx} ({exitCode}): {error}");
        return output.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>Every sample, built, then opened and saved as .docx by LibreOffice in one run.</summary>
    private static string ResaveAll()
    {
        string soffice = ExternalTools.Soffice;
        string folder = Path.Combine(InteropSamples.Scratch, "import-resaved");
        string built = Path.Combine(folder, "built");
        Directory.CreateDirectory(built);
        var files = new List<string>();
        foreach (string name in ImportRoundTrip.SampleNames)
        {
            string path = Path.Combine(built, FileName(name));
            File.WriteAllBytes(path, ImportRoundTrip.Get(name).Docx);
            files.Add(path);
        }

        string profile = Path.Combine(Path.GetTempPath(), "lo-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exitCode, output, error) = ExternalTools.Run(
                soffice,
                ["-env:UserInstallation=" + new Uri(profile).AbsoluteUri, "--headless", "--norestore", "--nolockcheck", "--convert-to", "docx:MS Word 2007 XML", "--outdir", folder, .. files],
                workingDirectory: folder,
                timeoutSeconds: LibreOffice.TimeoutSeconds * 2);
            Assert.True(exitCode == 0, $"LibreOffice failed (exit {exitCode}):\n{output}\n{error}");
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }

        return folder;
    }
}
