using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Compilation;

/// <summary>What <see cref="OutputWriter"/> wrote, and the diagnostics of rendering and writing.</summary>
public sealed record BuildResult(IReadOnlyList<WrittenOutput> Written, IReadOnlyList<Diagnostic> Diagnostics, int Skipped)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
