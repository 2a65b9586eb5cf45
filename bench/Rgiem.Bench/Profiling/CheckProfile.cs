using System.Globalization;
using Rgiem.Core.Binding;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.FrontMatter;
using Rgiem.Core.Loading;
using Rgiem.Core.Markdown;
using Rgiem.Core.Project;
using Rgiem.Core.References;
using Rgiem.Core.Validation;
using Rgiem.Core.Text;
using Rgiem.Core.Yaml;

namespace Rgiem.Bench.Profiling;

/// <summary>
/// Where <c>rgiem check</c> spends its CPU on a corpus (<c>--profile-check</c>): each record is read, bound and
/// checked on one thread, as the compiler does, with the thread's CPU time taken around every stage, the shared
/// analyses of <see cref="RecordContext"/> (prose, references, dates, times) and every rule. The parsers inside
/// binding are timed again on their own (the YAML reader, Markdig) to show their share. A first pass warms the JIT;
/// the second is measured. Prints a Markdown table, largest first, with the bytes each stage allocated on the thread
/// (<see cref="GC.GetAllocatedBytesForCurrentThread"/>).
/// </summary>
internal static class CheckProfile
{
    public static int Run(string corpus, TextWriter output, TextWriter error)
    {
        var diagnostics = new DiagnosticBag();
        var project = ProjectLoader.Load(corpus, p => p, diagnostics);
        var files = RecordDiscovery.Find(corpus, Path.Combine(corpus, "out"));
        if (files.Count == 0)
        {
            error.WriteLine($"rgiem-bench: no record in {corpus}");
            return 2;
        }

        var check = CheckOptions.Default;
        if (DocumentRegistry.Load(project.Root, p => p, new DiagnosticBag()) is { } registry)
        {
            check = check with { Registry = registry };
        }

        error.WriteLine($"rgiem-bench: profiling check on {files.Count} records ({ThreadCpu.Clock}); warm-up pass…");
        Pass(files.Take(Math.Min(files.Count, 300)).ToList(), project, check, new Dictionary<string, long>(StringComparer.Ordinal));
        var costs = new Dictionary<string, long>(StringComparer.Ordinal);
        Allocated.Clear();
        int findings = Pass(files, project, check, costs);

        long total = costs.Where(c => !c.Key.StartsWith("  ", StringComparison.Ordinal)).Sum(c => c.Value);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"check profile: {files.Count} records, {findings} diagnostics, {total / 1e6:F0} ms CPU in all, {total / 1e3 / files.Count:F0} µs a record ({ThreadCpu.Clock}, one thread, JIT after a warm-up pass)"));
        output.WriteLine();
        output.WriteLine("| stage | µs a record | share | KB allocated a record |");
        output.WriteLine("|---|--:|--:|--:|");
        foreach (var (name, ns) in costs.Where(c => !c.Key.StartsWith("  ", StringComparison.Ordinal)).OrderByDescending(c => c.Value))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {ns / 1e3 / files.Count:F1} | {100.0 * ns / total:F1} % | {BytesOf(name, files.Count)} |"));
        }

        output.WriteLine();
        output.WriteLine("Timed again on their own (the parsers are part of \"bind\"):");
        output.WriteLine();
        output.WriteLine("| part | µs a record | share of all | KB allocated a record |");
        output.WriteLine("|---|--:|--:|--:|");
        foreach (var (name, ns) in costs.Where(c => c.Key.StartsWith("  ", StringComparison.Ordinal)).OrderByDescending(c => c.Value))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name.Trim()} | {ns / 1e3 / files.Count:F1} | {100.0 * ns / total:F1} % | {BytesOf(name, files.Count)} |"));
        }

        return 0;
    }

    private static int Pass(IReadOnlyList<string> files, ProjectFile project, CheckOptions check, Dictionary<string, long> costs)
    {
        int findings = 0;
        foreach (string file in files)
        {
            long start = Restart();
            var diagnostics = new DiagnosticBag();
            var load = SourceLoader.Load(file, file);
            start = Add(costs, "read the file", start);
            if (load.Source is not { } source)
            {
                continue;
            }

            var bound = RecordBinder.Bind(source, project.Defaults, diagnostics, new IncludeResolver(file, project.Root, p => p, project.RecordDirectories));
            start = Add(costs, "bind (front matter split, YAML, validation, Markdig, body binding)", start);
            if (bound is null)
            {
                continue;
            }

            var context = new RecordContext(bound, check, diagnostics);
            _ = context.Prose;
            start = Add(costs, "shared: prose segments (ProseScanner)", start);
            _ = context.References;
            start = Add(costs, "shared: document references (RecordReferences)", start);
            _ = context.Dates;
            start = Add(costs, "shared: dates in the prose", start);
            _ = context.Times;
            start = Add(costs, "shared: times (RecordTimes)", start);
            _ = context.ActionLookalikes;
            start = Add(costs, "shared: action look-alikes", start);
            foreach (var rule in RuleSet.RecordRules)
            {
                rule.Analyze(context);
                start = Add(costs, "rule " + rule.GetType().Name, start);
            }

            findings += diagnostics.Count;

            // The parsers and the reference scanner alone, again (not counted in the total).
            start = Restart();
            foreach (var segment in context.Prose)
            {
                _ = DocumentReferenceScanner.Scan(segment.Text);
            }

            Add(costs, "  document reference scanner alone (part of \"document references\")", start);
            start = Restart();
            var section = FrontMatterSplitter.Split(source, out _);
            start = Add(costs, "  front matter split", start);
            if (section is not null)
            {
                var yaml = YamlReader.Read(section.Yaml, source.Path, section.YamlFirstLine, FrontMatterSchema.KeyTable);
                start = Add(costs, "  YAML reader (YamlDotNet parser + our nodes)", start);
                if (yaml.Root is YamlMapping mapping)
                {
                    var validator = new FrontMatterValidator(source.Path, new DiagnosticBag());
                    var values = validator.ValidateObject(mapping, FrontMatterSchema.Fields);
                    var merged = values.Over(project.Defaults?.Values);
                    validator.CheckRequired(merged, FrontMatterSchema.Fields, SourceLocation.At(source.Path, 0, 0, 3));
                    start = Add(costs, "  front matter validation (and defaults)", start);
                    var sources = project.Defaults?.Source is { } projectSource ? new[] { source, projectSource } : [source];
                    _ = MetadataBinder.Bind(merged, sources, new DiagnosticBag());
                    start = Add(costs, "  metadata binding", start);
                }

                var document = MarkdownParser.ParseRecord(source.Text, section.ClosingLine, section.BodyStart, source.Path, new DiagnosticBag());
                start = Add(costs, "  Markdig parse", start);
                if (document is not null)
                {
                    var body = new BodyBinder((line, column, length) => SourceLocation.At(source.Path, line, column, length), bound.Record.Metadata.EffectiveActionPrefix, new DiagnosticBag(), (s, e) => SourceLocation.FromOffsets(source, s, e + 1), new IncludeResolver(file, project.Root, p => p, project.RecordDirectories));
                    start = Restart();
                    _ = body.Bind(document);
                    Add(costs, "  body binding (Markdig tree to the model)", start);
                }
            }

            start = Restart();
            _ = new IncludeResolver(file, project.Root, p => p, project.RecordDirectories);
            start = Add(costs, "  include resolver (constructed)", start);
            _ = new SourceText(source.Path, source.Text);
            Add(costs, "  source text (line starts)", start);
        }

        return findings;
    }

    /// <summary>Bytes allocated on this thread by each stage (<see cref="GC.GetAllocatedBytesForCurrentThread"/>, read with the CPU time).</summary>
    private static readonly Dictionary<string, long> Allocated = new(StringComparer.Ordinal);

    private static long allocatedAt;

    private static long Add(Dictionary<string, long> costs, string name, long start)
    {
        long now = ThreadCpu.Now();
        long bytes = GC.GetAllocatedBytesForCurrentThread();
        costs[name] = costs.GetValueOrDefault(name) + (now - start);
        Allocated[name] = Allocated.GetValueOrDefault(name) + (bytes - allocatedAt);
        allocatedAt = GC.GetAllocatedBytesForCurrentThread();
        return ThreadCpu.Now();
    }

    private static long Restart()
    {
        allocatedAt = GC.GetAllocatedBytesForCurrentThread();
        return ThreadCpu.Now();
    }

    private static string BytesOf(string name, int records) =>
        string.Create(CultureInfo.InvariantCulture, $"{Allocated.GetValueOrDefault(name) / 1024.0 / records:F1}");
}
