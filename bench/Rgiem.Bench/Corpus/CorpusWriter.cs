using System.Globalization;

namespace Rgiem.Bench.Corpus;

/// <summary>Writes a corpus folder: rgiem.yaml (the samples' project defaults) and records r00001.md… .</summary>
internal static class CorpusWriter
{
    private const string ProjectFile = """
        # rgiem project file of a generated benchmark corpus (same defaults as samples/rg-iem).
        records: .
        output: out
        defaults:
          group: RG-IEM
          parent: TSAG
          study-period: 2022-2024
          original: English
          questions: N/A
          source: Rapporteur, TSAG RG-IEM
          keywords: [TSAG, RG-IEM, industry engagement, metrics]
          contacts:
            - name: Glenn Parsons
              organization: Ericsson
              country: Canada
              tel: "+1 613 555 0100"
              email: rg-iem-rapporteur@example.org

        """;

    /// <returns>The record files, in order.</returns>
    public static IReadOnlyList<string> Write(string directory, int count, int seed, CorpusShape shape = CorpusShape.Standard)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "rgiem.yaml"), ProjectFile);
        var files = new List<string>(count);
        for (int i = 1; i <= count; i++)
        {
            string path = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"r{i:D5}.md"));
            File.WriteAllText(path, RecordGenerator.Generate(seed, i, shape));
            files.Add(path);
        }

        return files;
    }
}
