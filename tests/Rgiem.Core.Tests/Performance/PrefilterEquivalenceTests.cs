using System.Text;
using Rgiem.Core.Binding;
using Rgiem.Core.Model;
using Rgiem.Core.Validation.Rules.Readiness;

namespace Rgiem.Core.Tests.Performance;

/// <summary>
/// The hand-written scans that replace a regular expression on a hot path (issue 21) find exactly what the expression
/// finds. The expression stays in the code as the definition; these tests run both on the prose of the samples and on
/// random text built from the characters that matter to the pattern.
/// </summary>
public class PrefilterEquivalenceTests
{
    /// <summary>Letters, digits, the separators the pattern looks at, and a few that must not confuse it.</summary>
    private const string Alphabet = "ABCGIMRSTWZabcegimrstz019-\u2011_@./ .,;:()é\u00A0\u2010\u2013É٣Ⅻ\n";

    [Fact]
    public void Name_scan_finds_the_matches_of_the_name_pattern_on_random_text()
    {
        var random = new Random(2112);
        for (int round = 0; round < 20_000; round++)
        {
            var text = new StringBuilder();
            int length = random.Next(0, 40);
            for (int i = 0; i < length; i++)
            {
                text.Append(Alphabet[random.Next(Alphabet.Length)]);
            }

            AssertSameNames(text.ToString());
        }
    }

    [Theory]
    [InlineData("RG-IME and RG-IEM met; TSGA-TD12R3, WP1/17, e.g. ITU-T Y.3000 and RG\u2011WM.")]
    [InlineData("A-B A--B ABc_ AB-cd-é AB.cd AB.Cd AB. x@AB _AB AB_ AB@ -AB .AB /AB ‑AB")]
    [InlineData("SG17-WP1-3: TSAG-TD624R2 and TSAG-C094; ABC9 AbC aBC ABC-1-2-X")]
    [InlineData("")]
    public void Name_scan_finds_the_matches_of_the_name_pattern(string text) => AssertSameNames(text);

    [Fact]
    public void Name_scan_finds_the_matches_of_the_name_pattern_in_the_samples()
    {
        string samples = Path.Combine(Rgiem.Testing.RepoPaths.Root, "samples");
        foreach (string file in Directory.EnumerateFiles(samples, "*.md", SearchOption.AllDirectories))
        {
            AssertSameNames(File.ReadAllText(file));
        }
    }

    [Fact]
    public void Action_label_prefilter_keeps_every_paragraph_a_label_pattern_matches()
    {
        const string labels = "ActionRGIEMWPSG-0123456789٣ :\u00A0\taction.,";
        string[] starts = ["", "Action ", "Action\u00A0", "action ", "RG-IEM-", "WP2-", "SG17-WP1-", "A", "R"];
        string[] colons = [":", " :", "\u00A0:", "", "x:", ". :"];
        var random = new Random(2113);
        int matched = 0;
        for (int round = 0; round < 50_000; round++)
        {
            var text = new StringBuilder(starts[random.Next(starts.Length)]);
            for (int i = random.Next(0, 5); i > 0; i--)
            {
                text.Append("0123456789٣ \u00A0-A"[random.Next(15)]);
            }

            text.Append(colons[random.Next(colons.Length)]);
            for (int i = random.Next(0, 6); i > 0; i--)
            {
                text.Append(labels[random.Next(labels.Length)]);
            }

            string paragraph = text.ToString();
            bool label = ActionLabelPattern.MatchNumbered(paragraph).Success || ActionLabelPattern.MatchPrefixed(paragraph).Success;
            int cut = random.Next(0, paragraph.Length + 1);
            Inline[] inlines = [new TextRun(paragraph[..cut], null), new StyledRun(InlineStyle.Bold, [new TextRun(paragraph[cut..], null)])];
            if (label)
            {
                matched++;
                Assert.True(BodyBinder.MayStartWithActionLabel(inlines), paragraph);
            }
        }

        Assert.True(matched > 1000, $"only {matched} labels in the random paragraphs");
    }

    private static void AssertSameNames(string text)
    {
        var expected = new List<(int, int)>();
        foreach (var match in NameNearMissRule.NamePattern().EnumerateMatches(text))
        {
            expected.Add((match.Index, match.Length));
        }

        var actual = new List<(int, int)>();
        int from = 0;
        while (NameNearMissRule.NextName(text, ref from) is { } name)
        {
            actual.Add(name);
        }

        Assert.True(expected.SequenceEqual(actual), $"'{text}': pattern {string.Join(",", expected)}, scan {string.Join(",", actual)}");
    }
}
