using Rgiem.Cli.Output;
using Rgiem.Core.Compilation;

namespace Rgiem.Cli.Commands;

/// <summary>
/// <c>rgiem build --watch</c>: builds, then watches the folders of the projects, their records and the files
/// named on the command line, and builds again a moment after each change (changes that come together make one
/// build), until <see cref="CliContext.Stop"/> (Ctrl+C). Each build uses the build cache, so only what changed is
/// rendered. Changes inside an output folder (its own outputs) are ignored.
/// </summary>
internal static class BuildWatcher
{
    /// <summary>How long the files must stay quiet before a build starts.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(200);

    public static int Run(CliContext context, Messages messages, CompilationOptions options, Func<(RunReport Report, Discovery Discovery)> build)
    {
        var (report, discovery) = build();
        var outputs = discovery.Projects.Select(p => Path.TrimEndingDirectorySeparator(p.OutputDirectory) + Path.DirectorySeparatorChar).Distinct(StringComparer.Ordinal).ToList();
        var folders = Folders(options, discovery);
        using var changed = new SemaphoreSlim(0);
        long last = 0;
        void OnChange(string path)
        {
            string full = Path.GetFullPath(path);
            if (outputs.Any(o => full.StartsWith(o, StringComparison.Ordinal)) || Path.GetFileName(full).StartsWith('.'))
            {
                return;
            }

            Interlocked.Exchange(ref last, Environment.TickCount64);
            changed.Release();
        }

        // Ctrl+C ends the watch (and the process, with the last build's exit code) rather than killing it mid-build.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.Stop);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        bool console = context.Terminal is ConsoleTerminal;
        if (console)
        {
            Console.CancelKeyPress += onCancel;
        }

        var watchers = new List<FileSystemWatcher>();
        try
        {
            foreach (string folder in folders)
            {
                var watcher = new FileSystemWatcher(folder)
                {
                    IncludeSubdirectories = true,
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                };
                watcher.Changed += (_, e) => OnChange(e.FullPath);
                watcher.Created += (_, e) => OnChange(e.FullPath);
                watcher.Deleted += (_, e) => OnChange(e.FullPath);
                watcher.Renamed += (_, e) =>
                {
                    OnChange(e.OldFullPath);
                    OnChange(e.FullPath);
                };
                watcher.EnableRaisingEvents = true;
                watchers.Add(watcher);
            }

            messages.Note($"watching {string.Join(", ", folders.Select(f => new PathDisplay(context.WorkingDirectory).Show(f)))} for changes; press Ctrl+C to stop");
            while (!stop.Token.IsCancellationRequested)
            {
                try
                {
                    changed.Wait(stop.Token);

                    // Let a burst of changes (an editor saving through a temporary file, a git checkout) settle.
                    while (Environment.TickCount64 - Interlocked.Read(ref last) < Settle.TotalMilliseconds)
                    {
                        Task.Delay(Settle, stop.Token).Wait(stop.Token);
                    }
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                while (changed.CurrentCount > 0)
                {
                    changed.Wait(0, CancellationToken.None);
                }

                messages.Note("change detected; building");
                report = build().Report;
            }
        }
        finally
        {
            if (console)
            {
                Console.CancelKeyPress -= onCancel;
            }

            foreach (var watcher in watchers)
            {
                watcher.Dispose();
            }
        }

        return report.ExitCode == ExitCodes.Failure ? ExitCodes.Failure : ExitCodes.Success;
    }

    /// <summary>The folders to watch: each project's root and record folders, and the folder of each file input; none inside another.</summary>
    private static List<string> Folders(CompilationOptions options, Discovery discovery)
    {
        var candidates = new List<string>();
        foreach (var project in discovery.Projects)
        {
            candidates.Add(project.Root);
            candidates.AddRange(project.RecordDirectories);
        }

        foreach (string input in options.Inputs)
        {
            string full = Path.GetFullPath(Path.Combine(options.WorkingDirectory, input));
            candidates.Add(Directory.Exists(full) ? full : Path.GetDirectoryName(full)!);
        }

        var existing = candidates.Where(Directory.Exists).Select(Path.TrimEndingDirectorySeparator).Distinct(StringComparer.Ordinal).OrderBy(f => f.Length).ToList();
        var result = new List<string>();
        foreach (string folder in existing)
        {
            if (!result.Any(r => folder.StartsWith(r + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            {
                result.Add(folder);
            }
        }

        return result;
    }
}
