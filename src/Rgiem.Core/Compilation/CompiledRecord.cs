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
}
