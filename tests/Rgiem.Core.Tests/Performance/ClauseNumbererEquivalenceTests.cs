using System.Text;
using Rgiem.Core.Binding;
using Rgiem.Core.Model;
using Rgiem.Core.Tests.Performance.Definitions;

namespace Rgiem.Core.Tests.Performance;

/// <summary>
/// Issue 21 (h29a): <see cref="ClauseNumberer"/> reads a written number part by part from its string and joins a generated
/// one in a buffer, instead of splitting it into an array of strings and joining with LINQ. Held here to the numberer it
/// replaced (<see cref="ClauseNumbererDefinition"/>): each sequence of headings gives the same numbers, the same
/// "written" flags, the same top-level clause, annex state and exceptions after every heading (fixed seeds).
/// </summary>
public class ClauseNumbererEquivalenceTests
{
    private static readonly string[] Pieces =
    [
        "1", "2", "9", "12", "123", "0", "٣", "A", "B", "Z", "Annex ", "Annex", ".", ".", ".", " ", "\u00A0", "{-}", "-", ":", "Title", "x",
        "4294967296", "99999999999",
    ];

    [Theory]
    [InlineData("1 Introduction|2 Work|2.1 Sub|2.1.1 Deeper||3 Next|Annex A: Terms|A.1 Part||Annex|Annex 12 – Title||")]
    [InlineData("||||||||||||||||||||||||||||||||||||")]
    [InlineData("Annex A|Annex|Annex|Annex|Annex|Annex|Annex|Annex|Annex|Annex|Annex|Annex|Annex|Annex|Annex|Annex|Annex|Annex|Annex|Annex|Annex|Annex|Annex|Annex|Annex|Annex|Annex|Annex")]
    [InlineData("1.2.3.4.5.6 Six|1.2.3.4.5.6.7 Seven||A.1.2.3.4.5.6.7 Annex seven|")]
    public void Written_sequences_number_as_before(string headings)
    {
        var texts = headings.Split('|');
        AssertSame(texts.Select((t, i) => (t, 1 + (i % 4))).ToList());
    }

    [Fact]
    public void Random_sequences_number_as_before()
    {
        var random = new Random(2933);
        for (int round = 0; round < 3_000; round++)
        {
            var headings = new List<(string Text, int Level)>();
            for (int count = random.Next(1, 25); count > 0; count--)
            {
                var text = new StringBuilder();
                for (int pieces = random.Next(0, 6); pieces > 0; pieces--)
                {
                    text.Append(Pieces[random.Next(Pieces.Length)]);
                }

                headings.Add((text.Append(" Title").ToString(), random.Next(1, 8)));
            }

            AssertSame(headings);
        }
    }

    private static void AssertSame(List<(string Text, int Level)> headings)
    {
        var numberer = new ClauseNumberer();
        var oracle = new ClauseNumbererDefinition();
        foreach (var (text, level) in headings)
        {
            var label = HeadingLabelParser.Parse(text, level);
            string actual, expected;
            try
            {
                var (number, written) = numberer.Next(label, level);
                actual = $"{number}/{written}/{numberer.CurrentTopLevel}/{numberer.InAnnex}/{numberer.AnnexPastZ}";
            }
            catch (Exception e) when (e is FormatException or OverflowException)
            {
                actual = e.GetType().Name;
            }

            try
            {
                var (number, written) = oracle.Next(label, level);
                expected = $"{number}/{written}/{oracle.CurrentTopLevel}/{oracle.InAnnex}/{oracle.AnnexPastZ}";
            }
            catch (Exception e) when (e is FormatException or OverflowException)
            {
                expected = e.GetType().Name;
            }

            Assert.True(expected == actual, $"'{text}' (level {level}) in {string.Join(" | ", headings)}: {expected} against {actual}");
            if (actual.EndsWith("Exception", StringComparison.Ordinal))
            {
                return;
            }
        }
    }
}
