using System.Text;
using Rgiem.Core.Validation;
using Rgiem.Core.Validation.Rules.Readiness;

namespace Rgiem.Core.Tests.Performance;

/// <summary>
/// The prefilters of issue 21's h28d pass answer as the work they skip: RG7003 searches a segment only when
/// <see cref="BodyNameSpellingRule.MayBeMisspelt"/> says it may match (so every text its pattern matches passes), and
/// <see cref="StatisticsTables.Measure"/>'s quick refusal of a first letter gives what the full reading of the label gives
/// (<see cref="MeasureByKey"/>, the former method). Random text built from the characters that matter (fixed seeds).
/// </summary>
public class RulePrefilterEquivalenceTests
{
    private static readonly string[] Pieces =
    [
        "ITU", "ITU", "IT", "TU", "I", "T", "R", "D", "d", "-", "\u2011", "\u2013", "\u2014", " ", "\u00A0", "&", "_", "x", "é", "1",
        "ITU-T", "ITUT", "ITU T", "ITU\u2013R", "ITU R&D", "ITUITU",
    ];

    private static readonly string[] Labels =
    [
        "Number of participants", "Participants", "Africa", "Americas", "The Americas", "Arab States", "Asia and the Pacific",
        "Asia-Pacific", "CIS", "Europe", "TSB", "Number of documents", "Documents", "Meeting report", " ", "\t", "\u00A0", "the ",
        "THE", "x", "ı", "ſ", "é", "1", "-", "europe", "  AFRICA ", "Zambia", "Meeting", "report",
    ];

    [Fact]
    public void Every_misspelt_sector_name_passes_the_prefilter()
    {
        var random = new Random(2281);
        int matches = 0;
        for (int round = 0; round < 100_000; round++)
        {
            var text = new StringBuilder();
            for (int i = random.Next(0, 8); i > 0; i--)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }

            string written = text.ToString();
            bool match = BodyNameSpellingRule.MisspeltPattern().IsMatch(written);
            Assert.True(!match || BodyNameSpellingRule.MayBeMisspelt(written), written);
            matches += match ? 1 : 0;
        }

        Assert.True(matches > 5_000, $"only {matches} matches in the random texts");
    }

    [Fact]
    public void Measures_are_read_as_the_full_reading_reads_them()
    {
        var random = new Random(2282);
        for (int round = 0; round < 100_000; round++)
        {
            var text = new StringBuilder();
            for (int i = random.Next(0, 4); i > 0; i--)
            {
                text.Append(Labels[random.Next(Labels.Length)]);
            }

            string label = text.ToString();
            Assert.Equal(MeasureByKey(label), StatisticsTables.Measure(label));
        }

        foreach (string label in Labels)
        {
            Assert.Equal(MeasureByKey(label), StatisticsTables.Measure(label));
        }

        for (char c = '\0'; c < 128; c++)
        {
            Assert.Equal(MeasureByKey(c + "frica"), StatisticsTables.Measure(c + "frica"));
        }
    }

    /// <summary><see cref="StatisticsTables.Measure"/> before the quick refusal of its first letter.</summary>
    private static StatisticsMeasure? MeasureByKey(string label)
    {
        string key = string.Join(' ', label.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
        if (key.StartsWith("THE ", StringComparison.Ordinal))
        {
            key = key[4..];
        }

        return key switch
        {
            "NUMBER OF PARTICIPANTS" or "PARTICIPANTS" => StatisticsMeasure.Participants,
            "AFRICA" => StatisticsMeasure.Africa,
            "AMERICAS" => StatisticsMeasure.Americas,
            "ARAB STATES" => StatisticsMeasure.ArabStates,
            "ASIA AND THE PACIFIC" or "ASIA-PACIFIC" or "ASIA PACIFIC" => StatisticsMeasure.AsiaPacific,
            "CIS" => StatisticsMeasure.Cis,
            "EUROPE" => StatisticsMeasure.Europe,
            "TSB" => StatisticsMeasure.Tsb,
            "NUMBER OF DOCUMENTS" or "DOCUMENTS" => StatisticsMeasure.Documents,
            "MEETING REPORT" => StatisticsMeasure.Report,
            _ => null,
        };
    }
}
