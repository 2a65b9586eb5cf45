using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Compilation;

/// <summary>
/// Stage 6 driver: renders every record without errors, in parallel, and writes each output atomically.
/// A record with errors gets no output (as a compiler emits nothing on error); its old output is left alone.
/// </summary>
public static class OutputWriter
{
    /// <summary>How long a build waits for another build that writes into the same output folder.</summary>
    public static readonly TimeSpan DefaultLockTimeout = TimeSpan.FromMinutes(5);

    /// <param name="otherInputs">Further files that must never be overwritten (a template given on the command line).</param>
    /// <param name="lockTimeout">How long to wait for another build writing into the same output folder (<see cref="OutputLock"/>).</param>
    /// <param name="staging">
    /// The build's staging (<see cref="OutputStaging"/>): the folders whose locks it took (or failed to take) are not
    /// locked again, and a record rendered to a staged file is written by renaming that file.
    /// </param>
    /// <param name="reuse">
    /// The build cache: given a record and its output (full path), the diagnostics of its last rendering when that
    /// output is up to date (then the record is neither rendered nor written), or null to render it.
    /// </param>
    public static BuildResult Write(
        CompilationResult compilation,
        IRecordRenderer renderer,
        string workingDirectory,
        int maxDegreeOfParallelism = -1,
        IEnumerable<string>? otherInputs = null,
        Func<CompiledRecord, string, IReadOnlyList<Diagnostic>?>? reuse = null,
        TimeSpan? lockTimeout = null,
        OutputStaging? staging = null)
    {
        var display = new PathDisplay(workingDirectory);
        var diagnostics = new DiagnosticBag();
        var inputs = new HashSet<string>(compilation.Records.Select(r => r.FullPath), StringComparer.Ordinal);

        // Templates are inputs too: an output must never replace one.
        inputs.UnionWith(compilation.Records.Select(r => r.Bound?.Facts.Template).OfType<string>());
        inputs.UnionWith((otherInputs ?? []).Select(Path.GetFullPath));
        foreach (var project in compilation.Projects)
        {
            if (project.ConfigPath is not null)
            {
                inputs.Add(project.ConfigPath);
            }
        }

        var policy = new FileSystem.WritePolicy(force: false, inputs, display.Show);
        var targets = new Dictionary<string, CompiledRecord>(StringComparer.Ordinal);
        var jobs = new List<(CompiledRecord Record, string Target)>();
        int skipped = 0;
        foreach (var record in compilation.Records)
        {
            if (record.HasErrors || record.Bound is null || record.Project.OutputRefused)
            {
                skipped++;
                continue;
            }

            string name = OutputNaming.FileName(record.Bound.Facts.Number, record.FullPath, renderer.Extension);
            string target = Path.Combine(record.Project.OutputDirectory, name);
            var location = SourceLocation.FileOnly(record.DisplayPath);
            if (inputs.Contains(target))
            {
                diagnostics.Add(LoadDescriptors.OutputIsInput, location, display.Show(target));
                skipped++;
                continue;
            }

            // The one rule of every write (WritePolicy): replacing an old output is a build's job, but never a file
            // this run read (an include, a logo…) or something that is not a regular file.
            if (policy.Check(target, location, replacingIsJob: true) is { } refusal)
            {
                diagnostics.Add(refusal);
                skipped++;
                continue;
            }

            if (targets.TryGetValue(target, out var other))
            {
                diagnostics.Add(LoadDescriptors.DuplicateOutput, location, display.Show(target), other.DisplayPath);
                skipped++;
                continue;
            }

            targets[target] = record;
            jobs.Add((record, target));
        }

        // One build at a time per output folder: the lock makes two builds at once take turns, and lets the
        // holder delete the temporary files of a build that was killed.
        var locks = new List<OutputLock>();
        try
        {
            foreach (string directory in jobs.Select(j => Path.GetDirectoryName(j.Target)!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList())
            {
                var timeout = lockTimeout ?? DefaultLockTimeout;
                string? failure;
                if (staging is not null && staging.Covers(directory, out bool staged, out failure))
                {
                    // Taken (or not) before the records were read; a killed build's temporary files are gone already.
                    timeout = staging.Timeout;
                    if (staged)
                    {
                        continue;
                    }
                }
                else if (OutputLock.TryAcquire(directory, timeout, out failure) is { } held)
                {
                    locks.Add(held);
                    OutputLock.DeleteStaleTemporaryFiles(directory);
                    continue;
                }

                foreach (var (record, _) in jobs.Where(j => Path.GetDirectoryName(j.Target) == directory))
                {
                    var location = SourceLocation.FileOnly(record.DisplayPath);
                    if (failure is null)
                    {
                        diagnostics.Add(LoadDescriptors.OutputFolderBusy, location, display.Show(directory), (int)Math.Ceiling(timeout.TotalSeconds));
                    }
                    else
                    {
                        diagnostics.Add(LoadDescriptors.OutputLockFailed, location, display.Show(directory), failure,
                            "Check that the output folder (or the temporary folder, TMPDIR) is writable and yours");
                    }

                    skipped++;
                }

                jobs.RemoveAll(j => Path.GetDirectoryName(j.Target) == directory);
            }

            return WriteJobs(compilation, renderer, jobs, display, diagnostics, skipped, maxDegreeOfParallelism, reuse, staging);
        }
        finally
        {
            foreach (var held in locks)
            {
                held.Dispose();
            }
        }
    }

    private static BuildResult WriteJobs(CompilationResult compilation, IRecordRenderer renderer, List<(CompiledRecord Record, string Target)> jobs, PathDisplay display, DiagnosticBag diagnostics, int skipped, int maxDegreeOfParallelism,
        Func<CompiledRecord, string, IReadOnlyList<Diagnostic>?>? reuse, OutputStaging? staging)
    {
        var written = new WrittenOutput?[jobs.Count];
        var reused = new WrittenOutput?[jobs.Count];
        var perJob = new IReadOnlyList<Diagnostic>[jobs.Count];
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, i =>
        {
            var (record, target) = jobs[i];
            if (reuse?.Invoke(record, target) is { } previous)
            {
                perJob[i] = previous;
                reused[i] = new WrittenOutput(record.DisplayPath, target, display.Show(target), 0);
                return;
            }

            var bag = new DiagnosticBag();

            // What a late rendering reads was reported when the record was bound: these reads are nobody's new input.
            RenderResult result;
            using (FileSystem.InputTracker.BeginRecord())
            {
                result = record.Rendered ?? Render(renderer, record, compilation.Options);
                if (result.Staged is { } elsewhere && (staging is null || elsewhere.Target != target))
                {
                    // Staged for another target (cannot happen in a build; kept safe): render it again.
                    staging?.Discard(elsewhere);
                    result = Render(renderer, record, compilation.Options);
                }
            }

            // Rendering diagnostics (a logo, a template) follow the project's severities like every other rule;
            // one that is an error after that leaves the record without a document.
            var rendered = new SeverityPolicy(record.Project.RuleOverrides, compilation.WarningsAsErrors).Apply(result.Diagnostics);
            bag.AddRange(rendered);
            bool failed = rendered.Any(d => d.Severity == DiagnosticSeverity.Error);
            if (result.Staged is { } output)
            {
                if (failed)
                {
                    staging!.Discard(output);
                }
                else
                {
                    try
                    {
                        staging!.Commit(output);
                        written[i] = new WrittenOutput(record.DisplayPath, target, display.Show(target), output.Bytes)
                        {
                            Sha256 = reuse is null ? null : output.Sha256,
                        };
                    }
                    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                    {
                        bag.Add(LoadDescriptors.CannotWrite, SourceLocation.FileOnly(record.DisplayPath), display.Show(target), Reason(ex, target, display));
                    }
                }
            }
            else if (result.Content is { } content && !failed)
            {
                try
                {
                    AtomicFile.Write(target, content, flushToDisk: false);
                    written[i] = new WrittenOutput(record.DisplayPath, target, display.Show(target), content.Length)
                    {
                        // Only the build cache reads the hash (a build given no cache callback has none).
                        Sha256 = reuse is null ? null : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)),
                    };
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    bag.Add(LoadDescriptors.CannotWrite, SourceLocation.FileOnly(record.DisplayPath), display.Show(target), Reason(ex, target, display));
                }
            }

            perJob[i] = bag.ToList();
        });

        var byRecord = new Dictionary<string, IReadOnlyList<Diagnostic>>(StringComparer.Ordinal);
        for (int i = 0; i < jobs.Count; i++)
        {
            diagnostics.AddRange(perJob[i]);
            byRecord[jobs[i].Record.FullPath] = perJob[i];
        }

        return new BuildResult(written.Where(w => w is not null).Select(w => w!).ToList(), diagnostics.ToList(), skipped)
        {
            Reused = reused.Where(w => w is not null).Select(w => w!).ToList(),
            RenderDiagnostics = byRecord,
        };
    }

    /// <summary>
    /// Renders a record now. A record the compiler summarized (its body dropped after checking) is read and bound
    /// again first; if it cannot be read any more (deleted during the build), that is RG0001 like any unreadable record.
    /// </summary>
    public static RenderResult Render(IRecordRenderer renderer, CompiledRecord record, CompilationOptions options)
    {
        var bound = record.Bound!;
        if (bound.IsSummary)
        {
            var again = Compiler.Reload(record, options);
            if (again is null)
            {
                return new RenderResult(null, [Diagnostic.Create(LoadDescriptors.CannotRead, SourceLocation.FileOnly(record.DisplayPath), record.DisplayPath, "it changed or went away during the build; build again")]);
            }

            bound = again;
        }

        return RenderBound(renderer, record.FullPath, record.DisplayPath, bound);
    }

    /// <summary>Renders a bound record; an exception of the renderer is RG8001, a bug to report.</summary>
    public static RenderResult RenderBound(IRecordRenderer renderer, string fullPath, string displayPath, Binding.BoundRecord bound)
    {
        try
        {
            return renderer.Render(bound.Record, Path.GetDirectoryName(fullPath)!);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new RenderResult(null, [Diagnostic.Create(RenderDescriptors.RenderFailed, SourceLocation.FileOnly(displayPath), ex.GetType().Name + ": " + ex.Message)]);
        }
    }

    /// <summary>
    /// Why a write failed, in the user's terms. The exception's own message may name the temporary file
    /// (".TSAG-TD521.docx.1234.1.tmp") or, for a file in the way, say only "already exists".
    /// </summary>
    private static string Reason(Exception ex, string target, PathDisplay display)
    {
        if (Directory.Exists(target))
        {
            return "a folder of that name is in the way; rename or remove it, or choose another output folder";
        }

        for (string? parent = Path.GetDirectoryName(target); parent is not null; parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(parent))
            {
                return $"'{display.Show(parent)}' is a file, not a folder; rename or remove it, or choose another output folder";
            }
        }

        return ex is UnauthorizedAccessException
            ? $"permission denied on the folder '{display.Show(Path.GetDirectoryName(target)!)}' (read-only or not yours); check its permissions or choose another output folder"
            : ex.Message;
    }
}
