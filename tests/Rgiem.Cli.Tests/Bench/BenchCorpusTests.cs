using Rgiem.Bench.Corpus;
using Rgiem.Cli.Tests.Support;
using Rgiem.Testing;

namespace Rgiem.Cli.Tests.Bench;

/// <summary>
/// Smoke test of the benchmark's corpus (no pandoc, no publish; well under a second): the generated records
/// are deterministic, 3 to 15 KB, and rgiem builds every one without an error, so that the benchmark
/// compares the same work for both tools.
/// </summary>
public sealed class BenchCorpusTests
{
    [Fact]
    public void Generated_records_are_deterministic_sized_like_real_ones_and_build_without_errors()
    {
        using var folder = new TempFolder();
        var records = CorpusWriter.Write(folder.Combine("corpus"), 20, seed: 2024);

        Assert.Equal(RecordGenerator.Generate(2024, 7), RecordGenerator.Generate(2024, 7));
        Assert.NotEqual(RecordGenerator.Generate(2024, 7), RecordGenerator.Generate(2024, 8));
        Assert.All(records, r => Assert.InRange(new FileInfo(r).Length, RecordGenerator.MinBytes, RecordGenerator.MaxBytes));

        var run = CliRunner.Run(folder.Combine("corpus"), "build", "--format", "msbuild", "--output", folder.Combine("out"), ".");
        Assert.True(run.ExitCode == 0 && !run.Diagnostics.Any(), run.ToString());
        Assert.Equal(20, Directory.GetFiles(folder.Combine("out"), "*.docx").Length);
    }

    [Fact]
    public void A_larger_corpus_passes_every_check_including_the_repository_checks()
    {
        // 200 records: four meetings of each of the 50 groups, so the repository checks (one meeting at a time per
        // group, RG9003; unique numbers, RG9001; unique action identifiers, RG9002) see several meetings of a group.
        using var folder = new TempFolder();
        CorpusWriter.Write(folder.Combine("corpus"), 200, seed: 2024);

        var run = CliRunner.Run(folder.Combine("corpus"), "check", "--format", "msbuild", ".");
        Assert.True(run.ExitCode == 0 && !run.Diagnostics.Any(), run.ToString());
        Assert.True(run.Output.Trim().Length == 0, run.ToString()); // msbuild format: one line per diagnostic, of any severity, and nothing else
    }

    [Fact]
    public void The_varied_shape_gives_other_records_that_pass_every_check_too()
    {
        // --shape varied: other sizes, nested lists and a second table, so the benchmark is not tuned to one shape.
        using var folder = new TempFolder();
        var records = CorpusWriter.Write(folder.Combine("corpus"), 200, seed: 2024, CorpusShape.Varied);

        Assert.NotEqual(RecordGenerator.Generate(2024, 7), RecordGenerator.Generate(2024, 7, CorpusShape.Varied));
        Assert.All(records, r => Assert.InRange(new FileInfo(r).Length, RecordGenerator.VariedMinBytes, RecordGenerator.VariedMaxBytes));
        Assert.Contains(records, r => File.ReadAllText(r).Contains(".\n  - ", StringComparison.Ordinal)); // a second list level
        Assert.Contains(records, r => File.ReadAllText(r).Contains("| Document | Clause | Source | Outcome |", StringComparison.Ordinal));
        Assert.Contains(records, r => new FileInfo(r).Length > RecordGenerator.MaxBytes);

        var run = CliRunner.Run(folder.Combine("corpus"), "check", "--format", "msbuild", ".");
        Assert.True(run.ExitCode == 0 && !run.Diagnostics.Any(), run.ToString());
    }

    [Fact]
    public void The_meetings_of_a_group_fall_in_distinct_weeks_and_the_records_name_their_group()
    {
        var weeks = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (int i = 1; i <= 500; i++)
        {
            string text = RecordGenerator.Generate(2024, i);
            string group = Field(text, "group");
            var from = DateOnly.ParseExact(Field(text, "  from"), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var to = DateOnly.ParseExact(Field(text, "  to"), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(DayOfWeek.Monday, from.DayOfWeek);
            Assert.InRange(to.DayNumber - from.DayNumber, 2, 4);
            if (!weeks.TryGetValue(group, out var set))
            {
                weeks[group] = set = [];
            }

            Assert.True(set.Add(from.DayNumber / 7), $"record {i}: a second meeting of {group} in the week of {from}");
        }

        Assert.Equal(RecordGenerator.Generate(2024, 7), RecordGenerator.Generate(2024, 7));
        Assert.Equal(50, weeks.Count);
    }

    private static string Field(string text, string key)
    {
        string start = key + ": ";
        string line = text.Split('\n').First(l => l.StartsWith(start, StringComparison.Ordinal));
        return line[start.Length..];
    }
}
