using Rgiem.Core.Compilation;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Text;

namespace Rgiem.Cli.Output;

/// <summary>Everything a run has to say: diagnostics in order, the source of each file (for snippets), and what was written.</summary>
internal sealed record RunReport(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, SourceText> Sources,
    IReadOnlyList<WrittenOutput> Written,
    int RecordCount,
    string Command)
{
    public int Errors => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

    public int Infos => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info);

    public static RunReport From(CompilationResult compilation, BuildResult? build, string command)
    {
        var diagnostics = new List<Diagnostic>(compilation.Diagnostics);
        var sources = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        foreach (var record in compilation.Records)
        {
            diagnostics.AddRange(record.Diagnostics);
            if (record.Bound is { } bound)
            {
                sources[bound.Source.Path] = bound.Source;
            }
        }

        if (build is not null)
        {
            diagnostics.AddRange(build.Diagnostics);
        }

        int records = compilation.Records.Count(r => r.Bound is not null || r.Diagnostics.Count > 0);
        return new RunReport(diagnostics, sources, build?.Written ?? [], records, command);
    }
}
