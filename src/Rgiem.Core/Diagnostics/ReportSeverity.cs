namespace Rgiem.Core.Diagnostics;

/// <summary>A user's severity override for one rule (<c>rules:</c> in rgiem.yaml).</summary>
public enum ReportSeverity
{
    Error,
    Warning,
    Info,
    None,
}
