using System.Diagnostics;
using Rgiem.Core.Binding;
using Rgiem.Core.Caching;
using Rgiem.Core.Compilation;
using Rgiem.Core.FileSystem;
using Rgiem.Core.Project;

namespace Rgiem.Core.Build;

/// <summary>
/// The one build driver, for <c>rgiem build</c> (and each build of <c>--watch</c>) and <c>preview</c>: discover the
/// inputs → nothing changed since the last build? (replay its manifest) → per record, in parallel, load, bind, check,
/// render as soon as its own checks pass (unless the cache holds its output) and keep a summary → the repository stage
/// → write the outputs → save the cache. The stages report the files they read as they read them
/// (<see cref="InputTracker"/>), and the cache keys each output on exactly those. The CLI maps its arguments to a
/// <see cref="BuildRequest"/>, calls this once and prints the <see cref="BuildOutcome"/>.
/// </summary>
public static class Builder
{
    public static BuildOutcome Run(BuildRequest request, IRecordRenderer renderer, IBuildCache cache, IBuildProgress progress)
    {
        var options = request.Options;
        var watch = Stopwatch.StartNew();
        InputTracker? tracker = null;
        using var tracking = cache.TracksInputs ? InputTracker.Begin(out tracker) : null;

        var discovery = Compiler.Discover(options);
        var cacheDiagnostics = cache.Open(options, discovery);
        progress.Detail($"found {discovery.Files.Count} file(s) and read the build cache in {watch.ElapsedMilliseconds} ms{Memory(progress)}");
        if (cache.Unchanged(discovery) is { } manifest)
        {
            progress.Detail($"up to date: {manifest.Records.Count} record(s), nothing changed since the last build ({watch.ElapsedMilliseconds} ms, build cache {new PathDisplay(options.WorkingDirectory).Show(cache.ManifestPath!)})");
            return new BuildOutcome(discovery, null, null, manifest, cacheDiagnostics);
        }

        // The output folders are locked before any record is read, so that each document can be written as soon as it is
        // rendered, to a temporary file beside its target (OutputStaging), and renamed once the checks across records have
        // passed: the build does not hold 5,000 documents in memory meanwhile. preview writes into a scratch folder.
        using var staging = request.ScratchOutput is null
            ? OutputStaging.Begin(discovery.Projects.Where(p => !p.OutputRefused).Select(p => p.OutputDirectory), request.LockTimeout ?? OutputWriter.DefaultLockTimeout, hash: cache.TracksInputs)
            : null;

        // Each record is rendered as soon as its own checks pass and only its summary is kept (memory stays flat
        // however many records there are), unless the build cache holds its output for the same inputs.
        progress.Started(discovery.Files.Count);
        var projects = new Lazy<Dictionary<string, ProjectFile>>(() => discovery.Files.ToDictionary(f => f.FullPath, f => f.Project, StringComparer.Ordinal));
        RenderResult? Early(string fullPath, string displayPath, BoundRecord bound) =>
            tracker is not null && cache.IsUpToDate(fullPath, OutputOf(projects.Value[fullPath], bound, fullPath, renderer), bound.Inputs, tracker.Shared)
                ? null
                : Stage(OutputWriter.RenderBound(renderer, fullPath, displayPath, bound), projects.Value[fullPath], bound, fullPath);
        RenderResult Stage(RenderResult result, ProjectFile project, BoundRecord bound, string fullPath) =>
            staging is null ? result : staging.Stage(result, OutputOf(project, bound, fullPath, renderer));
        // A record none of whose inputs changed since the last build is neither read nor checked: its own diagnostics
        // and its summary come from the cache, and only the checks across records run on it again.
        var pacer = new AllocationPacer();
        CheckReuse? reuse = tracker is null ? null : (fullPath, displayPath, isExplicit, project) =>
        {
            // What the cache decodes is kept to the end of the build: no reason to collect (AllocationPacer.Exempt).
            long before = GC.GetAllocatedBytesForCurrentThread();
            var reused = cache.ReuseCheck(fullPath, displayPath, isExplicit, project, tracker.Shared);
            pacer.Exempt(GC.GetAllocatedBytesForCurrentThread() - before);
            return reused;
        };
        void RecordDone()
        {
            pacer.Tick();
            progress.RecordDone();
        }

        var compilation = Compiler.Compile(options with { Keep = RecordRetention.Summary }, discovery, Early, RecordDone, reuse);
        progress.Checked();
        int reused = compilation.Records.Count(r => r.CheckReused);
        progress.Detail($"checked {compilation.Records.Count - reused} record(s) ({reused} unchanged, from the build cache), rendering {compilation.Records.Count(r => r.Rendered is not null)} of them as they passed, in {watch.ElapsedMilliseconds} ms{Memory(progress)}");

        if (request.ScratchOutput is { } scratch)
        {
            compilation = compilation with
            {
                Records = [.. compilation.Records.Select(r => r with { Project = r.Project with { OutputDirectory = scratch } })],
            };
        }

        watch.Restart();
        cache.Prepare(compilation, tracker?.Shared ?? []);

        // What the checks across records and the render keys allocated is kept to the end: no reason to collect it.
        pacer.Restart();
        string[] templates = request.Template is null ? [] : [request.Template];
        var written = OutputWriter.Write(compilation, renderer, options.WorkingDirectory, otherInputs: templates, reuse: cache.TracksInputs ? (record, output) =>
        {
            // Asked before each document is rendered or written: the writes are paced like the records were.
            pacer.Tick();
            return cache.Reuse(record, output);
        }
        : null, lockTimeout: request.LockTimeout, staging: staging);
        progress.Detail($"wrote {written.Written.Count} document(s) in {watch.ElapsedMilliseconds} ms" + (cache.ManifestPath is null ? string.Empty : $"; {written.Reused.Count} up to date (build cache)") + Memory(progress));
        watch.Restart();
        staging?.Dispose();
        cache.Save(discovery, compilation, written, pacer.Tick);
        if (cache.ManifestPath is not null)
        {
            progress.Detail($"saved the build cache in {watch.ElapsedMilliseconds} ms ({cache.SaveSummary}){Memory(progress)}");
        }

        return new BuildOutcome(discovery, compilation, written, null, cacheDiagnostics);
    }

    /// <summary>For <c>--verbose</c>: the process's peak resident memory so far and the managed heap now.</summary>
    /// <summary>The peak memory so far, for <c>--verbose</c> only: reading it opens the process's status files.</summary>
    private static string Memory(IBuildProgress progress)
    {
        if (!progress.WantsDetail)
        {
            return string.Empty;
        }

        using var process = Process.GetCurrentProcess();
        return $" (peak memory {process.PeakWorkingSet64 >> 20} MB, managed heap {GC.GetGCMemoryInfo().HeapSizeBytes >> 20} MB)";
    }

    private static string OutputOf(ProjectFile project, BoundRecord bound, string fullPath, IRecordRenderer renderer) =>
        Path.Combine(project.OutputDirectory, OutputNaming.FileName(bound.Record, fullPath, renderer.Extension));
}
