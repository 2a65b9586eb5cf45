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

        if (options.CorpusOnly)
        {
            foreach (int size in options.Sizes)
            {
                string corpus = options.CorpusOf(size);
                var written = CorpusWriter.Write(corpus, size, options.Seed, options.Shape);
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rgiem-bench: wrote {written.Count} records to {corpus}"));
            }

            return 0;
        }

        if (options.ProfileCheck)
        {
            string corpus = options.CorpusOf(options.Sizes[0]);
            CorpusWriter.Write(corpus, options.Sizes[0], options.Seed, options.Shape);
            return Profiling.CheckProfile.Run(corpus, output, error);
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

        var tools = new List<RgiemTool>();
        foreach (string variant in options.Variants)
        {
            string directory = Path.Combine(options.ResultsRoot, "rgiem-" + variant);
            string existing = Path.Combine(directory, variant == RgiemTool.Installed ? "tools" : ".", OperatingSystem.IsWindows() ? "rgiem.exe" : "rgiem");
            if (options.NoPublish && File.Exists(existing))
            {
                tools.Add(new RgiemTool(existing, variant));
                continue;
            }

            error.WriteLine($"rgiem-bench: publishing rgiem (Release, {variant})…");
            var published = RgiemTool.Publish(root, directory, variant, error);
            if (published is null)
            {
                error.WriteLine("rgiem-bench: dotnet publish failed");
                return 1;
            }

            tools.Add(published);
        }

        var rgiem = tools[^1];
        WriteMachine(output, pandoc, options);
        using var load = new LoadSampler();
        var rows = new List<ResultRow>();
        bool warmedUp = false;
        foreach (int size in options.Sizes)
        {
            string corpus = options.CorpusOf(size);
            string results = Path.Combine(options.ResultsRoot, options.CorpusName(size));
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rgiem-bench: {size} records: generating…"));
            var records = CorpusWriter.Write(corpus, size, options.Seed, options.Shape);
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

            foreach (var tool in tools)
            {
                error.WriteLine($"rgiem-bench:   rgiem build ({tool.Variant}), clean, ×{options.Repeat}…");
                string cleanOutput = Path.Combine(results, "rgiem-out-" + tool.Variant);
                var clean = Median(options.Repeat, _ =>
                {
                    Reset(cleanOutput);
                    return tool.Build(corpus, cleanOutput, Path.Combine(results, $"rgiem-build-{tool.Variant}.log"));
                });
                rows.Add(new ResultRow(size, $"rgiem build ({tool.Variant})", clean, CountDocuments(cleanOutput)));
            }

            error.WriteLine($"rgiem-bench:   rgiem check ({rgiem.Variant})…");
            var check = Median(options.Repeat, _ => rgiem.Check(corpus, Path.Combine(results, "rgiem-check.log")));
            rows.Add(new ResultRow(size, $"rgiem check ({rgiem.Variant})", check, 0));

            // The registers of issue 5: every action and every cited document of the corpus, as JSON.
            foreach (string register in options.NoRegisters ? [] : (string[])["actions", "refs"])
            {
                error.WriteLine($"rgiem-bench:   rgiem {register} ({rgiem.Variant})…");
                var sample = Median(options.Repeat, _ => rgiem.Register(register, corpus, Path.Combine(results, $"rgiem-{register}.json")));
                rows.Add(new ResultRow(size, $"rgiem {register} ({rgiem.Variant})", sample, 0));
            }

            // Incremental builds on top of the last clean build of the last variant: nothing changed, then one record edited.
            string incremental = Path.Combine(results, "rgiem-out-" + rgiem.Variant);
            error.WriteLine($"rgiem-bench:   rgiem build ({rgiem.Variant}), nothing changed…");
            var unchanged = Median(options.Repeat, _ => rgiem.Build(corpus, incremental, Path.Combine(results, "rgiem-build-unchanged.log")));
            rows.Add(new ResultRow(size, $"rgiem build, no change ({rgiem.Variant})", unchanged, Rendered(Path.Combine(results, "rgiem-build-unchanged.log"))));

            error.WriteLine($"rgiem-bench:   rgiem build ({rgiem.Variant}), one record edited…");
            string edited = records[0];
            string original = File.ReadAllText(edited);
            try
            {
                var oneEdit = Median(options.Repeat, run =>
                {
                    File.WriteAllText(edited, original + string.Create(CultureInfo.InvariantCulture, $"\nThe meeting noted edit {run + 1} of this benchmark.\n"));
                    return rgiem.Build(corpus, incremental, Path.Combine(results, "rgiem-build-edited.log"));
                });
                rows.Add(new ResultRow(size, $"rgiem build, 1 edited ({rgiem.Variant})", oneEdit, Rendered(Path.Combine(results, "rgiem-build-edited.log"))));
            }
            finally
            {
                File.WriteAllText(edited, original);
            }

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
        var largest = rows.Where(r => r.Tool.StartsWith("rgiem check", StringComparison.Ordinal)).MaxBy(r => r.Records);
        if (largest is not null)
        {
            output.WriteLine();
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"rgiem check, {largest.Records} records: {largest.Records / largest.Sample.Wall.TotalSeconds:F0} records/s (wall), peak RSS {largest.Sample.MaxRssMegabytes:F0} MB"));
        }

        output.WriteLine();
        GoalTable.Write(rows, rgiem.Variant, output);
        output.WriteLine();
        output.WriteLine(load.Describe());

        return 0;
    }

    internal static void WriteMachine(TextWriter output, PandocTool? pandoc, BenchOptions options)
    {
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"machine: {Environment.ProcessorCount} cores, {CpuModel()}, {RuntimeInformation.OSDescription}, .NET {Environment.Version}"));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"tools: rgiem (Release, published: {string.Join(", ", options.Variants)}), {pandoc?.Version() ?? "pandoc not run"}; pandoc jobs: {options.Jobs}; seed: {options.Seed}"));
    }

    private static string CpuModel()
    {
        const string CpuInfo = "/proc/cpuinfo";
        string? line = File.Exists(CpuInfo)
            ? File.ReadLines(CpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))
            : null;
        return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }

    /// <summary>Runs a measurement <paramref name="repeat"/> times and keeps the run with the median wall time.</summary>
    private static Sample Median(int repeat, Func<int, Sample> run)
    {
        var samples = Enumerable.Range(0, repeat).Select(run).OrderBy(s => s.Wall).ToList();
        return samples[samples.Count / 2];
    }

    /// <summary>Documents an incremental build wrote (its "wrote" lines).</summary>
    private static int Rendered(string log) =>
        File.ReadLines(log).Count(l => l.StartsWith("wrote ", StringComparison.Ordinal));

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
