using Rgiem.Core.Binding;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.FileSystem;
using Rgiem.Core.FrontMatter;
using Rgiem.Core.Loading;
using Rgiem.Core.Text;
using Rgiem.Core.Yaml;

namespace Rgiem.Core.Project;

/// <summary>Finds and reads <c>rgiem.yaml</c>: in the input folder or the nearest trusted parent, stopping at a git root or the home folder.</summary>
public static class ProjectLoader
{
    private static readonly string[] Keys = ["records", "output", "defaults", "rules", "template", "styles"];

    /// <summary>
    /// The nearest rgiem.yaml at or above <paramref name="directory"/>, or null: the search stops at a folder holding
    /// <c>.git</c> and at the user's home folder, and skips folders <paramref name="search"/> does not trust (each
    /// skipped rgiem.yaml is RG0044 in <paramref name="diagnostics"/>). A folder named rgiem.yaml is not a project file.
    /// </summary>
    public static string? FindConfig(string directory, ProjectSearch? search = null, DiagnosticBag? diagnostics = null, Func<string, string>? display = null)
    {
        search ??= ProjectSearch.Default;
        var current = new DirectoryInfo(directory);
        while (current is not null)
        {
            string candidate = Path.Combine(current.FullName, ProjectFile.FileName);
            var kind = FileProbe.Status(candidate).Kind;
            if (kind != FileKind.Missing)
            {
                string? distrust = search.Distrust(current.FullName);
                if (distrust is null && kind == FileKind.Regular)
                {
                    return candidate;
                }

                diagnostics?.Add(LoadDescriptors.ProjectFileIgnored, SourceLocation.None, display?.Invoke(candidate) ?? candidate,
                    distrust ?? $"it is {FileProbe.Describe(kind)}, not a regular file");
            }

            if (IsRepositoryRoot(current.FullName) || !search.MayClimbAbove(current.FullName))
            {
                return null;
            }

            current = current.Parent;
        }

        return null;
    }

    /// <summary>
    /// The folder whose files a project may name (records folders, includes, templates, logos): the repository that
    /// holds <paramref name="root"/> (the nearest folder with <c>.git</c>, a folder or a worktree's file, not above the user's home), else the root itself.
    /// </summary>
    public static string Boundary(string root, ProjectSearch? search = null)
    {
        search ??= ProjectSearch.Default;
        for (var current = new DirectoryInfo(root); current is not null; current = current.Parent)
        {
            if (IsRepositoryRoot(current.FullName))
            {
                return current.FullName;
            }

            if (!search.MayClimbAbove(current.FullName))
            {
                break;
            }
        }

        return root;
    }

    /// <summary>
    /// A git repository's top folder: it holds <c>.git</c>, a folder in a clone, a file (<c>gitdir: …</c>) in a linked
    /// worktree or a submodule.
    /// </summary>
    private static bool IsRepositoryRoot(string folder) => Path.Exists(Path.Combine(folder, ".git"));

    /// <summary>Loads the project for <paramref name="directory"/>; without rgiem.yaml the folder itself is the project.</summary>
    public static ProjectFile Load(string directory, Func<string, string> display, DiagnosticBag diagnostics, ProjectSearch? search = null)
    {
        string? configPath = FindConfig(directory, search, diagnostics, display);
        if (configPath is null)
        {
            return new ProjectFile(directory, null, [directory], Path.Combine(directory, "out"), null, new Dictionary<string, ReportSeverity>());
        }

        string root = Path.GetDirectoryName(configPath)!;
        var empty = new ProjectFile(root, configPath, [root], Path.Combine(root, "out"), null, new Dictionary<string, ReportSeverity>());
        var load = SourceLoader.Load(configPath, display(configPath));
        diagnostics.AddRange(load.Diagnostics);
        if (load.Source is not { } source)
        {
            return empty;
        }

        var yaml = YamlReader.Read(source.Text, source.Path, 0);
        diagnostics.AddRange(yaml.Diagnostics);
        if (yaml.Root is null)
        {
            return empty;
        }

        if (yaml.Root is not YamlMapping mapping)
        {
            diagnostics.Add(LoadDescriptors.ProjectInvalidValue, Span(source.Path, yaml.Root), "rgiem.yaml must be a mapping of records, output, defaults and rules");
            return empty;
        }

        var records = new List<string>();
        string output = Path.Combine(root, "out");
        ProjectDefaults? defaults = null;
        var rules = new Dictionary<string, ReportSeverity>(StringComparer.OrdinalIgnoreCase);
        string? template = null;
        var styles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            switch (entry.Key.Value)
            {
                case "records":
                    records.AddRange(ReadPaths(entry.Value, root, Boundary(root, search), source.Path, display, diagnostics));
                    break;
                case "output":
                    if (entry.Value is YamlScalar { IsNull: false } outputScalar)
                    {
                        output = Path.GetFullPath(Path.Combine(root, outputScalar.Value));
                    }
                    else
                    {
                        diagnostics.Add(LoadDescriptors.ProjectInvalidValue, Span(source.Path, entry.Value), "'output' must be a folder path, e.g. 'output: out'");
                    }

                    break;
                case "defaults":
                    if (entry.Value is YamlMapping defaultsMapping)
                    {
                        var validator = new FrontMatterValidator(source.Path, diagnostics);
                        defaults = new ProjectDefaults(validator.ValidateObject(defaultsMapping, FrontMatterSchema.Fields, "defaults."), source);
                    }
                    else if (entry.Value is not YamlScalar { IsNull: true })
                    {
                        diagnostics.Add(LoadDescriptors.ProjectInvalidValue, Span(source.Path, entry.Value), "'defaults' must be a mapping of front matter fields");
                    }

                    break;
                case "rules":
                    ReadRules(entry.Value, source.Path, rules, diagnostics);
                    break;
                case "template":
                    if (entry.Value is YamlScalar { IsNull: false } templateScalar && templateScalar.Value.Trim().Length > 0)
                    {
                        template = Path.GetFullPath(Path.Combine(root, templateScalar.Value.Trim()));
                    }
                    else
                    {
                        diagnostics.Add(LoadDescriptors.ProjectInvalidValue, Span(source.Path, entry.Value), "'template' must be the path of a .dotx or .docx file, relative to rgiem.yaml");
                    }

                    break;
                case "styles":
                    ReadStyles(entry.Value, source.Path, styles, diagnostics);
                    break;
                default:
                    diagnostics.Add(LoadDescriptors.ProjectUnknownKey, Span(source.Path, entry.Key), entry.Key.Value, Suggestions.DidYouMean(entry.Key.Value, Keys));
                    break;
            }
        }

        return new ProjectFile(root, configPath, records.Count > 0 ? records : [root], output, defaults, rules)
        {
            Template = template,
            Styles = styles,
        };
    }

    private static IEnumerable<string> ReadPaths(YamlNode node, string root, string boundary, string path, Func<string, string> display, DiagnosticBag diagnostics)
    {
        var scalars = node switch
        {
            YamlScalar { IsNull: false } scalar => [scalar],
            YamlSequence sequence => sequence.Items.OfType<YamlScalar>().ToList(),
            _ => new List<YamlScalar>(),
        };
        if (scalars.Count == 0)
        {
            diagnostics.Add(LoadDescriptors.ProjectInvalidValue, Span(path, node), "'records' must be a folder or a list of folders, relative to rgiem.yaml");
        }

        foreach (var scalar in scalars)
        {
            string full = Path.GetFullPath(Path.Combine(root, scalar.Value));
            if (!Directory.Exists(full))
            {
                diagnostics.Add(LoadDescriptors.ProjectInvalidValue, Span(path, scalar), $"records folder '{scalar.Value}' does not exist");
                continue;
            }

            // A records folder widens what includes, templates and covers may name, so it must be inside the
            // project's repository (symbolic links resolved): a project file cannot make rgiem read /etc/ssl.
            string real = IncludeResolver.RealPath(full) ?? full;
            string realBoundary = IncludeResolver.RealPath(boundary) ?? boundary;
            if (real != realBoundary && !real.StartsWith(Path.TrimEndingDirectorySeparator(realBoundary) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                diagnostics.Add(LoadDescriptors.OutsideProject, Span(path, scalar), display(full), display(boundary),
                    "a records folder rgiem.yaml names must be inside the project's repository; pass a folder elsewhere on the command line");
                continue;
            }

            yield return full;
        }
    }

    private static void ReadRules(YamlNode node, string path, Dictionary<string, ReportSeverity> rules, DiagnosticBag diagnostics)
    {
        if (node is not YamlMapping mapping)
        {
            diagnostics.Add(LoadDescriptors.ProjectInvalidValue, Span(path, node), "'rules' must map rule IDs to error, warning, info or none, e.g. 'RG7001: none'");
            return;
        }

        foreach (var entry in mapping.Entries)
        {
            string id = entry.Key.Value;
            if (DiagnosticCatalog.Find(id) is null)
            {
                diagnostics.Add(LoadDescriptors.UnknownRuleOverride, Span(path, entry.Key), id, Suggestions.DidYouMean(id, DiagnosticCatalog.All.Select(d => d.Id)));
                continue;
            }

            string value = (entry.Value as YamlScalar)?.Value.Trim().ToLowerInvariant() ?? string.Empty;
            ReportSeverity? severity = value switch
            {
                "error" => ReportSeverity.Error,
                "warning" or "warn" => ReportSeverity.Warning,
                "info" or "suggestion" => ReportSeverity.Info,
                "none" or "off" or "silent" => ReportSeverity.None,
                _ => null,
            };
            if (severity is null)
            {
                diagnostics.Add(LoadDescriptors.ProjectInvalidValue, Span(path, entry.Value), $"'{value}' is not a severity for {id}; use error, warning, info or none");
                continue;
            }

            rules[id.ToUpperInvariant()] = severity.Value;
        }
    }

    private static void ReadStyles(YamlNode node, string path, Dictionary<string, string> styles, DiagnosticBag diagnostics)
    {
        if (node is not YamlMapping mapping)
        {
            diagnostics.Add(LoadDescriptors.ProjectInvalidValue, Span(path, node), "'styles' must map constructs to style names of the template, e.g. 'code: Source Code'");
            return;
        }

        foreach (var entry in mapping.Entries)
        {
            string role = entry.Key.Value;
            if (Model.StyleRoles.Find(role) is null)
            {
                diagnostics.Add(LoadDescriptors.ProjectInvalidValue, Span(path, entry.Key),
                    $"'{role}' is not a construct of the style map{Suggestions.DidYouMean(role, Model.StyleRoles.All.Select(r => r.Role))}; see docs/templates.md");
                continue;
            }

            if (entry.Value is not YamlScalar { IsNull: false } name || name.Value.Trim().Length == 0)
            {
                diagnostics.Add(LoadDescriptors.ProjectInvalidValue, Span(path, entry.Value), $"the style for '{role}' must be a style name, e.g. '{role}: {Model.StyleRoles.Find(role)!.DefaultName}'");
                continue;
            }

            styles[role] = name.Value.Trim();
        }
    }

    private static SourceLocation Span(string path, YamlNode node) => new(path, node.Start, node.End);
}
