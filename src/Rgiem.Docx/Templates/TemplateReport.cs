using Rgiem.Core.Diagnostics;

namespace Rgiem.Docx.Templates;

/// <summary>What <see cref="TemplateChecker"/> found: problems, and the known placeholders (for the summary).</summary>
public sealed record TemplateReport(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Placeholders)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
