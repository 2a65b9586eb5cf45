using Rgiem.Core.Compilation;
using Rgiem.Docx;

namespace Rgiem.Testing;

/// <summary>
/// The bundled RG-IEM samples, compiled with the project defaults of samples/rg-iem/rgiem.yaml exactly as
/// <c>rgiem build</c> does, and rendered once per test run.
/// </summary>
public static class SampleDocuments
{
    private static readonly Lazy<IReadOnlyList<RenderedSample>> All = new(Load);

    /// <summary>The output names (TSAG-TD521, 2022-12-geneva-draft-report, …), for xUnit theories.</summary>
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

    public static IReadOnlyList<RenderedSample> Rendered => All.Value;

    public static RenderedSample Get(string name) =>
        All.Value.SingleOrDefault(s => s.Name == name) ?? throw new ArgumentException("No sample named " + name, nameof(name));

    /// <summary>The sample whose Markdown file is <paramref name="fileName"/> (2024-07-geneva-report.md).</summary>
    public static RenderedSample BySource(string fileName) =>
        All.Value.Single(s => Path.GetFileName(s.SourcePath) == fileName);

    private static List<RenderedSample> Load()
    {
        var compilation = Compiler.Compile(new CompilationOptions([RepoPaths.RgIemSamples], RepoPaths.Root));
        var renderer = new DocxRenderer();
        var samples = new List<RenderedSample>();
        foreach (var compiled in compilation.Records.OrderBy(r => r.FullPath, StringComparer.Ordinal))
        {
            if (compiled.HasErrors || compiled.Bound is null)
            {
                throw new InvalidOperationException($"Sample {compiled.DisplayPath} has errors: {string.Join("; ", compiled.Diagnostics)}");
            }

            var record = compiled.Bound.Record;
            string baseDirectory = Path.GetDirectoryName(compiled.FullPath)!;
            var result = renderer.Render(record, baseDirectory);
            if (result.Content is null)
            {
                throw new InvalidOperationException($"Sample {compiled.DisplayPath} did not render: {string.Join("; ", result.Diagnostics)}");
            }

            string name = Path.GetFileNameWithoutExtension(OutputNaming.FileName(record, compiled.FullPath, renderer.Extension));
            samples.Add(new RenderedSample(name, compiled.FullPath, baseDirectory, record, result.Content));
        }

        return samples;
    }
}
