using System.Text;
using Rgiem.Core.References;

namespace Rgiem.Core.Tests.Performance;

/// <summary>
/// <see cref="DocumentReferenceScanner"/> reads the commonest references by hand and classifies every candidate from spans
/// (issue 21); it must find exactly what the scanner it replaced finds (<see cref="ReferenceScannerDefinition"/>, kept
/// unchanged): the same references, offsets, texts, kinds, numbers, problems and glued words, in the same order, on random
/// text built from the pieces the candidate pattern looks at, on mutated prose, and on the samples.
/// </summary>
public class ReferenceScannerEquivalenceTests
{
    /// <summary>Pieces of references and of the text around them, including the ones that must send the scanner to the pattern.</summary>
    private static readonly string[] Pieces =
    [
        "TSAG", "SG17", "SG2", "SG123", "SG", "WTSA-20", "WTSA\u201120", "WTSA", "-", "\u2011", " ", " ", "\u00A0", "TD", "TD", "C", "C", "LS",
        "DOC", "0", "12", "585", "0050", "12345", "7", "R", "R1", "R12", "R123", "Rev.", "Rev.2", "rev", "/PLEN", "/GEN", "/WP1", "/TSAG",
        "/SG17", "/", "(GEN/19)", " (WP1/17)", "(", ")", "and", "of", "Annex", "Room", "series", "the", "The", ".", ",", ";", ":", "_", "é",
        "\u0663", "\u216B", "x", "a", "A", "ab", "Ab", "GEN", "PLEN", "WP2", "ofTSAG-TD257", "TSAG-TD624R2", "TD 120 Rev.1", "\n", "(230131)",
        "DOC5 (230131)", "TSAG-TD585", "SG17-C12", "LSx", "C-level", "TSAG-C", "@", "'", "\u2019", "5.1",
    ];

    private static readonly string[] Sentences =
    [
        "The results of the drafting session were reviewed in TSAG-TD585 and TSAG-C144.",
        "Ericsson presented TSAG-C073, which addresses the metrics of ITU-T membership and participation.",
        "SG2-WP1-1: to request TSAG through WP2 to agree the revised text in TSAG-TD509.",
        "| TSAG-TD585 | Analysis of past CxO/CTO meetings | TSB |",
        "See TD 120 Rev.1, TD125-R1, SG17-TD580/PLEN, TD326/TSAG, WTSA-20 C103, TD120 R1, TD 392 (GEN/19) and SG13 TD GEN 0050.",
        "Short forms TD666R4 and C99R1; DOC5 (230131); TSAG-TD, TD12a, TSAG-TD257and, Room C2, C17/98, C3PO, Annex C1.",
        "The TSAG-TD and TSAG-C series; SG17-TD12.5 and TSAG-TD12-3; TSAG-TD12345 and TSAG-TD1R123.",
    ];

    [Fact]
    public void Scanner_finds_what_its_definition_finds_on_random_pieces()
    {
        var random = new Random(2124);
        int found = 0;
        for (int round = 0; round < 40_000; round++)
        {
            var text = new StringBuilder();
            for (int i = random.Next(0, 16); i > 0; i--)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }

            found += AssertSame(text.ToString());
        }

        // The pieces make references often enough for the comparison to mean something.
        Assert.True(found > 10_000, $"only {found} references in the random texts");
    }

    [Fact]
    public void Scanner_finds_what_its_definition_finds_on_mutated_prose()
    {
        const string alphabet = "TDCLSRGAW0123456789-\u2011 \u00A0/().,;:_éa\u0663\n";
        var random = new Random(2125);
        for (int round = 0; round < 40_000; round++)
        {
            string text = SentenceMutation.Apply(Sentences[random.Next(Sentences.Length)], random, alphabet, Pieces);
            AssertSame(text);
        }
    }

    [Fact]
    public void Scanner_parses_what_its_definition_parses()
    {
        var random = new Random(2126);
        for (int round = 0; round < 20_000; round++)
        {
            var text = new StringBuilder();
            for (int i = random.Next(1, 6); i > 0; i--)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }

            string written = text.ToString();
            bool parsed = DocumentReferenceScanner.TryParse(written, out var reference);
            Assert.Equal(ReferenceScannerDefinition.TryParse(written, out var expected), parsed);
            Assert.Equal(expected, reference);
        }
    }

    [Theory]
    [InlineData("TSAG-TD585 TSAG-TD585R1 TSAG-TD585 R1 TSAG-TD585 (GEN/19) TSAG-TD585/PLEN TSAG-TD585-R1 SG17-C12, SG1-LS3 SG123-TD4")]
    [InlineData("xTSAG-TD1 _TSAG-TD1 \u0663TSAG-TD1 TSAG-TD1TSAG-TD2 TSAG-TD1and TSAG-TD1ABC TSAG-TD1_ TSAG-TD1é TSAG\u2011TD1\u00A0Rev.2")]
    [InlineData("TSAG-TD12.5 TSAG-TD12/98 TSAG-TD12-3 TSAG-TD12345 TSAG-TD00001 SG99-C0 SG-TD1 TSAG-TD")]
    [InlineData("TSAG-TD585R1. TSAG-TD585R12 and TSAG-TD585R1/PLEN TSAG-TD585R1/TSAG TSAG-TD585R1/x TSAG-TD585R1 (GEN/19) TSAG-TD585R1 (x) TSAG-TD585R1(GEN/19)")]
    [InlineData("TSAG-TD585R1-2 TSAG-TD585R1.5 TSAG-TD585R1 R2 TSAG-TD585R1R2 TSAG-TD585R1and TSAG-TD585R123 TSAG-TD585R SG17-C12R1 (WP1/17) SG1-LS3R0")]
    [InlineData("This TD contains xTSAG-TD1R1 ofTSAG-TD257R2 TSAG-TD12345R1 TSAG‑TD1R1 SG17‑C12R3/GEN TSAG-TD585R")]
    [InlineData("")]
    public void Scanner_finds_what_its_definition_finds(string text) => AssertSame(text);

    [Fact]
    public void Scanning_into_a_list_appends_what_a_scan_finds()
    {
        var random = new Random(2129);
        var into = new List<DocumentReference>();
        var expected = new List<DocumentReference>();
        for (int round = 0; round < 5_000; round++)
        {
            var text = new StringBuilder();
            for (int i = random.Next(0, 12); i > 0; i--)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }

            if (random.Next(4) == 0)
            {
                into.Clear();
                expected.Clear();
            }

            DocumentReferenceScanner.ScanInto(text.ToString(), into);
            expected.AddRange(ReferenceScannerDefinition.Scan(text.ToString()));
            Assert.Equal(expected, into);
        }
    }

    [Fact]
    public void Scanner_finds_what_its_definition_finds_in_the_samples()
    {
        string samples = Path.Combine(Rgiem.Testing.RepoPaths.Root, "samples");
        int found = 0;
        foreach (string file in Directory.EnumerateFiles(samples, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal)))
        {
            foreach (string line in File.ReadAllLines(file))
            {
                found += AssertSame(line);
            }
        }

        Assert.True(found > 0);
    }

    private static int AssertSame(string text)
    {
        var expected = ReferenceScannerDefinition.Scan(text);
        var actual = DocumentReferenceScanner.Scan(text);
        Assert.True(expected.SequenceEqual(actual), $"'{text}': expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]");
        return actual.Count;
    }
}
