using System.Collections.Concurrent;
using Rgiem.Core.Compilation;
using Rgiem.Docx;
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

    public static TheoryData<string> Names
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var sample in All.Value)
            {
                data.Add(sample.Name);
            }

            return data;
        }
    }

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
        var compilation = Compiler.Compile(new CompilationOptions([RepoPaths.RgIemSamples], RepoPaths.Root));
        var renderer = new DocxRenderer();
        var samples = new List<InteropSample>();
        foreach (var compiled in compilation.Records.OrderBy(r => r.FullPath, StringComparer.Ordinal))
        {
            Assert.False(compiled.HasErrors, $"{compiled.DisplayPath}: {string.Join("; ", compiled.Diagnostics)}");
            var record = compiled.Bound!.Record;
            var result = renderer.Render(record, Path.GetDirectoryName(compiled.FullPath)!);
            Assert.True(result.Content is not null, $"{compiled.DisplayPath} did not render: {string.Join("; ", result.Diagnostics)}");
            string fileName = OutputNaming.FileName(record, compiled.FullPath, renderer.Extension);
            string path = Path.Combine(Scratch, fileName);
            File.WriteAllBytes(path, result.Content);
            samples.Add(new InteropSample(Path.GetFileNameWithoutExtension(fileName), Path.GetFileName(compiled.FullPath), record, path));
        }

        return samples;
    }
}
