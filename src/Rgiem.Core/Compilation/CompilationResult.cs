using Rgiem.Core.Diagnostics;
using Rgiem.Core.Project;
using Rgiem.Core.Repository;

namespace Rgiem.Core.Compilation;

/// <summary>The records of a run, in input order, plus diagnostics that belong to no record (project file, inputs).</summary>
public sealed record CompilationResult(
    IReadOnlyList<ProjectFile> Projects,
    IReadOnlyList<CompiledRecord> Records,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The options of the run (to read a summarized record again for rendering).</summary>
    public required CompilationOptions Options { get; init; }

    /// <summary>Whether warnings count as errors (<c>--warnaserror</c>), for the diagnostics of rendering.</summary>
    public bool WarningsAsErrors => Options.WarningsAsErrors;

    /// <summary>Markdown files under the input folders that were skipped as not records (no front matter), as display paths.</summary>
    public IReadOnlyList<string> Skipped { get; init; } = [];

    public IEnumerable<Diagnostic> AllDiagnostics => Diagnostics.Concat(Records.SelectMany(r => r.Diagnostics));

    public bool HasErrors => AllDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The records of the run grouped by project, after the statistics annexes were generated (for the registers).</summary>
    public IReadOnlyList<ProjectRecords> Repositories { get; init; } = [];

    /// <summary>Each progress report (full path) with the meetings it covers, for the build cache.</summary>
    public IReadOnlyDictionary<string, Coverage> Coverage { get; init; } = new Dictionary<string, Coverage>();
}
