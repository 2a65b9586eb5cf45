using System.Globalization;
using System.Runtime.InteropServices;
using Rgiem.Bench.Corpus;
using Rgiem.Bench.Measurement;
using Rgiem.Bench.Report;
using Rgiem.Bench.Tools;

namespace Rgiem.Bench;

/// <summary>
/// Publishes rgiem in Release once, then for each corpus size: generates the corpus (seeded), runs
/// <c>rgiem build</c> (one process), <c>rgiem check</c> (one process) and pandoc (one process per record,
/// <c>--jobs</c> at once), and prints wall time, CPU time and peak memory of each, with the ratios.
/// </summary>
internal static class BenchRunner
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        string? root = FindRoot();
        if (root is null)
        {
            error.WriteLine("rgiem-bench: run it inside the repository (no Rgiem.slnx found above the current folder)");
            return 2;
        }

        var options = BenchOptions.Parse(args, root, out string? problem);
        if (options is null)
        {
            error.WriteLine("rgiem-bench: " + problem);
            error.WriteLine(BenchOptions.Usage);
            return 2;
        }

        if (!TimedProcess.Available)
        {
            error.WriteLine($"rgiem-bench: {TimedProcess.GnuTime} (GNU time) is required to measure CPU time and peak memory");
            return 2;
        }

        if (options.Delta)
        {
            return DeltaBench.Run(options, output, error);
        }

        var pandoc = options.Pandoc ? PandocTool.Find() : null;
        if (options.Pandoc && pandoc is null)
        {
            error.WriteLine("rgiem-bench: pandoc is not on PATH; run with --no-pandoc to measure rgiem alone");
            return 2;
        }

        error.WriteLine("rgiem-bench: publishing rgiem (Release)…");
        var rgiem = RgiemTool.Publish(root, Path.Combine(options.ResultsRoot, "rgiem"), error);
        if (rgiem is null)
        {
            error.WriteLine("rgiem-bench: dotnet publish failed");
            return 1;
        }

        WriteMachine(output, pandoc, options);
        var rows = new List<ResultRow>();
        bool warmedUp = false;
        foreach (int size in options.Sizes)
        {
            string corpus = Path.Combine(options.CorpusRoot, string.Create(CultureInfo.InvariantCulture, $"n{size}"));
            string results = Path.Combine(options.ResultsRoot, string.Create(CultureInfo.InvariantCulture, $"n{size}"));
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rgiem-bench: {size} records: generating…"));
            var records = CorpusWriter.Write(corpus, size, options.Seed);
            long bytes = records.Sum(r => new FileInfo(r).Length);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus n{size}: {records.Count} records, {bytes / 1024.0:F0} KB, {bytes / 1024.0 / records.Count:F1} KB per record (min {records.Min(r => new FileInfo(r).Length) / 1024.0:F1}, max {records.Max(r => new FileInfo(r).Length) / 1024.0:F1})"));
            Reset(results);

            if (!warmedUp)
            {
                // One untimed run of each tool, so that the first measurement does not pay for a cold disk cache.
                rgiem.Check(corpus, Path.Combine(results, "warmup-check.log"));
                pandoc?.Convert([records[0]], Path.Combine(results, "warmup"), 1, Path.Combine(results, "warmup-logs"));
                Reset(results);
                warmedUp = true;
            }

            error.WriteLine("rgiem-bench:   rgiem build…");
            string buildOutput = Path.Combine(results, "rgiem-out");
            var build = rgiem.Build(corpus, buildOutput, Path.Combine(results, "rgiem-build.log"));
            rows.Add(new ResultRow(size, "rgiem build", build, CountDocuments(buildOutput)));

            error.WriteLine("rgiem-bench:   rgiem check…");
            var check = rgiem.Check(corpus, Path.Combine(results, "rgiem-check.log"));
            rows.Add(new ResultRow(size, "rgiem check", check, 0));

            if (pandoc is not null)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rgiem-bench:   pandoc ({options.Jobs} jobs)…"));
                string pandocOutput = Path.Combine(results, "pandoc-out");
                var converted = pandoc.Convert(records, pandocOutput, options.Jobs, Path.Combine(results, "pandoc-logs"));
                rows.Add(new ResultRow(size, string.Create(CultureInfo.InvariantCulture, $"pandoc ×{options.Jobs} jobs"), converted, CountDocuments(pandocOutput)));
            }

            if (CountErrors(Path.Combine(results, "rgiem-check.log")) is > 0 and var errors)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warning: the n{size} corpus has {errors} error(s) (see {Path.Combine(results, "rgiem-check.log")}); rgiem rendered fewer documents than pandoc"));
            }
        }

        output.WriteLine();
        ResultTable.Write(rows, output);
        var largest = rows.Where(r => r.Tool == "rgiem check").MaxBy(r => r.Records);
        if (largest is not null)
        {
            output.WriteLine();
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"rgiem check, {largest.Records} records: {largest.Records / largest.Sample.Wall.TotalSeconds:F0} records/s (wall), peak RSS {largest.Sample.MaxRssMegabytes:F0} MB"));
        }

        return 0;
    }

    internal static void WriteMachine(TextWriter output, PandocTool? pandoc, BenchOptions options)
    {
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"machine: {Environment.ProcessorCount} cores, {CpuModel()}, {RuntimeInformation.OSDescription}, .NET {Environment.Version}"));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"tools: rgiem (Release, published), {pandoc?.Version() ?? "pandoc not run"}; pandoc jobs: {options.Jobs}; seed: {options.Seed}"));
    }

    private static string CpuModel()
    {
        const string CpuInfo = "/proc/cpuinfo";
        string? line = File.Exists(CpuInfo)
            ? File.ReadLines(CpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))
            : null;
        return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }

    private static int CountDocuments(string directory) =>
        Directory.Exists(directory) ? Directory.EnumerateFiles(directory, "*.docx").Count() : 0;

    private static int CountErrors(string log) =>
        File.ReadLines(log).Count(l => l.Contains(": error RG", StringComparison.Ordinal));

    internal static void Reset(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
    }

    private static string? FindRoot()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Rgiem.slnx")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
