using Rgiem.Core.Binding;
using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Project;

/// <summary>
/// The settings of a repository of meeting records (<c>rgiem.yaml</c>, optional): where the records are,
/// the output folder, front matter defaults and per-rule severities. Paths are full paths.
/// </summary>
public sealed record ProjectFile(
    string Root,
    string? ConfigPath,
    IReadOnlyList<string> RecordDirectories,
    string OutputDirectory,
    ProjectDefaults? Defaults,
    IReadOnlyDictionary<string, ReportSeverity> RuleOverrides)
{
    public const string FileName = "rgiem.yaml";
}
