using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Compilation;

/// <summary>What <see cref="OutputWriter"/> wrote, and the diagnostics of rendering and writing.</summary>
public sealed record BuildResult(IReadOnlyList<WrittenOutput> Written, IReadOnlyList<Diagnostic> Diagnostics, int Skipped)
{
    /// <summary>Outputs the build cache found up to date, which were neither rendered nor written.</summary>
    public IReadOnlyList<WrittenOutput> Reused { get; init; } = [];

    /// <summary>The diagnostics of rendering each record (full path), reused ones included, for the build cache.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Diagnostic>> RenderDiagnostics { get; init; } = new Dictionary<string, IReadOnlyList<Diagnostic>>();

    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
