using System.Diagnostics;
using System.Globalization;

namespace Rgiem.Bench.Measurement;

/// <summary>
/// Runs a program under GNU time (<c>/usr/bin/time</c>), which reports what the kernel accounted to the
/// child when it exited: user and system CPU time and the peak resident set size (max RSS). Wall time is
/// measured here with a Stopwatch around the whole process.
/// </summary>
internal static class TimedProcess
{
    public const string GnuTime = "/usr/bin/time";

    public static bool Available => File.Exists(GnuTime);

    /// <param name="output">Where the program's standard output goes (it is not kept in memory).</param>
    public static Sample Run(string program, IEnumerable<string> arguments, string workingDirectory, string output)
    {
        string report = Path.Combine(Path.GetTempPath(), "rgiem-bench-" + Guid.NewGuid().ToString("N") + ".time");
        var info = new ProcessStartInfo(GnuTime)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (string argument in (string[])["-f", "%e %U %S %M", "-o", report, program, .. arguments])
        {
            info.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using (var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + GnuTime))
        using (var writer = new StreamWriter(output))
        {
            var error = process.StandardError.ReadToEndAsync();
            string? line;
            while ((line = process.StandardOutput.ReadLine()) is not null)
            {
                writer.WriteLine(line);
            }

            process.WaitForExit();
            watch.Stop();
            writer.Write(error.Result);
            int failures = process.ExitCode == 0 ? 0 : 1;
            string[] fields = File.ReadAllLines(report).Last().Split(' ');
            File.Delete(report);
            return new Sample(
                watch.Elapsed,
                Seconds(fields[1]),
                Seconds(fields[2]),
                long.Parse(fields[3], CultureInfo.InvariantCulture),
                1,
                failures);
        }
    }

    private static TimeSpan Seconds(string text) => TimeSpan.FromSeconds(double.Parse(text, CultureInfo.InvariantCulture));
}
