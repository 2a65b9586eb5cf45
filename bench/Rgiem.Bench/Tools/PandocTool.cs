using System.Diagnostics;
using Rgiem.Bench.Measurement;

namespace Rgiem.Bench.Tools;

/// <summary>pandoc -f markdown -t docx, one process per record, <c>jobs</c> processes at once.</summary>
internal sealed class PandocTool(string executable)
{
    public string Executable { get; } = executable;

    public static PandocTool? Find()
    {
        foreach (string directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            string candidate = Path.Combine(directory, "pandoc");
            if (File.Exists(candidate))
            {
                return new PandocTool(candidate);
            }
        }

        return null;
    }

    public string Version()
    {
        var info = new ProcessStartInfo(Executable, ["--version"]) { UseShellExecute = false, RedirectStandardOutput = true };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start pandoc");
        string first = process.StandardOutput.ReadLine() ?? "pandoc";
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return first;
    }

    public Sample Convert(IReadOnlyList<string> records, string outputDirectory, int jobs, string logDirectory)
    {
        Directory.CreateDirectory(outputDirectory);
        Directory.CreateDirectory(logDirectory);
        var samples = new Sample[records.Count];
        var watch = Stopwatch.StartNew();
        Parallel.For(0, records.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs }, i =>
        {
            string record = records[i];
            string name = Path.GetFileNameWithoutExtension(record);
            samples[i] = TimedProcess.Run(
                Executable,
                ["-f", "markdown", "-t", "docx", "-o", Path.Combine(outputDirectory, name + ".docx"), record],
                Path.GetDirectoryName(record)!,
                Path.Combine(logDirectory, name + ".log"));
        });
        watch.Stop();
        return Sample.Combine(samples, watch.Elapsed);
    }
}
