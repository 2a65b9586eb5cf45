using System.Text;
using System.Text.RegularExpressions;
using Rgiem.Core.Text;
using Rgiem.Core.Validation;
using Rgiem.Core.Validation.Rules;

namespace Rgiem.Core.Tests.Performance;

/// <summary>
/// The shared tokenization of the prose (<see cref="ProseTokens"/>, issue 21) gives the rules what their own scans gave:
/// RG7002's words are the words of its former scan (kept below as the definition), and no time of day nor three-digit
/// time starts before <see cref="ProseTokens.FirstFreeDigit"/>, so searching from there (or not at all when it is -1)
/// finds the same matches as searching the whole text. Random text built from the characters that matter, and the samples.
/// </summary>
public class ProseTokensEquivalenceTests
{
    private const string Alphabet = "Ab z09 5-\u2011'’_.,:;/+\u2013()éÉ\u0663\u216B\u0301\u200D\t\u00A0\n";

    private static readonly string[] Pieces =
    [
        "1615", "930", "0930", "12:45", "9:05", "-", "\u2013", " to ", " until ", " hours", " hrs", "h", " CET", " (CEST)", " UTC",
        " GMT", " Geneva time", " local time", "Thursday 15 Dec ", "(1615-1730)", "15 December 2022", " ", "x", "TD", "'", "’",
        "\u2011", "_", ".", ",", ":", "/", "+", "é", "\u0663", "2022-2024", "the the", "ITU-T", "TSAG's", "a", "A",
    ];

    [Fact]
    public void Tokens_match_the_former_scans_on_random_text()
    {
        var random = new Random(2127);
        int times = 0;
        for (int round = 0; round < 30_000; round++)
        {
            var text = new StringBuilder();
            for (int i = random.Next(0, 30); i > 0; i--)
            {
                text.Append(Alphabet[random.Next(Alphabet.Length)]);
            }

            times += AssertSame(text.ToString());
        }

        var pieces = new Random(2128);
        for (int round = 0; round < 30_000; round++)
        {
            var text = new StringBuilder();
            for (int i = pieces.Next(0, 12); i > 0; i--)
            {
                text.Append(pieces.Next(4) == 0 ? Alphabet[pieces.Next(Alphabet.Length)].ToString() : Pieces[pieces.Next(Pieces.Length)]);
            }

            times += AssertSame(text.ToString());
        }

        Assert.True(times > 5_000, $"only {times} times in the random texts");
    }

    [Theory]
    [InlineData("x\u20111600 hours, x-1600 hours, '1600 hours, ’930-1045 hours, d'1200 CET, é1600 hours, _1600 hours, +1600 hours")]
    [InlineData("The the meeting meeting ITU-T ITU-T TSAG's TSAG's 1615-1730 hours (1615-1730) Thursday 15 Dec (1615-1730)")]
    [InlineData("")]
    public void Tokens_match_the_former_scans(string text) => AssertSame(text);

    [Fact]
    public void Tokens_match_the_former_scans_in_the_samples()
    {
        string samples = Path.Combine(Rgiem.Testing.RepoPaths.Root, "samples");
        foreach (string file in Directory.EnumerateFiles(samples, "*.md", SearchOption.AllDirectories))
        {
            AssertSame(File.ReadAllText(file));
            foreach (string line in File.ReadAllLines(file))
            {
                AssertSame(line);
            }
        }
    }

    private static int AssertSame(string text)
    {
        var tokens = new ProseTokens(text);
        var expected = new List<(int Start, int End)>();
        Words(text, expected);
        Assert.Equal(expected, tokens.Words.Select(w => (w.Start, w.End)).ToList());

        // RG7002 reads them into a buffer of the thread (issue 21's h27c pass): the same words and kinds.
        Assert.Equal(tokens.Words, ProseTokens.ScratchWords(text).ToArray());
        foreach (var word in tokens.Words)
        {
            char first = text[word.Start];
            var kind = char.IsAsciiDigit(first) ? ProseWordKind.Number : char.IsAsciiLetterUpper(first) ? ProseWordKind.Capitalised
                : char.IsLower(first) || (char.IsLetter(first) && !char.IsUpper(first)) ? ProseWordKind.Word : ProseWordKind.Other;
            Assert.Equal(kind, word.Kind);
        }

        var dates = DateMentions.Find(text);
        var all = TimeMentions.Find(text, dates);
        var fromFirst = TimeMentions.Find(text, dates, tokens.FirstFreeDigit);
        Assert.Equal(all.Select(Describe), fromFirst.Select(Describe));
        AssertSameMatches(TimeMentions.TimePattern(), text, tokens.FirstFreeDigit);
        AssertSameMatches(ThreeDigitTimeRule.ProsePattern(), text, tokens.FirstFreeDigit);
        return TimeMentions.TimePattern().Count(text);
    }

    private static void AssertSameMatches(Regex pattern, string text, int first)
    {
        var all = pattern.Matches(text).Select(m => (m.Index, m.Length)).ToList();
        var fromFirst = first < 0 ? [] : pattern.Matches(text, first).Select(m => (m.Index, m.Length)).ToList();
        Assert.True(all.SequenceEqual(fromFirst), $"'{text}' ({first}): {pattern}");
    }

    private static string Describe(TimeMention time) =>
        $"{time.Index} {time.Length} {time.Text} {time.Start} {time.End} {time.Zone} {time.ZoneIndex}";

    /// <summary>RG7002's own word scan before the shared tokens (9b6d5eb), the definition of <see cref="ProseTokens.Words"/>.</summary>
    private static void Words(string text, List<(int Start, int End)> words)
    {
        words.Clear();
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i])
                || (text[i] is '-' or '\u2011' or '\'' or '’' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
            {
                i++;
            }

            words.Add((start, i));
        }
    }
}
