using Rgiem.Core.Build;
using Rgiem.Core.Caching;
using Rgiem.Core.Compilation;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Text;

namespace Rgiem.Cli.Output;

/// <summary>
/// Everything a run has to say: diagnostics in order, the source of each file (for snippets), the records
/// checked (display paths, in input order), what was written, and the exit code that follows from it.
/// </summary>
internal sealed record RunReport(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, SourceText> Sources,
    IReadOnlyList<WrittenOutput> Written,
    int RecordCount,
    string Command)
{
    /// <summary>Display paths of the records, in input order.</summary>
    public IReadOnlyList<string> RecordPaths { get; init; } = [];

    /// <summary>The diagnostics the text formats print: all of them, or only errors and warnings when quiet.</summary>
    public IEnumerable<Diagnostic> Shown(Verbosity verbosity) =>
        verbosity == Verbosity.Quiet ? Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info) : Diagnostics;

    /// <summary>The "wrote …" lines to print: none when quiet.</summary>
    public IReadOnlyList<WrittenOutput> WrittenShown(Verbosity verbosity) => verbosity == Verbosity.Quiet ? [] : Written;

    public int Errors => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

    public int Infos => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info);

    /// <summary>The one-line summary: <c>check: 7 records, 0 error(s), 2 warning(s), 1 info</c>.</summary>
    public string Summary =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Command}: {(RecordCount == 1 ? "1 record" : $"{RecordCount} records")}, {Errors} error(s), {Warnings} warning(s), {Infos} info");

    /// <summary>
    /// 2 when rgiem could not run (a path that does not exist or holds no record, a program it needs is missing), 1
    /// when errors were found, else 0.
    /// </summary>
    public int ExitCode =>
        Diagnostics.Any(d => d.Id == LoadDescriptors.PathNotFound.Id || d.Id == LoadDescriptors.NoRecords.Id || d.Id == ToolDescriptors.ProgramNotFound.Id) ? ExitCodes.Failure
        : Errors > 0 ? ExitCodes.Errors
        : ExitCodes.Success;

    /// <summary>The report of a build (<see cref="Builder"/>): from its compilation and outputs, or replayed from the build cache.</summary>
    public static RunReport From(BuildOutcome outcome, string workingDirectory, string command)
    {
        if (outcome.UpToDate is { } manifest)
        {
            return FromCache(manifest, outcome.CacheDiagnostics, workingDirectory, command);
        }

        var report = From(outcome.Compilation!, outcome.Written, command);
        return outcome.CacheDiagnostics.Count > 0 ? report with { Diagnostics = [.. outcome.CacheDiagnostics, .. report.Diagnostics] } : report;
    }

    public static RunReport From(CompilationResult compilation, BuildResult? build, string command)
    {
        var diagnostics = new List<Diagnostic>(compilation.Diagnostics);
        var sources = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        var paths = new List<string>(compilation.Records.Count);
        foreach (var record in compilation.Records)
        {
            diagnostics.AddRange(record.Diagnostics);
            if (record.Bound is { IsSummary: false } bound)
            {
                sources[bound.Source.Path] = bound.Source;
                foreach (var included in bound.Includes)
                {
                    sources.TryAdd(included.Path, included);
                }
            }

            if (record.Bound is not null || record.Diagnostics.Count > 0)
            {
                paths.Add(record.DisplayPath);
            }
        }

        if (build is not null)
        {
            diagnostics.AddRange(build.Diagnostics);
        }

        // A summary has no text: the snippets of its diagnostics are read from the file when printed, as for a cached build.
        var lazy = new LazySourceMap(diagnostics.Select(d => d.Location.Path).Where(p => p.Length > 0), compilation.Options.WorkingDirectory, sources);
        return new RunReport(diagnostics, lazy, build?.Written ?? [], paths.Count, command) { RecordPaths = paths };
    }

    /// <summary>
    /// The report of a build that had nothing to do: the diagnostics of the last build, from the build cache, in
    /// the same order, with the sources of the files they point into (read when a snippet needs them, not parsed).
    /// </summary>
    public static RunReport FromCache(CacheManifest manifest, IReadOnlyList<Diagnostic> cacheDiagnostics, string workingDirectory, string command)
    {
        var diagnostics = new List<Diagnostic>(cacheDiagnostics);
        diagnostics.AddRange(manifest.Global);
        foreach (var record in manifest.Records)
        {
            diagnostics.AddRange(record.Diagnostics);
        }

        diagnostics.AddRange(manifest.Build);
        // Read when a snippet is printed: the formats without snippets, and a build without diagnostics, read no record.
        var sources = new LazySourceMap(diagnostics.Select(d => d.Location.Path).Where(p => p.Length > 0), workingDirectory);
        var paths = manifest.Records.Select(r => r.DisplayPath).ToList();
        return new RunReport(diagnostics, sources, [], paths.Count, command) { RecordPaths = paths };
    }
}
