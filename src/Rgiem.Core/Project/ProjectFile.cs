using Rgiem.Core.Binding;
using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Project;

/// <summary>
/// The settings of a repository of meeting records (<c>rgiem.yaml</c>, optional): where the records are,
/// the output folder, front matter defaults, per-rule severities, the Word template and its style map.
/// Paths are full paths.
/// </summary>
public sealed record ProjectFile(
    string Root,
    string? ConfigPath,
    IReadOnlyList<string> RecordDirectories,
    string OutputDirectory,
    ProjectDefaults? Defaults,
    IReadOnlyDictionary<string, ReportSeverity> RuleOverrides)
{
    /// <summary>True when rgiem.yaml names an output folder outside the project (RG0032): nothing is written.</summary>
    public bool OutputRefused { get; init; }

    /// <summary>The template every record uses unless it names its own (top-level <c>template:</c>), full path.</summary>
    public string? Template { get; init; }

    /// <summary>Style map overrides (<c>styles:</c>): a <see cref="Model.StyleRoles"/> role to a style name.</summary>
    public IReadOnlyDictionary<string, string> Styles { get; init; } = new Dictionary<string, string>();

    public const string FileName = "rgiem.yaml";
}
