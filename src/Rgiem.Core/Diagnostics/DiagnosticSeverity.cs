namespace Rgiem.Core.Diagnostics;

/// <summary>How serious a diagnostic is. Errors stop a record from being rendered.</summary>
public enum DiagnosticSeverity
{
    Info = 1,
    Warning = 2,
    Error = 3,
}
