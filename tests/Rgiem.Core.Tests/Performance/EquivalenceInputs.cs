using Rgiem.Bench.Corpus;
using Rgiem.Core.Diagnostics;
using Rgiem.Testing;

namespace Rgiem.Core.Tests.Performance;

/// <summary>The inputs and the diagnostic dump several equivalence tests share: the sample records, bench corpus records of both shapes.</summary>
internal static class EquivalenceInputs
{
    /// <summary>Each diagnostic as one line: its id, where (path, start and end), severity and message.</summary>
    internal static List<string> DiagnosticLines(DiagnosticBag bag) =>
        [.. bag.ToList().Select(d => $"{d.Id} {d.Location.Path}:{d.Location.Start.Line}:{d.Location.Start.Character}-{d.Location.End.Line}:{d.Location.End.Character} {d.Severity} {d.Message}")];

    /// <summary>The text of every sample record of the repository, in path order.</summary>
    internal static IEnumerable<string> SampleRecords() =>
        Directory.EnumerateFiles(RepoPaths.Samples, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(file => File.ReadAllText(file));

    /// <summary><paramref name="perShape"/> records of each shape of the bench corpus, from <paramref name="seed"/>.</summary>
    internal static IEnumerable<string> CorpusRecords(int seed, int perShape = 100)
    {
        foreach (var shape in new[] { CorpusShape.Standard, CorpusShape.Varied })
        {
            for (int i = 1; i <= perShape; i++)
            {
                yield return RecordGenerator.Generate(seed, i, shape);
            }
        }
    }
}
