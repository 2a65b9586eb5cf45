using System.Text;
using Rgiem.Bench.Corpus;
using Rgiem.Core.Binding;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Tests.Performance.Definitions;
using Rgiem.Core.Text;
using Rgiem.Core.Validation;
using Rgiem.Core.Validation.Rules.Readiness;
using Rgiem.Testing;

namespace Rgiem.Core.Tests.Performance;

/// <summary>
/// Issue 21's h27c pass (the rules allocate less) gives what the former code gave, kept in <c>Definitions/</c> as the
/// oracles: RG7020 with its words remembered by the thread across records (<see cref="NameNearMissRuleDefinition"/>:
/// the same diagnostics, record after record with other groups, prefixes and parents, so that a word's answer for one
/// record is never reused for another), and the times of the prose read from the text before their tokens are built
/// (<see cref="TimeMentionsDefinition"/>: the same mentions). RG7002's words in a buffer of the thread are compared
/// with the former words in <c>ProseTokensEquivalenceTests</c>. On the samples, bench-corpus records and records
/// mutated with the pieces that matter (fixed seeds).
/// </summary>
public class RuleAllocationEquivalenceTests
{
    private static readonly string[] NameTokens =
    [
        "RG-IEM", "RG-IME", "RG IEM", "RG\u2011IEM", "RG–IEM", "rg-iem", "RGIEM", "RG-IEMS", "RG-IE", "TSAG", "TSGA", "TASG", "TDAG", "TSAGG",
        "RG-StdsStrat", "RG-StdStrat", "RG-StdsStart", "RG-WM", "RG-MW", "RG-SC", "RG-CS", "RG-SS", "WP2", "WP3", "PW2", "SG17", "SG-17",
        "SG71", "WTSA", "WSTA", "WTDC", "BDT", "BTD", "TSB", "TBS", "RG-ResReview", "RG-ResRevew", "RG-LSC", "RG-LCS", "FG-AI4H", "FG-AI4A",
        "FG-IA4H", "Q10/17", "JCA-IdM", "JCA-IMD", "RG-IEM-1:", "RG-IME-2:", "ITU-T", "ITU-TT", "ISO/IEC", " ", ". ", ", ", "(", ")", "-",
        "1430 hours", "0900-1230", "(1615-1730)", "Thursday 15 Dec (1615-1730)", "15 December 2022 (1615-1730)", "12:45-13:45",
        "1300-1500 CET", "16:05", "2019", "9:05 to 10:00 hrs", "1300 - 1500 Geneva time", "0900 until 1000 local time", "2022-2024",
        "(0900-1000)", "Monday (0900 - 1000)", "Mon (0900-1000)", "0900h", "25:70", "1615–1740 hours", "at 0930 UTC", "(12:00)",
        "\n\n", "\n- ", "\n# ", "**", "_",
    ];

    private static readonly string[] OwnNames = ["RG-IEM", "RG-SC", "TSAG", "WP2", "RG-WM", "SG17", "FG-AI4H", "JCA-IdM", "RG-TSAG", "X"];

    [Fact]
    public void RG7020_reports_what_the_former_rule_reported_record_after_record()
    {
        var random = new Random(2721);
        var bases = SampleRecords().Concat(CorpusRecords()).ToList();
        int records = 0;
        int diagnostics = 0;
        const int cases = 1_500;
        for (int round = 0; round < cases; round++)
        {
            string text = bases[random.Next(bases.Count)];
            if (round % 3 != 0)
            {
                text = WithOwnNames(text, random);
                for (int edits = random.Next(1, 9); edits > 0; edits--)
                {
                    text = MarkdownMutation.Apply(text, random, NameTokens);
                }

                // A closing paragraph of the pieces, so that most records hold slips.
                text += "\n\nSee " + string.Join(' ', Enumerable.Range(0, 4).Select(_ => NameTokens[random.Next(NameTokens.Length)])) + ".\n";
            }

            if (Records.Bind(text).Record is { } bound)
            {
                records++;
                diagnostics += AssertSameDiagnostics(bound, new NameNearMissRuleDefinition(), new NameNearMissRule());
            }
        }

        Assert.True(records > cases / 2, $"only {records} of {cases} records bound");
        Assert.True(diagnostics > 300, $"only {diagnostics} diagnostics");
    }

    [Fact]
    public void The_times_are_the_former_ones_on_random_text()
    {
        var random = new Random(2722);
        int found = 0;
        for (int round = 0; round < 60_000; round++)
        {
            var text = new StringBuilder();
            for (int i = random.Next(1, 8); i > 0; i--)
            {
                text.Append(NameTokens[random.Next(NameTokens.Length)]);
                if (random.Next(3) == 0)
                {
                    text.Append(' ');
                }
            }

            found += AssertSameTimes(text.ToString());
        }

        Assert.True(found > 10_000, $"only {found} times");
    }

    [Fact]
    public void The_times_are_the_former_ones_on_every_line_of_the_samples_and_corpus_records()
    {
        foreach (string record in SampleRecords().Concat(CorpusRecords()))
        {
            AssertSameTimes(record);
            foreach (string line in record.Split('\n'))
            {
                AssertSameTimes(line);
            }
        }
    }

    private static int AssertSameTimes(string text)
    {
        var dates = DateMentions.Find(text);
        var expected = TimeMentionsDefinition.Find(text, dates).Select(Describe).ToList();
        Assert.Equal(expected, TimeMentions.Find(text, dates).Select(Describe));
        Assert.Equal(TimeMentionsDefinition.FindInTimeField(text).Select(Describe), TimeMentions.FindInTimeField(text).Select(Describe));
        Assert.Equal(expected, TimeMentions.Find(text, dates, new ProseTokens(text).FirstTimeStart).Select(Describe));
        return expected.Count;
    }

    private static string Describe(TimeMention time) =>
        $"{time.Index} {time.Length} {time.Text} {time.Start} {time.End} {time.Zone} {time.ZoneIndex}";

    /// <summary>The record with its group, action prefix and parent replaced at random (or left out).</summary>
    private static string WithOwnNames(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        // The front matter's lines: from the first line after the opening "---" to the closing one.
        for (int i = 1; i < lines.Count && lines[i] != "---"; i++)
        {
            foreach (string key in new[] { "group: ", "parent: ", "action-prefix: " })
            {
                if (lines[i].StartsWith(key, StringComparison.Ordinal) && random.Next(4) != 0)
                {
                    lines[i] = key + OwnNames[random.Next(OwnNames.Length)];
                }
            }
        }

        return string.Join('\n', lines);
    }

    private static int AssertSameDiagnostics(BoundRecord bound, IRecordRule former, IRecordRule rule)
    {
        var expected = new DiagnosticBag();
        var actual = new DiagnosticBag();
        RuleSet.Analyze(bound, CheckOptions.Default, expected, null, [former]);
        RuleSet.Analyze(bound, CheckOptions.Default, actual, null, [rule]);
        var before = Describe(expected);
        Assert.Equal(before, Describe(actual));
        return before.Count;
    }

    private static List<string> Describe(DiagnosticBag bag) => EquivalenceInputs.DiagnosticLines(bag);

    private static IEnumerable<string> SampleRecords() => EquivalenceInputs.SampleRecords();

    /// <summary>100 records of each shape of the bench corpus.</summary>
    private static IEnumerable<string> CorpusRecords() => EquivalenceInputs.CorpusRecords(2027);
}
