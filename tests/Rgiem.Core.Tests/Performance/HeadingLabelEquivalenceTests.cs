using System.Text;
using Rgiem.Core.Binding;
using Rgiem.Core.Model;
using Rgiem.Core.Tests.Performance.Definitions;

namespace Rgiem.Core.Tests.Performance;

/// <summary>
/// Issue 21 (h28a): the body binder reads a heading's <c>{-}</c> suffix and clause number by hand, and skips the label
/// characters at the start of a paragraph with a vectorized search. <see cref="HeadingLabelParser.Parse"/> is held here to
/// the regexes it replaced (<see cref="HeadingLabelRegexDefinition"/>) and <see cref="BodyBinder.MayStartWithActionLabel"/>
/// to the character loop it replaced (<see cref="ActionLabelStartDefinition"/>), on written cases and on random text built from the pieces that
/// matter (fixed seeds).
/// </summary>
public class HeadingLabelEquivalenceTests
{
    private static readonly string[] Pieces =
    [
        "1", "2", "12", "123", "0", "٣", "９", "A", "B", "Z", "a", "Annex", "Annex ", ".", ".", ".", " ", " ", "\t", "\u00A0",
        "\n", "{-}", "{.unnumbered}", "{", "}", "-", ":", "–", "Title", "x", "\U0001D7CE",
    ];

    [Theory]
    [InlineData("1 Introduction")]
    [InlineData("10 Closure of the meeting")]
    [InlineData("4.1 The ITU-T action plan")]
    [InlineData("4.1. Dotted")]
    [InlineData("4.1.\tTab")]
    [InlineData("1.2.3.4.5.6 Six parts")]
    [InlineData("1.2.3.4.5.6.7 Seven parts")]
    [InlineData("1.23.4 Parts")]
    [InlineData("1.234 Three digits")]
    [InlineData("123 Huge")]
    [InlineData("A.1 Annex clause")]
    [InlineData("A. Not a clause")]
    [InlineData("A Title")]
    [InlineData("٣.٤ Arabic-Indic")]
    [InlineData("2")]
    [InlineData("2.")]
    [InlineData("2.\n")]
    [InlineData("2\n\n")]
    [InlineData("2x")]
    [InlineData("2.x")]
    [InlineData("2\u00A0\u00A0 Title")]
    [InlineData("Title {-}")]
    [InlineData("Title \t{.unnumbered} \t")]
    [InlineData("Title{-}\n")]
    [InlineData("Title {-} \n")]
    [InlineData("Title {-}\n\n")]
    [InlineData("{-}")]
    [InlineData("  {-}")]
    [InlineData("Title {-} {-}")]
    [InlineData("Title {.unnumbered}x")]
    [InlineData("Annex A: Terms of reference")]
    [InlineData("Annex B")]
    [InlineData("Annex 12 – Title")]
    [InlineData("Annexes")]
    [InlineData("")]
    public void Written_headings_give_the_labels_of_the_regexes(string text)
    {
        for (int level = 1; level <= 3; level++)
        {
            Assert.Equal(HeadingLabelRegexDefinition.Parse(text, level), HeadingLabelParser.Parse(text, level));
        }
    }

    [Fact]
    public void Random_headings_give_the_labels_of_the_regexes()
    {
        var random = new Random(2811);
        int clauses = 0;
        int unnumbered = 0;
        for (int round = 0; round < 200_000; round++)
        {
            var text = new StringBuilder();
            if (random.Next(2) == 0)
            {
                // A clause number, often bent.
                text.Append(Pick(random, "1", "12", "123", "A", "٣", ""));
                for (int parts = random.Next(0, 8); parts > 0; parts--)
                {
                    text.Append(Pick(random, ".", ".", "..", "")).Append(Pick(random, "1", "23", "456", "٣", "x", ""));
                }

                text.Append(Pick(random, "", ".", " ", "\t", "\u00A0", "  ", "\n"));
            }

            for (int i = random.Next(0, 4); i > 0; i--)
            {
                text.Insert(random.Next(text.Length + 1), Pieces[random.Next(Pieces.Length)]);
            }

            text.Append(Pick(random, "", "", "", " Title", " {-}", "{.unnumbered}", " {-} \t", " {-}\n", "\n"));
            string written = text.ToString();
            int level = random.Next(1, 4);
            var expected = HeadingLabelRegexDefinition.Parse(written, level);
            Assert.Equal(expected, HeadingLabelParser.Parse(written, level));
            clauses += expected.Number is not null ? 1 : 0;
            unnumbered += expected.Unnumbered ? 1 : 0;
        }

        Assert.True(clauses > 5_000, $"{clauses} clause numbers");
        Assert.True(unnumbered > 5_000, $"{unnumbered} unnumbered headings");
    }

    [Fact]
    public void Random_paragraph_starts_give_the_answer_of_the_character_loop()
    {
        var random = new Random(2812);
        string[] words = ["RG-IEM-5", "Action", " ", "\u00A0", "3", "٣", "٣٤", ":", ",", ".", "The", "results", "-", "a", "é", "\t", "TSAG-TD139", ""];
        int yes = 0;
        for (int round = 0; round < 100_000; round++)
        {
            var inlines = new List<Inline>();
            for (int runs = random.Next(0, 4); runs >= 0; runs--)
            {
                var text = new StringBuilder();
                for (int w = random.Next(0, 6); w > 0; w--)
                {
                    text.Append(words[random.Next(words.Length)]);
                }

                inlines.Add(random.Next(6) switch
                {
                    0 => new CodeRun(text.ToString()),
                    1 => new StyledRun(InlineStyle.Bold, [new TextRun(text.ToString())]),
                    2 => new BreakRun(),
                    _ => new TextRun(text.ToString()),
                });
            }

            bool expected = ActionLabelStartDefinition.MayStartWithActionLabel(inlines);
            Assert.Equal(expected, BodyBinder.MayStartWithActionLabel(inlines));
            yes += expected ? 1 : 0;
        }

        Assert.True(yes > 1_500, $"{yes} paragraphs may start with a label");
    }

    private static string Pick(Random random, params string[] choices) => choices[random.Next(choices.Length)];
}
