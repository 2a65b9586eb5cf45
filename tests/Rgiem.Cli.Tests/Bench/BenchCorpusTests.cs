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
}
