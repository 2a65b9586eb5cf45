using Rgiem.Core.Binding;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Project;

namespace Rgiem.Core.Compilation;

/// <summary>One record after checking: the bound record (null if unreadable) and its diagnostics, severities applied.</summary>
public sealed record CompiledRecord(string FullPath, string DisplayPath, ProjectFile Project, BoundRecord? Bound, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Bound is null || Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The rendering made while the records were checked (<see cref="EarlyRender"/>), if any.</summary>
    public RenderResult? Rendered { get; init; }

    /// <summary>
    /// The diagnostics of its own stages (load, bind, its rules) before the checks across records, suppressions and
    /// severities, when the build cache may keep them with its summary; null otherwise (a progress report, a record
    /// with suppression comments, one that could not be read).
    /// </summary>
    public IReadOnlyList<Diagnostic>? OwnDiagnostics { get; init; }

    /// <summary>Whether its own checks came from the build cache (it was neither read nor checked).</summary>
    public bool CheckReused { get; init; }
}
