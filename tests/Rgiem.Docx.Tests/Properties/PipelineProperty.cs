using System.Text;
using Rgiem.Core.Compilation;
using Rgiem.Core.Diagnostics;
using Rgiem.Testing;

namespace Rgiem.Docx.Tests.Properties;

/// <summary>
/// The property every record must have: the whole pipeline (load, front matter, Markdown, bind, rules, render,
/// atomic write) either writes a DOCX that passes the Office 2019 schema and the Word rules (<see cref="WordCompatibility"/>)
/// with no error and holds every expected word, or reports an error diagnostic; it never throws.
/// </summary>
public static class PipelineProperty
{
    /// <summary>Runs the pipeline on <paramref name="bytes"/>; the IDs of its errors, none when a document was written.</summary>
    public static IReadOnlyList<string> Holds(byte[] bytes, IReadOnlyList<string> words)
    {
        using var folder = new TempFolder();
        folder.Write("records/record.md", bytes);
        var compilation = Compiler.Compile(new CompilationOptions(["records"], folder.FullPath, OutputDirectory: "out", MaxDegreeOfParallelism: 1));
        var build = OutputWriter.Write(compilation, new DocxRenderer(), folder.FullPath, maxDegreeOfParallelism: 1);
        var diagnostics = compilation.AllDiagnostics.Concat(build.Diagnostics).ToList();
        if (diagnostics.Any(d => d.Id == RenderDescriptors.RenderFailed.Id))
        {
            throw new InvalidOperationException("The renderer threw: " + string.Join("; ", diagnostics));
        }

        if (build.Written.Count == 0)
        {
            if (!diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                throw new InvalidOperationException("No document and no error: " + string.Join("; ", diagnostics));
            }

            return diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).Distinct().ToList();
        }

        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException("A document was written in spite of errors: " + string.Join("; ", diagnostics));
        }

        byte[] docx = File.ReadAllBytes(build.Written.Single().FullPath);
        using (var stream = new MemoryStream(docx, writable: false))
        {
            var errors = DocxRenderer.Validate(stream);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException("Schema errors: " + string.Join("; ", errors));
            }
        }

        if (WordCompatibility.Check(docx) is { Count: > 0 } violations)
        {
            throw new InvalidOperationException("Word rules broken: " + string.Join("; ", violations));
        }

        var package = DocxPackage.Open(docx);
        string text = Normal(DocxPackage.Text(package.Body));
        var missing = words.Where(w => !text.Contains(Normal(w), StringComparison.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException("Words missing from the document: " + string.Join(", ", missing.Select(w => "'" + w + "'")));
        }

        return [];
    }

    private static string Normal(string text) => text.Normalize(NormalizationForm.FormC);
}
