using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Rgiem.Bench.Profiling;

/// <summary>
/// CPU time of the calling thread (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>, nanoseconds), so that a
/// stage's cost does not include the time other processes of a loaded machine took; elsewhere the Stopwatch.
/// </summary>
internal static partial class ThreadCpu
{
    private const int ClockThreadCpuTime = 3;

    private static readonly bool Native = OperatingSystem.IsLinux() && Probe();

    public static string Clock => Native ? "thread CPU time (CLOCK_THREAD_CPUTIME_ID)" : "Stopwatch (wall time)";

    /// <summary>Nanoseconds on the thread's CPU clock (or the Stopwatch).</summary>
    public static long Now()
    {
        if (Native && ClockGetTime(ClockThreadCpuTime, out var time) == 0)
        {
            return (time.Seconds * 1_000_000_000L) + time.Nanoseconds;
        }

        return (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
    }

    private static bool Probe()
    {
        try
        {
            return ClockGetTime(ClockThreadCpuTime, out _) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
