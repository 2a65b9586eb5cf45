using System.Text;
using System.Text.RegularExpressions;
using Rgiem.Bench.Corpus;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Tests.Performance.Definitions;
using Rgiem.Core.Text;
using Rgiem.Core.Validation;
using Rgiem.Core.Validation.Rules;
using Rgiem.Testing;

namespace Rgiem.Core.Tests.Performance;

/// <summary>
/// Issue 21's h29b pass reads the groups of the date, time and RG5022 patterns from each match's span instead of a
/// <c>Match</c> object: the dates must be the former ones (<see cref="DateMentionsDefinition"/>), the times too
/// (<see cref="TimeMentionsDefinition"/>), RG5022's two numbers the groups <c>a</c> and <c>b</c> of the pattern's own
/// <c>Match</c>, and RG5022's diagnostics the former rule's (<see cref="ThreeDigitTimeRuleDefinition"/>), on random
/// texts of the pieces that matter, mutated sentences, the samples and bench-corpus records (fixed seeds).
/// </summary>
public class DateTimeSpanEquivalenceTests
{
    private static readonly string[] Pieces =
    [
        "0930", "930", "1045", "1400", "0900", "2359", "2400", "12:00", "9:05", "09:30", "25:70", "100", "200", "500", "12345", "1",
        "-", "–", "—", "to", "until", " to ", " - ", "–", "hours", "hrs", "hr", "h", "CET", "CEST", "CETS", "UTC", "GMT", "Geneva time",
        "Geneva  time", "local\ttime", "local", "(", ")", "(CET)", "Monday", "Mon", "Thurs.", "Tue,", "the", "of", "st", "th", "nd",
        "January", "Jan", "Jan.", "Sept", "Sept.", "May", "Mayo", "December", "Dec", "15", "30", "3rd", "2019", "2024", "1999", "2100",
        " ", "  ", "\u00A0", "\t", "\n", ".", ",", ", ", ";", ":", "/", "_", "+", "x", "é", "٣", "a", "Z",
    ];

    private static readonly string[] Sentences =
    [
        "The meeting was held on Monday, 14 January 2019 from 930-1045 hours and 1400 - 1600 CET.",
        "Sessions: 29 March 2019: 13:00-15:00 CET; 12 June 2020 1400 hours; Wed 3 Feb (1615-1730); 900 to 1230 hrs.",
        "It met on July 30, 2024 at 9:05 to 10:00 hrs (Geneva time); Thurs. the 3rd of October, 2019 0800 until 0930 local time.",
        "From 30 July – 2 August 2024, 100-200 pages, 500 hours of work, 2022-2024, TSAG-TD1001 at 0930 UTC (GMT).",
    ];

    [Fact]
    public void Dates_times_and_RG5022s_numbers_are_the_former_ones_on_random_pieces()
    {
        var random = new Random(2901);
        int dates = 0;
        int times = 0;
        int ranges = 0;
        for (int round = 0; round < 60_000; round++)
        {
            var text = new StringBuilder();
            for (int i = random.Next(1, 10); i > 0; i--)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
                if (random.Next(3) == 0)
                {
                    text.Append(' ');
                }
            }

            (int d, int t, int r) = AssertSame(text.ToString());
            dates += d;
            times += t;
            ranges += r;
        }

        Assert.True(dates > 150 && times > 5_000 && ranges > 80, $"only {dates} dates, {times} times, {ranges} RG5022 ranges");
    }

    [Fact]
    public void Dates_times_and_RG5022s_numbers_are_the_former_ones_on_mutated_sentences()
    {
        const string alphabet = "0123456789 .,;:-–/()\n\tJFMASONDTWthsrofCEUhG";
        var random = new Random(2902);
        int found = 0;
        for (int round = 0; round < 40_000; round++)
        {
            string text = SentenceMutation.Apply(Sentences[random.Next(Sentences.Length)], random, alphabet, Pieces);
            (int d, int t, int r) = AssertSame(text);
            found += d + t + r;
        }

        Assert.True(found > 100_000, $"only {found} dates, times and ranges");
    }

    [Fact]
    public void Dates_times_and_RG5022s_numbers_are_the_former_ones_on_the_samples_and_corpus_records()
    {
        int found = 0;
        foreach (string record in SampleRecords().Concat(CorpusRecords()))
        {
            var (d, t, r) = AssertSame(record);
            found += d + t + r;
            foreach (string line in record.Split('\n'))
            {
                AssertSame(line);
            }
        }

        Assert.True(found > 500, $"only {found}");
    }

    [Fact]
    public void RG5022_reports_what_the_former_rule_reported()
    {
        var random = new Random(2903);
        var bases = SampleRecords().Concat(CorpusRecords()).ToList();
        int records = 0;
        int diagnostics = 0;
        for (int round = 0; round < 600; round++)
        {
            string text = bases[random.Next(bases.Count)];
            for (int edits = random.Next(0, 6); edits > 0; edits--)
            {
                text = MarkdownMutation.Apply(text, random, Pieces);
            }

            // Ranges of three and four digits in the prose and in a session's time.
            text += "\n\nThe sessions ran " + Range(random) + " " + Suffixes[random.Next(Suffixes.Length)] + " and " + Range(random) + " "
                + Suffixes[random.Next(Suffixes.Length)] + ".\n";
            text = text.Replace("time: 1400-1600 hours", "time: " + Range(random), StringComparison.Ordinal);
            if (Records.Bind(text).Record is { } bound)
            {
                records++;
                var expected = new DiagnosticBag();
                var actual = new DiagnosticBag();
                RuleSet.Analyze(bound, CheckOptions.Default, expected, null, [new ThreeDigitTimeRuleDefinition()]);
                RuleSet.Analyze(bound, CheckOptions.Default, actual, null, [new ThreeDigitTimeRule()]);
                var before = Describe(expected);
                Assert.Equal(before, Describe(actual));
                diagnostics += before.Count;
            }
        }

        Assert.True(records > 300 && diagnostics > 50, $"only {records} records, {diagnostics} diagnostics");
    }

    private static readonly string[] Suffixes = ["hours", "hrs", "CET", "CEST", "UTC", "GMT", "h", "pages"];

    /// <summary>A range of the pieces' numbers (the first 16) and separators (the next 8).</summary>
    private static string Range(Random random) => Pieces[random.Next(16)] + Pieces[16 + random.Next(8)] + Pieces[random.Next(16)];

    private static (int Dates, int Times, int Ranges) AssertSame(string text)
    {
        var expectedDates = DateMentionsDefinition.Find(text);
        var dates = DateMentions.Find(text);
        Assert.Equal(expectedDates, dates);

        var expectedTimes = TimeMentionsDefinition.Find(text, dates).Select(Describe).ToList();
        Assert.True(expectedTimes.SequenceEqual(TimeMentions.Find(text, dates).Select(Describe)), $"times in '{text}'");
        var expectedField = string.Join(" | ", TimeMentionsDefinition.FindInTimeField(text).Select(Describe));
        Assert.True(expectedField == string.Join(" | ", TimeMentions.FindInTimeField(text).Select(Describe)), $"times in the field '{text}'");

        int ranges = 0;
        foreach (var pattern in new[] { ThreeDigitTimeRule.ProsePattern(), ThreeDigitTimeRule.FieldPattern() })
        {
            foreach (Match match in pattern.Matches(text))
            {
                var a = match.Groups["a"];
                var b = match.Groups["b"];
                Assert.Equal((a.Index, a.Length, b.Index, b.Length), ThreeDigitTimeRule.Ends(text, match.Index));
                ranges++;
            }
        }

        return (expectedDates.Count, expectedTimes.Count, ranges);
    }

    private static string Describe(TimeMention time) =>
        $"{time.Index} {time.Length} {time.Text} {time.Start} {time.End} {time.Zone} {time.ZoneIndex}";

    private static List<string> Describe(DiagnosticBag bag) => EquivalenceInputs.DiagnosticLines(bag);

    private static IEnumerable<string> SampleRecords() => EquivalenceInputs.SampleRecords();

    /// <summary>100 records of each shape of the bench corpus.</summary>
    private static IEnumerable<string> CorpusRecords() => EquivalenceInputs.CorpusRecords(2029);
}
