using System.Text;
using Rgiem.Core.Binding;

namespace Rgiem.Core.Tests.Performance;

/// <summary>
/// The body binder reads an action label's length and the ranges of its groups without a <see cref="System.Text.RegularExpressions.Match"/>
/// (issue 21): <see cref="ActionLabelPattern.NumberedLabel"/> and <see cref="ActionLabelPattern.PrefixedLabel"/> are held here to
/// the groups of the matches they replaced (<see cref="ActionLabelPattern.MatchNumbered"/>, <see cref="ActionLabelPattern.MatchPrefixed"/>),
/// and the span <see cref="ActionLabelPattern.IsGroupLike(ReadOnlySpan{char}, string?)"/> to the string one, on random
/// text built from the characters of labels (fixed seed) and on labels written out.
/// </summary>
public class ActionLabelSpanEquivalenceTests
{
    private static readonly string[] Pieces =
    [
        "Action", "RG", "IEM", "WP", "SG", "TSAG", "FG", "JCA", "Rg", "-", "-", "-", ":", ":", " ", " ", "\u00A0", "\t",
        "1", "2", "05", "123", "4567", "٣", "a", "Z", "x", "/", "TD", ".", "é",
    ];

    [Theory]
    [InlineData("Action 3: to do")]
    [InlineData("Action\u00A0 12 :\tto do")]
    [InlineData("Action 1234: no")]
    [InlineData("Action ٣: Arabic-Indic digit")]
    [InlineData("RG-IEM-5: to invite")]
    [InlineData("RG-1-2: lazy prefix")]
    [InlineData("RG-IEM-05 \u00A0: padded")]
    [InlineData("RG-12345: too long")]
    [InlineData("WP2-3:")]
    [InlineData("rg-iem-5: lower case")]
    [InlineData("RG-IEM-5")]
    public void Written_labels_give_the_groups_of_their_matches(string text) => AssertSame(text, "RG-IEM");

    [Fact]
    public void Random_labels_give_the_groups_of_their_matches()
    {
        var random = new Random(2131);
        int numbered = 0;
        int prefixed = 0;
        for (int round = 0; round < 200_000; round++)
        {
            // A label's parts, each often bent out of shape, then a few random pieces put anywhere.
            var text = new StringBuilder()
                .Append(Pick(random, "Action", "Action", "RG-IEM", "RG-1", "WP2", "TSAG", "rg", "A", ""))
                .Append(Pick(random, "-", "-", " ", "\u00A0", "  ", "", "-x-"))
                .Append(Pick(random, "1", "05", "123", "4567", "٣", "1٣", ""))
                .Append(Pick(random, "", "", " ", "\u00A0 ", "\t"))
                .Append(Pick(random, ":", ":", ";", ""))
                .Append(Pick(random, "", " to do", "\t x", ":", " \u00A0"));
            for (int i = random.Next(0, 3); i > 0; i--)
            {
                text.Insert(random.Next(text.Length + 1), Pieces[random.Next(Pieces.Length)]);
            }

            string written = text.ToString();
            AssertSame(written, random.Next(3) == 0 ? null : "RG-IEM");
            numbered += ActionLabelPattern.MatchNumbered(written).Success ? 1 : 0;
            prefixed += ActionLabelPattern.MatchPrefixed(written).Success ? 1 : 0;
        }

        Assert.True(numbered > 1_000, $"{numbered} numbered labels");
        Assert.True(prefixed > 5_000, $"{prefixed} prefixed labels");
    }

    private static string Pick(Random random, params string[] choices) => choices[random.Next(choices.Length)];

    private static void AssertSame(string text, string? expected)
    {
        var numbered = ActionLabelPattern.MatchNumbered(text);
        int length = ActionLabelPattern.NumberedLabel(text, out var number);
        Assert.Equal(numbered.Success ? numbered.Length : -1, length);
        if (numbered.Success)
        {
            Assert.Equal(0, numbered.Index);
            Assert.Equal(numbered.Groups["n"].Value, text[number]);
        }

        var prefixed = ActionLabelPattern.MatchPrefixed(text);
        length = ActionLabelPattern.PrefixedLabel(text, out var prefix, out number);
        Assert.Equal(prefixed.Success ? prefixed.Length : -1, length);
        if (prefixed.Success)
        {
            Assert.Equal(0, prefixed.Index);
            Assert.Equal(prefixed.Groups["n"].Value, text[number]);
            Assert.Equal(prefixed.Groups["prefix"].Value, text[prefix]);
            Assert.Equal(
                ActionLabelPattern.IsGroupLike(prefixed.Groups["prefix"].Value, expected),
                ActionLabelPattern.IsGroupLike(text.AsSpan(prefix), expected));
        }
    }
}
