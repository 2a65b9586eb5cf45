using System.Globalization;

namespace Rgiem.Cli;

/// <summary>
/// The progress of a long build (issue 9): nothing for the first second; then, on an interactive terminal, one status
/// line redrawn at most ten times a second and erased at the end; when standard error is redirected or <c>CI</c> is
/// set, a plain line every few seconds, which a CI log keeps. Never with <c>--quiet</c>. Thread-safe: records are
/// counted from the parallel checking loop.
/// </summary>
internal sealed class BuildProgress : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan RedrawEvery = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LineEvery = TimeSpan.FromSeconds(3);

    private readonly TextWriter error;
    private readonly bool interactive;
    private readonly bool enabled;
    private readonly int total;
    private readonly Func<TimeSpan> clock;
    private readonly Progress line;
    private readonly Lock gate = new();
    private int done;
    private TimeSpan next;

    /// <param name="clock">Time since the build started (a stopwatch; a test passes its own).</param>
    public BuildProgress(TextWriter error, bool interactive, bool enabled, int total, Func<TimeSpan> clock)
    {
        this.error = error;
        this.interactive = interactive;
        this.enabled = enabled && total > 0;
        this.total = total;
        this.clock = clock;
        line = new Progress(error, this.enabled && interactive);
        next = Quiet;
    }

    /// <summary>One more record read, checked and (for a build) rendered.</summary>
    public void RecordDone()
    {
        int count = Interlocked.Increment(ref done);
        if (!enabled)
        {
            return;
        }

        var elapsed = clock();
        if (elapsed < next)
        {
            return;
        }

        lock (gate)
        {
            if (elapsed < next)
            {
                return;
            }

            next = elapsed + (interactive ? RedrawEvery : LineEvery);
            string text = string.Create(CultureInfo.InvariantCulture, $"building: {count}/{total} records checked and rendered ({elapsed.TotalSeconds:0.0} s)");
            if (interactive)
            {
                line.Report(text);
            }
            else
            {
                error.WriteLine(text);
            }
        }
    }

    public void Dispose() => line.Dispose();
}
