using System.Diagnostics;
using System.Globalization;

namespace Rgiem.Cli.Tests.Support;

/// <summary>
/// Runs the real CLI entry point in process and measures it. Time is wall-clock (Stopwatch). Memory is the
/// bytes the whole process allocated during the run (<see cref="GC.GetTotalAllocatedBytes(bool)"/>, precise):
/// an upper bound on the managed memory the run could hold at its peak, which does not depend on when the GC
/// happens to run, and which counts rgiem's worker threads too. Tests that compare it with a bound run in
/// <see cref="MeasuredCollection"/>, alone, so that no other test allocates at the same time.
/// </summary>
public static class CliRunner
{
    /// <summary>A run that takes longer is reported as a hang instead of blocking the test run.</summary>
    public static readonly TimeSpan HangLimit = TimeSpan.FromMinutes(2);

    public static CliRun Run(string workingDirectory, params string[] args) => RunWith(workingDirectory, new Dictionary<string, string?>(), args);

    /// <summary>
    /// Runs the CLI as <see cref="Run"/> does, with <paramref name="environment"/> in place of the process's variables
    /// of the same names (a null value unsets one), on 10 March 2025 for anything that would read the clock.
    /// </summary>
    public static CliRun RunWith(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var error = new StringWriter(CultureInfo.InvariantCulture);
        var context = new CliContext(output, error, workingDirectory, new PlainTerminal())
        {
            // The job summary of a real GitHub Actions run is not the tests' to write to: unset unless a test sets it.
            GetEnvironmentVariable = name => environment.TryGetValue(name, out string? value) ? value : name == "GITHUB_STEP_SUMMARY" ? null : Environment.GetEnvironmentVariable(name),
            Clock = new FixedClock(new DateTimeOffset(2025, 3, 10, 9, 30, 0, TimeSpan.Zero)),
        };
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var run = Task.Factory.StartNew(
            () => RgiemCli.Run(args, context),
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        bool finished = run.Wait(HangLimit);
        watch.Stop();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.True(finished, $"rgiem {string.Join(' ', args)} did not finish within {HangLimit.TotalSeconds} s");
        return new CliRun(run.Result, output.ToString(), error.ToString(), watch.Elapsed, allocated);
    }
}
