using System.Globalization;
using CsCheck;
using Rgiem.Testing;
using Xunit.Abstractions;

namespace Rgiem.Docx.Tests.Properties;

/// <summary>
/// Property tests over the whole pipeline (see <see cref="PipelineProperty"/>). CI runs a few hundred cases from a
/// fixed seed; RGIEM_PROPERTY_RUNS=100000 (and RGIEM_PROPERTY_SEED to replay or vary a run) for a long run, see
/// docs/fuzzing.md. A failing case is shrunk by CsCheck and printed; save it under Properties/Regressions/.
/// </summary>
public sealed class PipelinePropertyTests(ITestOutputHelper output)
{
    private const int DefaultRuns = 300;

    /// <summary>The fixed seed of CI (a CsCheck seed string).</summary>
    private const string DefaultSeed = "0000RgiemS08";

    public static TheoryData<string> RegressionRecords()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(RegressionFolder, "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    private static string RegressionFolder => Path.Combine(RepoPaths.Root, "tests", "Rgiem.Docx.Tests", "Properties", "Regressions");

    [Fact]
    public void Every_generated_record_builds_a_valid_document_with_all_its_words_or_gets_an_error()
    {
        int runs = int.TryParse(Environment.GetEnvironmentVariable("RGIEM_PROPERTY_RUNS"), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : DefaultRuns;
        string? seed = Environment.GetEnvironmentVariable("RGIEM_PROPERTY_SEED") is { Length: > 0 } s ? (s == "random" ? null : s) : DefaultSeed;
        int built = 0;
        int total = 0;
        var errors = new System.Collections.Concurrent.ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        RecordGenerators.Record.Sample(
            record =>
            {
                var ids = PipelineProperty.Holds(record.Bytes, record.Words);
                Interlocked.Increment(ref total);
                if (ids.Count == 0)
                {
                    Interlocked.Increment(ref built);
                }

                foreach (string id in ids)
                {
                    errors.AddOrUpdate(id, 1, (_, c) => c + 1);
                }
            },
            writeLine: output.WriteLine,
            seed: seed,
            iter: runs,
            threads: 2);

        output.WriteLine($"{total} cases, {built} built a document, {total - built} got errors");
        output.WriteLine("Errors: " + string.Join(", ", errors.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + " x" + p.Value)));

        // A generator that only made broken records would prove nothing.
        Assert.True(built >= total / 3, $"Only {built} of {total} generated records built a document");
    }

    [Theory]
    [MemberData(nameof(RegressionRecords))]
    public void A_kept_regression_record_builds_or_gets_an_error(string name)
    {
        PipelineProperty.Holds(File.ReadAllBytes(Path.Combine(RegressionFolder, name)), []);
    }
}
