using Rgiem.Core.Binding;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.FileSystem;
using Rgiem.Core.Loading;
using Rgiem.Core.Project;
using Rgiem.Core.Model;
using Rgiem.Core.References;
using Rgiem.Core.Repository;
using Rgiem.Core.Validation;

namespace Rgiem.Core.Compilation;

/// <summary>
/// The front end of rgiem: finds the records of each input, loads and binds them in parallel (stages 1 to 4),
/// fills in the statistics annex of each progress report from the meetings it covers, checks every record in
/// parallel (stage 5), then runs the checks across the records of each project (the repository stage).
/// Rendering is separate (<see cref="OutputWriter"/>), so <c>check</c> and <c>build</c> run exactly the same checks.
/// </summary>
public static class Compiler
{
    public static CompilationResult Compile(CompilationOptions options) => Compile(options, Discover(options));

    /// <summary>
    /// The first step of <see cref="Compile(CompilationOptions)"/>, on its own: the projects of the inputs and the
    /// files that may be records, without reading them. The build cache uses it to tell whether anything changed.
    /// </summary>
    public static Discovery Discover(CompilationOptions options)
    {
        var display = new PathDisplay(options.WorkingDirectory);
        var global = new DiagnosticBag();
        var projects = new List<ProjectFile>();
        var work = new List<(string FullPath, bool Explicit, ProjectFile Project)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var folders = new List<(string Display, int Start, int End)>();
        var listed = new Dictionary<(string, string?), IReadOnlyList<string>>();

        foreach (string input in options.Inputs)
        {
            string full = Path.GetFullPath(Path.Combine(options.WorkingDirectory, input));
            if (Directory.Exists(full))
            {
                var project = ProjectLoader.Load(full, display.Show, global, options.Search);
                project = WithOutput(project, options, display, global);
                projects.Add(project);
                var directories = project.ConfigPath is not null && IsUnder(full, project.Root) && full != project.Root
                    ? [full]
                    : project.RecordDirectories;
                int before = work.Count;
                foreach (string directory in directories)
                {
                    var scan = RecordDiscovery.Scan(directory, project.OutputDirectory);
                    listed.TryAdd((directory, project.OutputDirectory), scan.Files);
                    foreach (string file in scan.Files)
                    {
                        if (seen.Add(file))
                        {
                            work.Add((file, false, project));
                        }
                    }

                    // A link is not followed (it could lead anywhere); it is reported when it may have been meant as a
                    // record: it leads outside the project, or to a record inside it. A link to a fragment is not.
                    foreach (string link in scan.SymbolicLinks.Where(l => MayBeRecord(l, project)))
                    {
                        global.Add(LoadDescriptors.EntrySkipped, SourceLocation.FileOnly(display.Show(link)), display.Show(link),
                            "it is a symbolic link, and rgiem does not follow links to records (one could lead outside the project). Replace it with the file itself, or pass its target on the command line");
                    }

                    if (scan.InOutputFolder > 0)
                    {
                        global.Add(LoadDescriptors.RecordsInOutputFolder, SourceLocation.None, scan.InOutputFolder, display.Show(directory) is { Length: > 0 } shown ? shown : ".", display.Show(project.OutputDirectory) is { Length: > 0 } output ? output : ".");
                    }
                }

                folders.Add((display.Show(full), before, work.Count));
            }
            else if (File.Exists(full))
            {
                var project = WithOutput(ProjectLoader.Load(Path.GetDirectoryName(full)!, display.Show, global, options.Search), options, display, global);
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

        return new Discovery(projects, work.Select(w => new DiscoveredFile(w.FullPath, w.Explicit, w.Project)).ToList(), folders.Select(f => new DiscoveredFolder(f.Display, f.Start, f.End)).ToList(), global.ToList())
        {
            Listed = listed,
        };
    }

    /// <summary>Compiles what <see cref="Discover"/> found.</summary>
    /// <param name="render">A build's renderer, called for each record as soon as its own checks pass (<see cref="EarlyRender"/>).</param>
    /// <param name="recordDone">Called (from any thread) after each file is read, checked and rendered: for a progress display.</param>
    /// <param name="reuse">Asked before each record is read: its own checks from the build cache, if none of its inputs changed.</param>
    public static CompilationResult Compile(CompilationOptions options, Discovery discovery, EarlyRender? render = null, Action? recordDone = null, CheckReuse? reuse = null)
    {
        var display = new PathDisplay(options.WorkingDirectory);
        var global = new DiagnosticBag();
        global.AddRange(discovery.Diagnostics);
        var projects = discovery.Projects;
        var work = discovery.Files.Select(f => (f.FullPath, f.Explicit, f.Project)).ToList();
        var folders = discovery.Folders.Select(f => (f.Display, f.Start, f.End)).ToList();

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

        // Stages 1 to 5 of each record in one pass, in parallel: read, bind, check, (for a build) render, and
        // keep a summary. A progress report waits for its rules until the meetings it covers are all read.
        var loaded = new LoadedRecord[work.Count];

        // Each record's display path, made once (it was made three times a record), and each project's severity policy
        // (one a record, twice, before): issue 21, h29c.
        var shown = new string[work.Count];
        var policies = new Dictionary<ProjectFile, SeverityPolicy>(ReferenceEqualityComparer.Instance);
        foreach (var (_, _, project) in work)
        {
            if (!policies.ContainsKey(project))
            {
                policies[project] = new SeverityPolicy(project.RuleOverrides, options.WarningsAsErrors);
            }
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism };
        Parallel.For(0, work.Count, parallel, i =>
        {
            var (fullPath, isExplicit, project) = work[i];
            string displayPath = display.Show(fullPath);
            shown[i] = displayPath;

            // None of the files its own checks read changed since the build cache kept them: neither read nor checked.
            if (reuse?.Invoke(fullPath, displayPath, isExplicit, project) is { } reused)
            {
                var bag = new DiagnosticBag();
                bag.AddRange(reused.Diagnostics);
                loaded[i] = new LoadedRecord(bag, reused.Summary, IsRecord: true) { Own = reused.Diagnostics, Reused = true };
                recordDone?.Invoke();
                return;
            }

            // Every file read from here to the early rendering is an input of this record (the build cache keys on them).
            using var inputs = InputTracker.BeginRecord();
            var record = Load(fullPath, displayPath, isExplicit, project, display.Show, options.TemplateFromCommandLine);

            // Without a build's tracker a record has no inputs, the bound record's own (empty) list: it is not copied for them.
            if (record.Bound is { } read && inputs.Tracking)
            {
                record = record with { Bound = read with { Inputs = inputs.Inputs } };
            }

            if (record.Bound is { } bound && bound.Record.Metadata.Kind != RecordKind.ProgressReport)
            {
                var policy = policies[project];
                RuleSet.Analyze(bound, checks[project.Root], record.Diagnostics, policy);
                if (render is not null && !policy.Apply(record.Visible(displayPath, policy)).Any(d => d.Severity == DiagnosticSeverity.Error))
                {
                    record = record with { Rendered = render(fullPath, displayPath, bound) };
                    bound = bound with { Inputs = inputs.Inputs };
                    record = record with { Bound = bound };
                }

                if (options.Keep != RecordRetention.Whole)
                {
                    record = record with { Bound = options.Keep == RecordRetention.Facts ? bound.FactsOnly() : bound.ToSummary() };
                }

                // What the build cache may keep of its own checks: not those of a record with suppression comments
                // (they apply to the checks across records too, and are read from its text).
                if (record.Suppressions is not { IsEmpty: false })
                {
                    record = record with { Own = record.Diagnostics.ToList() };
                }
            }

            loaded[i] = record;
            recordDone?.Invoke();
        });

        // Repository stage, first half: each progress report gets the statistics of the meetings it covers,
        // before its rules run, so that they check the generated annex like any other text.
        var repositories = Repositories(work, loaded, checks, display, discovery);
        var indexOf = new Dictionary<string, int>(work.Count, StringComparer.Ordinal);
        for (int i = 0; i < work.Count; i++)
        {
            indexOf[work[i].FullPath] = i;
        }

        var coverage = new Dictionary<string, Coverage>(StringComparer.Ordinal);
        foreach (var repository in repositories.Values)
        {
            foreach (var report in repository.Inputs.Where(r => r.Facts.Kind == RecordKind.ProgressReport))
            {
                int index = indexOf[report.FullPath];
                if (CoverageResolver.Resolve(report, repository, loaded[index].Diagnostics) is { } covered)
                {
                    coverage[report.FullPath] = covered;
                    var expanded = StatisticsAnnex.Expand(loaded[index].Bound!, covered);

                    // The annex aggregates the meetings it covers: what they read is an input of the report too.
                    var inputs = expanded.Inputs.Concat(covered.Meetings.SelectMany(m => m.Bound.Inputs))
                        .DistinctBy(f => f.FullPath, StringComparer.Ordinal)
                        .OrderBy(f => f.FullPath, StringComparer.Ordinal)
                        .ToList();
                    loaded[index] = loaded[index] with { Bound = expanded with { Inputs = inputs } };
                }

                RuleSet.Analyze(loaded[index].Bound!, checks[work[index].Project.Root], loaded[index].Diagnostics, new SeverityPolicy(work[index].Project.RuleOverrides, options.WarningsAsErrors));
            }
        }

        // Repository stage, second half: the checks across records.
        var bags = indexOf.ToDictionary(p => p.Key, p => loaded[p.Value].Diagnostics, StringComparer.Ordinal);

        var finalRepositories = new List<ProjectRecords>();
        foreach (var repository in repositories.Values)
        {
            var inputs = repository.Inputs
                .Select(r => r with { Bound = loaded[indexOf[r.FullPath]].Bound! })
                .ToList();
            var final = repository.WithInputs(inputs);
            finalRepositories.Add(final);
            RuleSet.Analyze(new RepositoryContext(final, coverage, bags), new SeverityPolicy(final.Project.RuleOverrides, options.WarningsAsErrors));
        }

        var results = new CompiledRecord[work.Count];
        for (int i = 0; i < work.Count; i++)
        {
            var (fullPath, _, project) = work[i];
            var policy = policies[project];
            string displayPath = shown[i];
            var applied = policy.Apply(loaded[i].Visible(displayPath, policy));

            // A list of none or one is in order already (the sort is stable: it would copy it unchanged).
            IReadOnlyList<Diagnostic> ordered = applied.Count <= 1
                ? applied
                : applied.OrderBy(d => d.Location.Start)
                    .ThenBy(d => d.Id, StringComparer.Ordinal)
                    .ToList();
            results[i] = new CompiledRecord(fullPath, displayPath, project, loaded[i].Bound, ordered)
            {
                Rendered = loaded[i].Rendered,
                OwnDiagnostics = loaded[i].Bound is { IsSummary: true } ? loaded[i].Own : null,
                CheckReused = loaded[i].Reused,
            };
        }

        foreach (var (folder, start, end) in folders)
        {
            // Files without front matter (README.md, an empty file) are skipped silently, so "no records" is
            // known only now.
            if (!results.Skip(start).Take(end - start).Any(r => r.Bound is not null || r.Diagnostics.Count > 0))
            {
                global.Add(LoadDescriptors.NoRecords, SourceLocation.None, folder);
            }
        }

        var globalPolicy = new SeverityPolicy(warningsAsErrors: options.WarningsAsErrors);
        return new CompilationResult(projects, results.Where(r => r.Bound is not null || r.Diagnostics.Count > 0).ToList(), globalPolicy.Apply(global.ToList()))
        {
            Repositories = finalRepositories,
            Coverage = coverage,
            Options = options,
            Skipped = Enumerable.Range(0, work.Count).Where(i => !loaded[i].IsRecord).Select(i => shown[i]).ToList(),
        };
    }

    /// <summary>
    /// One record after stages 1 to 4 (or 5): its diagnostics so far, the bound record (null when it is not a record or
    /// cannot be read) and its early rendering.
    /// </summary>
    private sealed record LoadedRecord(DiagnosticBag Diagnostics, BoundRecord? Bound, bool IsRecord)
    {
        public RenderResult? Rendered { get; init; }

        /// <summary>The diagnostics of its own stages, before the checks across records: what the build cache keeps.</summary>
        public IReadOnlyList<Diagnostic>? Own { get; init; }

        /// <summary>Whether its own checks came from the build cache.</summary>
        public bool Reused { get; init; }

        /// <summary>The record's inline suppressions (<c>&lt;!-- rgiem-disable-next-line RG7001 --&gt;</c>), if it could be read.</summary>
        public Suppressions? Suppressions { get; init; }

        /// <summary>The diagnostics without the suppressed ones, with those of unused suppressions.</summary>
        public IReadOnlyList<Diagnostic> Visible(string displayPath, SeverityPolicy policy) =>
            Suppressions is { } suppressions ? suppressions.Apply(Diagnostics.ToList(), displayPath, policy.SwitchesOff) : Diagnostics.ToList();
    }

    /// <summary>
    /// Reads and binds a record again (stages 1 to 4, no rules): for a build that kept only its summary and must
    /// render it after all (the build cache had expected to reuse its output). Null if it can no longer be read.
    /// </summary>
    public static BoundRecord? Reload(CompiledRecord record, CompilationOptions options)
    {
        var display = new PathDisplay(options.WorkingDirectory);
        var again = Load(record.FullPath, record.DisplayPath, isExplicit: true, record.Project, display.Show, options.TemplateFromCommandLine);
        return again.Bound;
    }

    private static LoadedRecord Load(string fullPath, string displayPath, bool isExplicit, ProjectFile project, Func<string, string> display, bool templateFromCommandLine = false)
    {
        var diagnostics = new DiagnosticBag();
        var load = SourceLoader.Load(fullPath, displayPath);
        diagnostics.AddRange(load.Diagnostics);
        if (load.Source is not { } source)
        {
            return new LoadedRecord(diagnostics, null, IsRecord: true);
        }

        if (!isExplicit && !LooksLikeRecord(source.Text))
        {
            // Not a record (a README, an included fragment): skipped without a word.
            return new LoadedRecord(new DiagnosticBag(), null, IsRecord: false);
        }

        var bound = RecordBinder.Bind(source, project.Defaults, diagnostics, new IncludeResolver(fullPath, project.Root, display, project.RecordDirectories));
        if (bound is not null)
        {
            bound = WithRendering(bound, fullPath, project, display, diagnostics, templateFromCommandLine);
        }

        return new LoadedRecord(diagnostics, bound, IsRecord: true) { Suppressions = Suppressions.Parse(source) };
    }

    /// <summary>The records of this run grouped by project, each able to read the rest of its project on demand.</summary>
    private static Dictionary<string, ProjectRecords> Repositories(
        List<(string FullPath, bool Explicit, ProjectFile Project)> work,
        LoadedRecord[] loaded,
        Dictionary<string, CheckOptions> checks,
        PathDisplay display,
        Discovery discovery)
    {
        var repositories = new Dictionary<string, ProjectRecords>(StringComparer.Ordinal);
        foreach (var group in Enumerable.Range(0, work.Count).GroupBy(i => work[i].Project.Root, StringComparer.Ordinal))
        {
            var project = work[group.First()].Project;
            var inputs = group.Where(i => loaded[i].Bound is not null)
                .Select(i => new ProjectRecord(work[i].FullPath, display.Show(work[i].FullPath), loaded[i].Bound!, IsInput: true))
                .ToList();
            var unreadable = group.Where(i => loaded[i].Bound is null && loaded[i].IsRecord).Select(i => work[i].FullPath);

            // Files of the run found not to be records (an included fragment, a README) are not read again.
            var notRecords = group.Where(i => !loaded[i].IsRecord).Select(i => work[i].FullPath).ToHashSet(StringComparer.Ordinal);
            repositories[project.Root] = new ProjectRecords(
                project,
                inputs,
                unreadable,
                checks[project.Root].Registry,
                path =>
                {
                    if (notRecords.Contains(path))
                    {
                        return (false, null);
                    }

                    using var inputs = InputTracker.BeginRecord();
                    var other = Load(path, display.Show(path), isExplicit: false, project, display.Show);
                    return (other.IsRecord, other.Bound is { } bound ? bound with { Inputs = inputs.Inputs } : null);
                },
                display.Show)
            {
                RecordFiles = discovery.RecordFiles,
            };
        }

        return repositories;
    }

    /// <summary>
    /// The template as a full path, resolved against the file that names it (the record, or rgiem.yaml for
    /// a default or the project's own <c>template:</c>), and the project's style map.
    /// A template outside the project (and the records folders rgiem.yaml names) is RG0031: only the command
    /// line may name one elsewhere.
    /// </summary>
    private static BoundRecord WithRendering(BoundRecord bound, string fullPath, ProjectFile project, Func<string, string> display, DiagnosticBag diagnostics, bool templateFromCommandLine)
    {
        string? template = project.Template;
        var location = project.ConfigPath is null ? SourceLocation.FileOnly(display(fullPath)) : SourceLocation.FileOnly(display(project.ConfigPath));
        string? writtenText = null;
        if (bound.Values.Get("template") is FrontMatter.ScalarValue written && written.Text.Length > 0)
        {
            bool fromProject = project.ConfigPath is not null && project.Defaults?.Source is { } projectSource
                && written.Location.Path == projectSource.Path && written.Location.Path != bound.Source.Path;
            string baseDirectory = fromProject ? Path.GetDirectoryName(project.ConfigPath!)! : Path.GetDirectoryName(fullPath)!;
            template = Path.GetFullPath(Path.Combine(baseDirectory, written.Text));
            location = written.Location;
            writtenText = written.Text;
        }

        if (template is not null && !IsInsideProject(template, project))
        {
            (templateFromCommandLine ? new DiagnosticBag() : diagnostics).Add(LoadDescriptors.TemplateOutsideProject, location, writtenText ?? display(template), display(project.Root));
            template = null;
        }

        // The renderer reads the template and the logo: they are inputs of the record from now on.
        if (template is not null)
        {
            InputTracker.Used(template);
        }

        // The logo is read by the renderer, relative to the record; it must be inside the project like a template.
        string? logo = bound.Record.Metadata.Logo;
        if (logo is { Length: > 0 })
        {
            string logoPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(fullPath)!, logo));
            if (!IsInsideProject(logoPath, project))
            {
                var logoLocation = bound.Values.Get("logo")?.Location ?? SourceLocation.FileOnly(display(fullPath));
                diagnostics.Add(LoadDescriptors.OutsideProject, logoLocation, logo, display(project.Root) is { Length: > 0 } root ? root : ".",
                    "through '..', an absolute path or a symbolic link; a logo must be a file of the project");
                logo = null;
            }
            else
            {
                InputTracker.Used(logoPath);
            }
        }

        var metadata = bound.Record.Metadata with { Template = template, Styles = project.Styles, Logo = logo };
        return bound with { Record = bound.Record with { Metadata = metadata } };
    }

    private static bool MayBeRecord(string link, ProjectFile project)
    {
        string real = RealPath(link);
        if (!IsInsideProject(real, project))
        {
            return true;
        }

        return FileSystem.FileProbe.Status(real).Kind == FileSystem.FileKind.Regular && FileSystem.WritePolicy.StartsWithFrontMatter(real);
    }

    private static bool LooksLikeRecord(string text) => text.StartsWith("---", StringComparison.Ordinal);

    /// <summary>
    /// The output folder: the one given on the command line, else the project's, which must be inside the project
    /// (RG0032: a rgiem.yaml must not make rgiem write elsewhere).
    /// </summary>
    private static ProjectFile WithOutput(ProjectFile project, CompilationOptions options, PathDisplay display, DiagnosticBag diagnostics)
    {
        if (options.OutputDirectory is not null)
        {
            return project with { OutputDirectory = Path.GetFullPath(Path.Combine(options.WorkingDirectory, options.OutputDirectory)) };
        }

        if (project.ConfigPath is not null && !IsUnder(RealPath(project.OutputDirectory), RealPath(project.Root)))
        {
            diagnostics.Add(LoadDescriptors.OutputOutsideProject, SourceLocation.FileOnly(display.Show(project.ConfigPath)), display.Show(project.OutputDirectory), display.Show(project.Root));
            return project with { OutputRefused = true };
        }

        return project;
    }

    /// <summary>Whether a file is inside the project root or one of its records folders, symbolic links resolved.</summary>
    private static bool IsInsideProject(string path, ProjectFile project)
    {
        string real = RealPath(path);
        return new[] { project.Root }.Concat(project.RecordDirectories).Any(root => real.StartsWith(Path.TrimEndingDirectorySeparator(RealPath(root)) + Path.DirectorySeparatorChar, StringComparison.Ordinal));
    }

    private static string RealPath(string path) => IncludeResolver.RealPath(Path.GetFullPath(path)) ?? Path.GetFullPath(path);

    private static bool IsUnder(string path, string root) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal) || path == root;
}
