using System.Text;
using Rgiem.Bench.Corpus;
using Rgiem.Core.Validation.Rules.Readiness;
using Rgiem.Testing;

namespace Rgiem.Core.Tests.Performance;

/// <summary>
/// RG7002's prefilter (<see cref="RepeatedWordsRule.MayRepeat"/>, issue 21's h29d pass) lets through every text in which
/// the full reading (<see cref="RepeatedWordsRule.FindsRepeat"/>: the words, then the repeat sought at each, the rule as it
/// was) finds a repeat, so skipping the others changes no diagnostic. The samples and bench-corpus records (whole and line by
/// line), the same lines with a run of their words written twice, and random text built from the pieces that matter.
/// </summary>
public class RepeatedWordsEquivalenceTests
{
    private static readonly string[] Pieces =
    [
        "the", "The", "THE", "a", "A", "an", "that", "had", "report", "Report", "of", "ITU-T", "itu-t", "TSAG's", "tsag’s", "B",
        "été", "Été", "ÉTÉ", "1", "12", "2024", "x", "X", "1-2", "'", "’", "-", "\u2011", " ", " ", " ", "  ", "\t", "\u00A0", ",",
        ".", ";", "(", ")", "\n", "é", "\u0663", "\u216B", "ı", "I", "ſ", "s", "K", "\u212A", "k",
    ];

    [Fact]
    public void Every_text_with_a_repeat_passes_the_prefilter_on_random_text()
    {
        var random = new Random(2901);
        int repeats = 0;
        int refused = 0;
        for (int round = 0; round < 200_000; round++)
        {
            var text = new StringBuilder();
            for (int i = random.Next(0, 16); i > 0; i--)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
                if (random.Next(3) > 0)
                {
                    text.Append(' ');
                }
            }

            (int found, int skipped) = AssertPasses(text.ToString());
            repeats += found;
            refused += skipped;
        }

        Assert.True(repeats > 10_000, $"only {repeats} repeats in the random texts");
        Assert.True(refused > 10_000, $"only {refused} texts refused by the prefilter");
    }

    [Theory]
    [InlineData("the the")]
    [InlineData("of the report of the report of")]
    [InlineData("The report of the meeting of the report of the meeting.")]
    [InlineData("Été  été")]
    [InlineData("A A and B B, a a")]
    [InlineData("that that, had had")]
    [InlineData("ITU-T\u00A0itu-t\tITU-T")]
    [InlineData("x ſ s K \u212A k")]
    [InlineData("")]
    public void Every_text_with_a_repeat_passes_the_prefilter(string text) => AssertPasses(text);

    [Fact]
    public void Every_text_with_a_repeat_passes_the_prefilter_in_the_samples_and_the_corpus()
    {
        var random = new Random(2902);
        int repeats = 0;
        int refused = 0;
        foreach (string record in Records())
        {
            AssertPasses(record);
            foreach (string line in record.Split('\n'))
            {
                (int found, int skipped) = AssertPasses(line);
                refused += skipped;

                // The same line with a run of one to five of its words written twice (the slip the rule looks for).
                var words = line.Split(' ');
                if (words.Length > 1)
                {
                    int at = random.Next(words.Length);
                    int count = Math.Min(random.Next(1, 6), words.Length - at);
                    var doubled = words.Take(at + count).Concat(words.Skip(at).Take(count)).Concat(words.Skip(at + count));
                    (found, _) = AssertPasses(string.Join(' ', doubled));
                    repeats += found;
                }
            }
        }

        Assert.True(repeats > 2_000, $"only {repeats} repeats in the doubled lines");
        Assert.True(refused > 2_000, $"only {refused} lines refused by the prefilter");
    }

    private static (int Found, int Refused) AssertPasses(string text)
    {
        bool found = RepeatedWordsRule.FindsRepeat(text);
        bool may = RepeatedWordsRule.MayRepeat(text);
        Assert.True(!found || may, $"a repeat the prefilter refuses: '{text}'");
        return (found ? 1 : 0, may ? 0 : 1);
    }

    private static IEnumerable<string> Records()
    {
        foreach (string file in Directory.EnumerateFiles(RepoPaths.Samples, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            yield return File.ReadAllText(file);
        }

        foreach (var shape in new[] { CorpusShape.Standard, CorpusShape.Varied })
        {
            for (int i = 1; i <= 150; i++)
            {
                yield return RecordGenerator.Generate(2024, i, shape);
            }
        }
    }
}
