using System.Text;
using Rgiem.Core.Text;

namespace Rgiem.Core.Tests.Performance;

/// <summary>
/// Issue 21 (h28d): the action summary rule normalises its two texts piece after piece into builders of the thread
/// (<see cref="ProseNormalizer.Append"/>) instead of joining them and calling <see cref="ProseNormalizer.Normalize"/>;
/// held here to <see cref="ProseNormalizer.Normalize"/> of the whole on random sequences of pieces (fixed seed).
/// </summary>
public class ProseNormalizerEquivalenceTests
{
    [Fact]
    public void Streamed_normalisation_is_the_normalisation_of_the_whole()
    {
        string[] pieces = ["a", "b c", " ", "\u00A0", "\t", "\n", "\r", "\u2011", "\u2013", "\u2019", "\u201C", "x  y", "", " z ", "-", "é"];
        var random = new Random(2129);
        for (int round = 0; round < 50_000; round++)
        {
            var parts = new List<string>();
            for (int i = random.Next(0, 6); i > 0; i--)
            {
                parts.Add(pieces[random.Next(pieces.Length)]);
            }

            var builder = new StringBuilder();
            bool space = false;
            foreach (string part in parts)
            {
                ProseNormalizer.Append(builder, part, ref space);
            }

            Assert.Equal(ProseNormalizer.Normalize(string.Concat(parts)), builder.ToString());
        }
    }
}
