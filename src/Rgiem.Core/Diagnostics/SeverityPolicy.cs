namespace Rgiem.Core.Diagnostics;

/// <summary>
/// Applies per-rule overrides and <c>--warnaserror</c> to diagnostics, as Roslyn's ReportDiagnostic does.
/// Non-configurable descriptors keep their default severity.
/// </summary>
public sealed class SeverityPolicy
{
    private readonly IReadOnlyDictionary<string, ReportSeverity> overrides;

    public SeverityPolicy(IReadOnlyDictionary<string, ReportSeverity>? overrides = null, bool warningsAsErrors = false)
    {
        this.overrides = overrides ?? new Dictionary<string, ReportSeverity>();
        WarningsAsErrors = warningsAsErrors;
    }

    public static SeverityPolicy Default { get; } = new();

    public bool WarningsAsErrors { get; }

    public IReadOnlyDictionary<string, ReportSeverity> Overrides => overrides;

    /// <summary>Returns the diagnostic with its effective severity, or null when the rule is switched off.</summary>
    public Diagnostic? Apply(Diagnostic diagnostic)
    {
        if (!diagnostic.Descriptor.Configurable)
        {
            return diagnostic;
        }

        var severity = diagnostic.Severity;
        if (overrides.TryGetValue(diagnostic.Id, out var report))
        {
            switch (report)
            {
                case ReportSeverity.None:
                    return null;
                case ReportSeverity.Error:
                    severity = DiagnosticSeverity.Error;
                    break;
                case ReportSeverity.Warning:
                    severity = DiagnosticSeverity.Warning;
                    break;
                case ReportSeverity.Info:
                    severity = DiagnosticSeverity.Info;
                    break;
            }
        }

        if (WarningsAsErrors && severity == DiagnosticSeverity.Warning)
        {
            severity = DiagnosticSeverity.Error;
        }

        return severity == diagnostic.Severity ? diagnostic : diagnostic.WithSeverity(severity);
    }

    public IReadOnlyList<Diagnostic> Apply(IEnumerable<Diagnostic> diagnostics)
    {
        var result = new List<Diagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            if (Apply(diagnostic) is { } applied)
            {
                result.Add(applied);
            }
        }

        return result;
    }

    /// <summary>Whether the project switched <paramref name="id"/> off (<c>rules: {RG7001: none}</c>).</summary>
    public bool SwitchesOff(string id) => overrides.TryGetValue(id, out var report) && report == ReportSeverity.None;

    public SeverityPolicy WithOverrides(IReadOnlyDictionary<string, ReportSeverity> more)
    {
        var merged = new Dictionary<string, ReportSeverity>(overrides, StringComparer.OrdinalIgnoreCase);
        foreach (var (id, severity) in more)
        {
            merged[id] = severity;
        }

        return new SeverityPolicy(merged, WarningsAsErrors);
    }
}
