using System.Globalization;
using Rgiem.Bench.Corpus;
using Rgiem.Bench.Measurement;
using Rgiem.Bench.Tools;

namespace Rgiem.Bench;

/// <summary>
/// <c>--delta</c>: times <c>rgiem delta OLD NEW -o OUT.docx</c> (one published Release process per run, under
/// GNU time) on a generated record of 114,000 words (200 pages as LibreOffice lays out the new version) and its revision with 5 % of the words
/// changed; one untimed warm-up run, then three timed runs, and the median.
/// </summary>
internal static class DeltaBench
{
    public const int Words = 114_000;
    public const double ChangedShare = 0.05;

    public static int Run(BenchOptions options, TextWriter output, TextWriter error)
    {
        error.WriteLine("rgiem-bench: publishing rgiem (Release)…");
        var rgiem = RgiemTool.Publish(options.Root, Path.Combine(options.ResultsRoot, "rgiem-jit"), "jit", error);
        if (rgiem is null)
        {
            error.WriteLine("rgiem-bench: dotnet publish failed");
            return 1;
        }

        BenchRunner.WriteMachine(output, null, options);
        string corpus = Path.Combine(options.CorpusRoot, "delta");
        string results = Path.Combine(options.ResultsRoot, "delta");
        BenchRunner.Reset(corpus);
        BenchRunner.Reset(results);
        var (oldText, newText, words, changes) = DeltaTextGenerator.Generate(Words, ChangedShare, options.Seed);
        string oldFile = Path.Combine(corpus, "text-v1.md");
        string newFile = Path.Combine(corpus, "text-v2.md");
        File.WriteAllText(oldFile, oldText);
        File.WriteAllText(newFile, newText);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"delta pair: {words:N0} words ({oldText.Length / 1024.0:F0} KB), {changes:N0} words changed ({100.0 * changes / words:F1} %)"));

        string docx = Path.Combine(results, "delta.docx");
        rgiem.Delta(oldFile, newFile, docx, Path.Combine(results, "warmup.log"));
        var samples = new List<Sample>();
        for (int i = 0; i < 3; i++)
        {
            var sample = rgiem.Delta(oldFile, newFile, docx, Path.Combine(results, string.Create(CultureInfo.InvariantCulture, $"run{i + 1}.log")));
            samples.Add(sample);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {i + 1}: wall {sample.Wall.TotalSeconds:F2} s, CPU {sample.Cpu.TotalSeconds:F2} s, peak RSS {sample.MaxRssMegabytes:F0} MB, exit failures {sample.Failures}"));
        }

        var median = samples.OrderBy(s => s.Wall).ElementAt(1);
        string log = File.ReadAllText(Path.Combine(results, "run1.log")).Trim();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rgiem delta, {words:N0} words, {100.0 * changes / words:F1} % changed: median wall {median.Wall.TotalSeconds:F2} s, CPU {median.Cpu.TotalSeconds:F2} s, peak RSS {median.MaxRssMegabytes:F0} MB; output {new FileInfo(docx).Length / 1024.0:F0} KB"));
        output.WriteLine("rgiem said: " + log.Replace('\n', ' '));
        return samples.Any(s => s.Failures > 0) ? 1 : 0;
    }
}
