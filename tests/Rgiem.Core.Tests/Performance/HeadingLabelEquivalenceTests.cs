using System.Text;
using Rgiem.Core.Binding;
using Rgiem.Core.Text;

namespace Rgiem.Core.Tests.Performance;

/// <summary>
/// <see cref="HeadingLabelParser"/> tries its patterns only where they can match and reads the common clause numbers by
/// hand (issue 21): held here to the parser it replaced (<see cref="ByRegex"/>, every pattern matched in turn) on random
/// headings built from the characters of labels (fixed seed), on written ones and on the samples' headings. The action
/// summary's streamed normalisation (<see cref="ProseNormalizer.Append"/>, piece after piece) is held to
/// <see cref="ProseNormalizer.Normalize"/> of the whole.
/// </summary>
public class HeadingLabelEquivalenceTests
{
    private static readonly string[] Pieces =
    [
        "1", "2", "12", "123", "0", "9", ".", ".", "..", " ", " ", "  ", "\t", "\u00A0", "\n", "A", "B", "Z", "a", "x", "é", "٣", "\u200D",
        "_", "Annex", "Annex", "Annex ", ":", "-", "\u2013", "\u2014", "{-}", "{.unnumbered}", "{", "}", "{-", "Title", " Title", "1.2",
        "1.2.3", "A.1", "A.1.2", "10.11.12.13.14.15", "1.2.3.4.5.6.7", "\u0301", "\u0903",
    ];

    [Theory]
    [InlineData("2.1 Title")]
    [InlineData("2.1\tTitle")]
    [InlineData("A.1 Title")]
    [InlineData("Annex B: Title")]
    [InlineData("Annex: Title")]
    [InlineData("Annex 12 \u2013 Title")]
    [InlineData("Annex Bx")]
    [InlineData("Annex 1٣ x")]
    [InlineData("Title {-}")]
    [InlineData("Title {.unnumbered} \t")]
    [InlineData("Title {-} \n")]
    [InlineData("Title {-}\n\n")]
    [InlineData("1.\n")]
    [InlineData("1.")]
    [InlineData("123 Title")]
    [InlineData("1.234 Title")]
    [InlineData("1٣ Title")]
    [InlineData("1.٣ Title")]
    [InlineData("1.2٣ Title")]
    [InlineData("A.٣ Title")]
    [InlineData("1.2.3.4.5.6.7 Title")]
    [InlineData("99999999999999999999 Huge clause")]
    [InlineData("")]
    [InlineData("Introduction")]
    public void Written_headings_give_the_labels_of_the_patterns(string text) => AssertSame(text);

    [Fact]
    public void Random_headings_give_the_labels_of_the_patterns()
    {
        var random = new Random(2128);
        int clauses = 0;
        for (int round = 0; round < 200_000; round++)
        {
            var text = new StringBuilder();
            for (int i = random.Next(0, 8); i > 0; i--)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }

            clauses += AssertSame(text.ToString()) ? 1 : 0;
        }

        Assert.True(clauses > 10_000, $"only {clauses} clause numbers in the random headings");
    }

    [Fact]
    public void The_samples_headings_give_the_labels_of_the_patterns()
    {
        string samples = Path.Combine(Rgiem.Testing.RepoPaths.Root, "samples");
        int headings = 0;
        foreach (string file in Directory.EnumerateFiles(samples, "*.md", SearchOption.AllDirectories))
        {
            foreach (string line in File.ReadAllLines(file))
            {
                if (line.StartsWith('#'))
                {
                    AssertSame(line.TrimStart('#').TrimStart());
                    headings++;
                }
            }
        }

        Assert.True(headings > 20, $"only {headings} headings in the samples");
    }

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

    /// <summary>Whether the heading has a clause number (for the count of the random ones).</summary>
    private static bool AssertSame(string text)
    {
        foreach (int level in new[] { 1, 2 })
        {
            Assert.Equal(ByRegex(text, level), HeadingLabelParser.Parse(text, level));
        }

        Assert.Equal(OutOfRangeByRegex(text), HeadingLabelParser.OutOfRangeNumber(text));
        return HeadingLabelParser.ClausePattern().IsMatch(text);
    }

    /// <summary>The parser before issue 21's h28d pass: every pattern matched in turn.</summary>
    private static HeadingLabel ByRegex(string text, int level)
    {
        var unnumbered = HeadingLabelParser.UnnumberedPattern().Match(text);
        if (unnumbered.Success)
        {
            return new HeadingLabel(Model.HeadingKind.Unnumbered, null, 0, true, unnumbered.Length);
        }

        if (level == 1)
        {
            var annex = HeadingLabelParser.AnnexPattern().Match(text);
            if (annex.Success)
            {
                string? label = annex.Groups["label"].Success ? annex.Groups["label"].Value : null;
                return new HeadingLabel(Model.HeadingKind.Annex, label, annex.Length, false, 0);
            }
        }

        var clause = HeadingLabelParser.ClausePattern().Match(text);
        return clause.Success
            ? new HeadingLabel(Model.HeadingKind.Clause, clause.Groups["num"].Value, clause.Length, false, 0)
            : new HeadingLabel(Model.HeadingKind.Clause, null, 0, false, 0);
    }

    private static string? OutOfRangeByRegex(string text)
    {
        var match = HeadingLabelParser.OutOfRangePattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        string number = match.Groups["num"].Value;
        var parts = number.Split('.');
        return parts.Length > 6 || parts.Any(p => p.Length > 2) ? number : null;
    }
}
