using Rgiem.Core.Tests.Performance.Definitions;
using Rgiem.Core.Yaml;

namespace Rgiem.Core.Tests.Performance;

/// <summary>
/// The plain YAML reader gives up on a text holding a character it leaves to YamlDotNet; it now finds them with one
/// search a range (<see cref="PlainYamlReader.HasUnusual"/>, issue 21's load pass) instead of a set of characters
/// (<see cref="PlainYamlReaderDefinition"/>, the oracle). Every one of the 65,536 characters, alone and inside text, and
/// random texts must give the same answer.
/// </summary>
public class PlainYamlUnusualEquivalenceTests
{
    [Fact]
    public void Every_character_is_unusual_for_both_or_for_neither()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            string alone = ((char)c).ToString();
            string inside = "title: a long line of front matter text " + (char)c + " and more after it, past a vector's width\n";
            bool expected = alone.AsSpan().IndexOfAny(PlainYamlReaderDefinition.Unusual) >= 0;
            Assert.True(expected == PlainYamlReader.HasUnusual(alone), $"U+{c:X4} alone");
            Assert.True(expected == PlainYamlReader.HasUnusual(inside), $"U+{c:X4} inside text");
        }
    }

    [Fact]
    public void Random_texts_are_unusual_for_both_or_for_neither()
    {
        var random = new Random(2128);
        char[] pool = ['a', 'b', ' ', ':', '-', '\n', '\t', '\r', '\u0085', '\u00A0', 'é', '–', '\u2028', '\uFEFF', '\uFFFD', '\uD83D', '\uDE00', '\u007F', '\u0000', '\u001F', '\uFFFE'];
        int unusual = 0;
        for (int round = 0; round < 20_000; round++)
        {
            var text = new char[random.Next(0, 200)];
            for (int i = 0; i < text.Length; i++)
            {
                text[i] = random.Next(40) == 0 ? pool[random.Next(pool.Length)] : pool[random.Next(6)];
            }

            bool expected = text.AsSpan().IndexOfAny(PlainYamlReaderDefinition.Unusual) >= 0;
            Assert.Equal(expected, PlainYamlReader.HasUnusual(text));
            unusual += expected ? 1 : 0;
        }

        Assert.InRange(unusual, 1_000, 19_000);
    }
}
