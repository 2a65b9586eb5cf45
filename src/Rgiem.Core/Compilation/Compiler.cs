using Rgiem.Core.Binding;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Loading;
using Rgiem.Core.Project;
using Rgiem.Core.References;
using Rgiem.Core.Validation;

namespace Rgiem.Core.Compilation;

/// <summary>
/// The front end of rgiem: finds the records of each input, then loads, binds and checks them in parallel
/// (stages 1 to 5). Rendering is separate (<see cref="OutputWriter"/>), so <c>check</c> and <c>build</c>
/// run exactly the same checks.
/// </summary>
public static class Compiler
{
    public static CompilationResult Compile(CompilationOptions options)
    {
        var display = new PathDisplay(options.WorkingDirectory);
        var global = new DiagnosticBag();
        var projects = new List<ProjectFile>();
        var work = new List<(string FullPath, bool Explicit, ProjectFile Project)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var folders = new List<(string Display, int Start, int End)>();

        foreach (string input in options.Inputs)
        {
            string full = Path.GetFullPath(Path.Combine(options.WorkingDirectory, input));
            if (Directory.Exists(full))
            {
                var project = ProjectLoader.Load(full, display.Show, global);
                project = WithOutput(project, options);
                projects.Add(project);
                var directories = project.ConfigPath is not null && IsUnder(full, project.Root) && full != project.Root
                    ? [full]
                    : project.RecordDirectories;
                int before = work.Count;
                foreach (string directory in directories)
                {
                    foreach (string file in RecordDiscovery.Find(directory, project.OutputDirectory))
                    {
                        if (seen.Add(file))
                        {
                            work.Add((file, false, project));
                        }
                    }
                }

                folders.Add((display.Show(full), before, work.Count));
            }
            else if (File.Exists(full))
            {
                var project = WithOutput(ProjectLoader.Load(Path.GetDirectoryName(full)!, display.Show, global), options);
                projects.Add(project);
                if (seen.Add(full))
                {
                    work.Add((full, true, project));
                }
            }
            else
            {
                global.Add(LoadDescriptors.PathNotFound, SourceLocation.None, input);
            }
        }

        var baseCheck = options.Check ?? CheckOptions.Default;

        // One document registry per project root, loaded once even when several inputs share the project.
        var checks = new Dictionary<string, CheckOptions>(StringComparer.Ordinal);
        foreach (var project in projects)
        {
            if (!checks.ContainsKey(project.Root))
            {
                var registryDiagnostics = new DiagnosticBag();
                var registry = DocumentRegistry.Load(project.Root, display.Show, registryDiagnostics);
                global.AddRange(new SeverityPolicy(project.RuleOverrides, options.WarningsAsErrors).Apply(registryDiagnostics.ToList()));
                checks[project.Root] = registry is null ? baseCheck : baseCheck with { Registry = registry };
            }
        }

        var results = new CompiledRecord?[work.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism };
        Parallel.For(0, work.Count, parallel, i =>
        {
            var (fullPath, isExplicit, project) = work[i];
            results[i] = CompileOne(fullPath, display.Show(fullPath), isExplicit, project, checks[project.Root], options.WarningsAsErrors);
        });

        foreach (var (folder, start, end) in folders)
        {
            // Files without front matter (README.md, an empty file) are skipped silently, so "no records" is
            // known only now.
            if (!results.Skip(start).Take(end - start).Any(r => r!.Bound is not null || r.Diagnostics.Count > 0))
            {
                global.Add(LoadDescriptors.NoRecords, SourceLocation.None, folder);
            }
        }

        var globalPolicy = new SeverityPolicy(warningsAsErrors: options.WarningsAsErrors);
        return new CompilationResult(projects, results.Select(r => r!).Where(r => r.Bound is not null || r.Diagnostics.Count > 0).ToList(), globalPolicy.Apply(global.ToList()))
        {
            Skipped = results.Select(r => r!).Where(r => r.Bound is null && r.Diagnostics.Count == 0).Select(r => r.DisplayPath).ToList(),
        };
    }

    private static CompiledRecord CompileOne(string fullPath, string displayPath, bool isExplicit, ProjectFile project, CheckOptions check, bool warningsAsErrors)
    {
        var diagnostics = new DiagnosticBag();
        var load = SourceLoader.Load(fullPath, displayPath);
        diagnostics.AddRange(load.Diagnostics);
        BoundRecord? bound = null;
        if (load.Source is { } source)
        {
            if (!isExplicit && !LooksLikeRecord(source.Text))
            {
                // Not a record (a README, an included fragment): skipped without a word.
                return new CompiledRecord(fullPath, displayPath, project, null, []);
            }

            bound = RecordBinder.Bind(source, project.Defaults, diagnostics);
            if (bound is not null)
            {
                var context = new RecordContext(bound, check, diagnostics);
                foreach (var rule in RuleSet.RecordRules)
                {
                    rule.Analyze(context);
                }
            }
        }

        var policy = new SeverityPolicy(project.RuleOverrides, warningsAsErrors);
        var ordered = policy.Apply(diagnostics.ToList())
            .OrderBy(d => d.Location.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        return new CompiledRecord(fullPath, displayPath, project, bound, ordered);
    }

    private static bool LooksLikeRecord(string text) => text.StartsWith("---", StringComparison.Ordinal);

    private static ProjectFile WithOutput(ProjectFile project, CompilationOptions options) =>
        options.OutputDirectory is null
            ? project
            : project with { OutputDirectory = Path.GetFullPath(Path.Combine(options.WorkingDirectory, options.OutputDirectory)) };

    private static bool IsUnder(string path, string root) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal) || path == root;
}
