using System.Buffers;
using System.Text;
using Rgiem.Core.Tests.Performance.Definitions;
using Rgiem.Core.Text;
using Rgiem.Core.Validation;
using Rgiem.Core.Validation.Rules.Readiness;
using Rgiem.Testing;

namespace Rgiem.Core.Tests.Performance;

/// <summary>
/// The prose rules' prefilters rewritten in issue 21's prose pass give the answers of the ones they replaced (kept here
/// or in <c>Definitions/</c> as the oracles), so no rule sees another segment than before: the dates' (read from the
/// digits instead of the month stems), RG7001's (single characters and "nued" instead of five strings and "continued"
/// ignoring case), RG7021's (single characters instead of four strings), the times' first possible start, and
/// RG7002's quick refusal of two words by their first letters. Random texts built from the pieces that matter, and
/// every line of the samples (fixed seeds).
/// </summary>
public class ProsePrefilterEquivalenceTests
{
    private static readonly string[] Pieces =
    [
        "January", "Jan", "Jan.", "February", "Feb", "March", "Mar", "Market", "April", "Apr", "May", "June", "Jun", "Junes", "July", "Jul",
        "August", "Aug", "September", "Sept", "Sep", "Separate", "October", "Oct", "Octet", "November", "Nov", "December", "Dec", "Decision",
        "Monday", "Thu", "the", "of", "Of", "st", "nd", "rd", "th", "hours", "CET", "to",
        "1", "3", "12", "30", "2019", "0930", "12:00", "9:05", "1615-1730", "5th", "22nd", "123", "12345",
        "TBC", "TB", "TBD", "XXX", "xxx", "XX", "xXx", "TD", "TSAG-TDxxx", "[", "[…]", "[...]", "???", "??", "?", "continued", "CONTINUED",
        "contınued", "continue", "nued", "NuEd", "To be continued", "Mr", "Mrs", "Ms", "Dr", "Prof", "Pro", "M", "D", "P", "r", "s", "rof",
        " ", "  ", "\t", "\n", "\u00A0", "\u2003", "\u2028", ".", ",", ";", ":", "/", "_", "-", "\u2013", "(", ")", "]", "x", "é", "\u0301", "A",
    ];

    /// <summary>The former prefilter of RG7001 (before issue 21's prose pass).</summary>
    private static readonly SearchValues<string> PlaceholderPieces = SearchValues.Create(["TB", "XXX", "xxx", "[", "???"], StringComparison.Ordinal);

    /// <summary>The former prefilter of RG7021 (before issue 21's prose pass).</summary>
    private static readonly SearchValues<string> Titles = SearchValues.Create(["Mr", "Ms", "Dr", "Prof"], StringComparison.Ordinal);

    [Fact]
    public void The_prefilters_answer_as_the_former_ones_on_random_text()
    {
        var random = new Random(2611);
        int dates = 0;
        int placeholders = 0;
        int titles = 0;
        int times = 0;
        for (int round = 0; round < 150_000; round++)
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

            var (date, placeholder, title, time) = AssertSame(text.ToString());
            dates += date ? 1 : 0;
            placeholders += placeholder ? 1 : 0;
            titles += title ? 1 : 0;
            times += time ? 1 : 0;
        }

        // Both answers are exercised for each.
        Assert.InRange(dates, 5_000, 145_000);
        Assert.InRange(placeholders, 5_000, 145_000);
        Assert.InRange(titles, 5_000, 145_000);
        Assert.InRange(times, 5_000, 145_000);
    }

    [Fact]
    public void The_prefilters_answer_as_the_former_ones_on_every_line_of_the_samples()
    {
        foreach (string file in Directory.EnumerateFiles(RepoPaths.Samples, "*.md", SearchOption.AllDirectories))
        {
            AssertSame(File.ReadAllText(file));
            foreach (string line in File.ReadAllLines(file))
            {
                AssertSame(line);
            }
        }
    }

    [Theory]
    [InlineData("on 30 July 2024")]
    [InlineData("30th of\u00A0July")]
    [InlineData("30th Of July")]
    [InlineData("Jul.\u00A030")]
    [InlineData("x-July 30")]
    [InlineData("éJuly 30")]
    [InlineData("_July 30")]
    [InlineData("Julyx 30")]
    [InlineData("July. . 30")]
    [InlineData("5 of  of July")]
    [InlineData("to be contınued…")]
    [InlineData("TSAG-TDxxx, ??, [ …], TB, Mrs, Pro, Prof")]
    [InlineData("12345 123:45 1:2 12:3 1615: 9:05")]
    [InlineData("")]
    public void The_prefilters_answer_as_the_former_ones(string text) => AssertSame(text);

    /// <summary>What RG7001's "nued" search relies on: no character but the ASCII letters equals N, U, E or D ignoring case.</summary>
    [Fact]
    public void Only_ASCII_letters_equal_n_u_e_d_ignoring_case()
    {
        for (int c = 128; c <= char.MaxValue; c++)
        {
            string one = ((char)c).ToString();
            foreach (string letter in new[] { "n", "u", "e", "d" })
            {
                Assert.False(string.Equals(one, letter, StringComparison.OrdinalIgnoreCase), $"U+{c:X4} equals {letter}");
            }
        }
    }

    /// <summary>RG7002's quick refusal: two first characters it refuses never start two strings equal ignoring case.</summary>
    [Fact]
    public void Two_words_refused_by_their_first_letters_are_never_equal()
    {
        for (int x = 0; x < 256; x++)
        {
            for (int y = 0; y < 256; y++)
            {
                if (RepeatedWordsRule.AsciiDiffer((char)x, (char)y))
                {
                    Assert.False(string.Equals(((char)x).ToString(), ((char)y).ToString(), StringComparison.OrdinalIgnoreCase), $"{x} {y}");
                }
            }
        }

        Assert.True(RepeatedWordsRule.AsciiDiffer('a', 'b'));
        Assert.False(RepeatedWordsRule.AsciiDiffer('a', 'A'));
        Assert.False(RepeatedWordsRule.AsciiDiffer('a', 'é'));
    }

    private static (bool Date, bool Placeholder, bool Title, bool Time) AssertSame(string text)
    {
        bool date = DateMentions.MayHoldDate(text);
        Assert.True(MayHoldDateDefinition.MayHoldDate(text) == date, $"dates: '{text}'");

        bool placeholder = PlaceholderRule.MayHoldPlaceholder(text);
        bool formerPlaceholder = text.AsSpan().IndexOfAny(PlaceholderPieces) >= 0 || text.Contains("continued", StringComparison.OrdinalIgnoreCase);
        Assert.True(formerPlaceholder == placeholder, $"placeholders: '{text}'");

        bool title = HonorificsRule.MayHoldTitle(text);
        Assert.True((text.AsSpan().IndexOfAny(Titles) >= 0) == title, $"honorifics: '{text}'");

        // The times searched from the first possible start (or not at all) are the times searched from the first free digit.
        var tokens = new ProseTokens(text);
        var found = DateMentions.Find(text);
        var former = TimeMentions.Find(text, found, tokens.FirstFreeDigit);
        var now = TimeMentions.Find(text, found, tokens.FirstTimeStart);
        Assert.True(
            former.Select(t => (t.Index, t.Length, t.Text)).SequenceEqual(now.Select(t => (t.Index, t.Length, t.Text))),
            $"times: '{text}'");
        var all = TimeMentions.TimePattern().Matches(text).Select(m => (m.Index, m.Length)).ToList();
        var fromStart = tokens.FirstTimeStart < 0 ? [] : TimeMentions.TimePattern().Matches(text, tokens.FirstTimeStart).Select(m => (m.Index, m.Length)).ToList();
        Assert.True(all.SequenceEqual(fromStart), $"time pattern: '{text}' ({tokens.FirstTimeStart})");
        return (date, placeholder, title, all.Count > 0);
    }
}
