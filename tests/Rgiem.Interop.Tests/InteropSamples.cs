using System.Collections.Concurrent;
using Rgiem.Testing;

namespace Rgiem.Interop.Tests;

/// <summary>
/// The RG-IEM samples compiled with their project defaults (as <c>rgiem build</c> does) and written once per
/// test run to a private scratch folder; the outputs of the external tools are cached per sample so that
/// each tool runs once per file however many tests read it.
/// </summary>
public static class InteropSamples
{
    private static readonly Lazy<IReadOnlyList<InteropSample>> All = new(Load);
    private static readonly ConcurrentDictionary<string, Lazy<string>> PandocCache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Lazy<string>> PdfCache = new(StringComparer.Ordinal);

    /// <summary>The scratch folder of this test run (under the system temp folder).</summary>
    public static string Scratch { get; } = Path.Combine(Path.GetTempPath(), "rgiem-interop-" + Guid.NewGuid().ToString("N"));

    /// <summary>The same names as <see cref="SampleDocuments.Names"/>: every sample is written here under its name.</summary>
    public static TheoryData<string> Names => SampleDocuments.Names;

    public static IReadOnlyList<InteropSample> Rendered => All.Value;

    public static InteropSample Get(string name) => All.Value.Single(s => s.Name == name);

    public static InteropSample BySource(string fileName) => All.Value.Single(s => s.SourceFile == fileName);

    /// <summary>pandoc's plain-text reading of the sample (no wrapping; wide columns so table cells stay on one line).</summary>
    public static string PandocText(string name) => PandocCache.GetOrAdd(name, n => new Lazy<string>(() =>
    {
        var (exitCode, output, error) = ExternalTools.Run(
            ExternalTools.Pandoc,
            ["--from=docx", "--to=plain", "--wrap=none", "--columns=1000", Get(n).DocxPath],
            timeoutSeconds: 120);
        Assert.True(exitCode == 0, $"pandoc failed on {n} ({exitCode}): {error}");
        return output.Replace("\r\n", "\n", StringComparison.Ordinal);
    })).Value;

    /// <summary>The sample converted to PDF by LibreOffice (headless, with a private user profile per call).</summary>
    public static string Pdf(string name) => PdfCache.GetOrAdd(name, n => new Lazy<string>(() => LibreOffice.ConvertToPdf(Get(n).DocxPath, Path.Combine(Scratch, "pdf-" + n)))).Value;

    private static List<InteropSample> Load()
    {
        Directory.CreateDirectory(Scratch);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(Scratch, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a scratch folder left in the temp folder does no harm.
            }
        };
        var samples = new List<InteropSample>();
        foreach (var rendered in SampleDocuments.Rendered)
        {
            string path = Path.Combine(Scratch, rendered.Name + ".docx");
            File.WriteAllBytes(path, rendered.Docx);
            samples.Add(new InteropSample(rendered.Name, Path.GetFileName(rendered.SourcePath), rendered.Record, path));
        }

        return samples;
    }
}
