using Rgiem.Core.Compilation;
using Rgiem.Core.Model;
using Rgiem.Docx;
using Rgiem.Docx.Templates;

namespace Rgiem.Testing;

/// <summary>
/// Every kind of document rgiem writes, built once per test run for the Word-compatibility rules
/// (<see cref="WordCompatibility"/>) and the real-client gate: the built-in style for each document type
/// (samples/types, its report with <c>toc: true</c>), the RG-IEM samples (a progress report among them), each of them
/// with a user template (samples/group), the review draft with tracked changes and comments (samples/review), the exported template of each document type, documents built from the
/// exported itu-t.dotx (one with a table of contents), and deltas (samples/delta and pairs of the delta corpus).
/// </summary>
public static class OutputCorpus
{
    private static readonly Lazy<IReadOnlyList<OutputDocument>> All = new(Load);

    public static IReadOnlyList<OutputDocument> Documents => All.Value;

    public static OutputDocument Get(string name) => All.Value.Single(d => d.Name == name);

    public static TheoryData<string> Names
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var document in All.Value)
            {
                data.Add(document.Name);
            }

            return data;
        }
    }

    private static List<OutputDocument> Load()
    {
        var documents = new List<OutputDocument>();
        documents.AddRange(Build("types", null));
        documents.AddRange(SampleDocuments.Rendered.Select(s => new OutputDocument("rg-iem/" + s.Name, s.Docx, false)));
        documents.AddRange(Build("group", null));
        documents.AddRange(Build("body", null));
        documents.AddRange(Build("review", null)); // CriticMarkup: tracked changes and comments

        foreach (var type in Enum.GetValues<DocumentType>())
        {
            documents.Add(new OutputDocument("template/" + Path.GetFileNameWithoutExtension(BuiltInTemplate.FileName(type)), BuiltInTemplate.Export(type), true));
        }

        // The exported template written to a scratch file and used as --template, on a TD and on the report with a table of contents.
        string folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "rgiem-corpus-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            string template = Path.Combine(folder, "itu-t.dotx");
            File.WriteAllBytes(template, BuiltInTemplate.Export());
            documents.AddRange(Build("types", template).Select(d => d with { Name = "from-itu-t.dotx/" + d.Name[(d.Name.IndexOf('/', StringComparison.Ordinal) + 1)..] }));
            // TSAG-TD255 is the progress report (its statistics annex is a generated table).
            documents.AddRange(Build("rg-iem", template).Where(d => d.Name is "rg-iem/TSAG-TD521" or "rg-iem/TSAG-TD255")
                .Select(d => d with { Name = "from-itu-t.dotx/" + d.Name[(d.Name.IndexOf('/', StringComparison.Ordinal) + 1)..] }));
            documents.AddRange(Build("review", template).Select(d => d with { Name = "from-itu-t.dotx/review-" + d.Name[(d.Name.IndexOf('/', StringComparison.Ordinal) + 1)..] }));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        documents.Add(WithLogo());

        string delta = Path.Combine(RepoPaths.Samples, "delta");
        documents.Add(new OutputDocument("delta/resolution-68", DeltaCorpus.Render(File.ReadAllText(Path.Combine(delta, "resolution-68-v1.md")), File.ReadAllText(Path.Combine(delta, "resolution-68-v2.md"))).Docx, false));
        foreach (string pair in new[] { "cell-replaced", "table-rows", "list-items", "heading-renumbered", "formatting", "link" })
        {
            var (oldText, newText) = (DeltaCorpus.Get(pair).Old, DeltaCorpus.Get(pair).New);
            documents.Add(new OutputDocument("delta/" + pair, DeltaCorpus.Render(oldText, newText).Docx, false));
        }

        return documents;
    }

    /// <summary>A TD with a PNG logo on its cover (no sample has one): the picture rules need a picture.</summary>
    private static OutputDocument WithLogo()
    {
        using var folder = new TempFolder();
        folder.Write("logo.png", TestPng.Create(120, 150));
        var (bound, diagnostics) = Records.Bind(Records.FrontMatter.Replace("abstract:", "logo: logo.png\nabstract:", StringComparison.Ordinal) + "# 1 Introduction\n\nThe group met.\n");
        var result = new DocxRenderer().Render(bound?.Record ?? throw new InvalidOperationException(string.Join("; ", diagnostics)), folder.FullPath);
        return new OutputDocument("logo/TSAG-TD521", result.Content ?? throw new InvalidOperationException(string.Join("; ", result.Diagnostics)), false);
    }

    /// <summary>The documents of a samples/ project as <c>rgiem build</c> writes them, with its template or <paramref name="template"/>.</summary>
    private static IEnumerable<OutputDocument> Build(string project, string? template)
    {
        var compilation = Compiler.Compile(new CompilationOptions([Path.Combine(RepoPaths.Samples, project)], RepoPaths.Root));
        var renderer = new DocxRenderer(new DocxRenderOptions(Validate: false, Template: template));
        foreach (var compiled in compilation.Records.OrderBy(r => r.FullPath, StringComparer.Ordinal))
        {
            if (compiled.HasErrors || compiled.Bound is null)
            {
                throw new InvalidOperationException($"{compiled.DisplayPath} has errors: {string.Join("; ", compiled.Diagnostics)}");
            }

            var result = renderer.Render(compiled.Bound.Record, Path.GetDirectoryName(compiled.FullPath)!);
            if (result.Content is null)
            {
                throw new InvalidOperationException($"{compiled.DisplayPath} did not render: {string.Join("; ", result.Diagnostics)}");
            }

            string name = Path.GetFileNameWithoutExtension(OutputNaming.FileName(compiled.Bound.Record, compiled.FullPath, renderer.Extension));
            yield return new OutputDocument(project + "/" + name, result.Content, false);
        }
    }
}
