using System.Globalization;
using System.Text;
using Rgiem.Core.Yaml;
using Rgiem.Testing;

namespace Rgiem.Core.Tests.Performance;

/// <summary>
/// The plain front matter reader (issue 21) gives exactly the nodes YamlDotNet's reader gives, with the same values,
/// kinds, styles and positions, on every text it accepts, and YamlDotNet reports nothing on those texts; on the rest it
/// gives up and the text goes to YamlDotNet. Everything after the YAML stage reads only the <see cref="YamlReadResult"/>,
/// so the same result means the same diagnostics. Checked on the samples' front matters and YAML files, on front
/// matters in the bench corpus's style, on random YAML built from the pieces that matter, and on thousands of mutations
/// of all of these.
/// </summary>
public class PlainYamlReaderEquivalenceTests
{
    /// <summary>Pieces of YAML syntax a mutation inserts, several of them outside what the plain reader reads.</summary>
    private static readonly string[] Tokens =
    [
        ": ", ":", " #", "#", "- ", "-", "{", "}", "[", "]", ",", ", ", "\"", "'", "''", "\\\"", "\\", ">-", ">", "|", "|-", "|+",
        "&a ", "*a", "!!str ", "!x ", "%", "@", "`", "?", "? ", "\t", " ", "  ", "\n", "\n\n", "\n  ", "\n- ", "key: ", "a: b",
        "\u00A0", "é", "–", "\u2028", "\r", "---", "...", "~", "null", "2024-07-29", "0930-1045 hours", "TSAG-TD521", "{a: b}",
        "[x, y]", "\"q\"", "'s'", "x:y", "http://example.org/a#b", "😀",
    ];

    private static readonly string[] Keys = ["number", "type", "title", "meeting", "place", "from", "to", "sessions", "date", "time", "note", "documents", "source", "chair", "keywords", "abstract", "contacts", "name", "email", "x-y", "a b", "k.1", "a/b", "9"];

    private static readonly string[] Words = ["Geneva", "TSAG-TD521", "2024-07-29", "0930-1045 hours", "Mr Glenn PARSONS (Ericsson)", "R&D", "TSAG's work", "a, b", "x: y", "50%", "#5", "a #b", "é–ü", "\u00A0nbsp", "C++", "key", "-1", "?", "yes", "~", "a  b", "LS on \"x\"", "[1]", "{x}", "ITU-T Y.3000", "https://itu.int/x", "08:15 to 09:30 hours", "a:b", "a:", "x :y"];

    /// <summary>
    /// <c>RGIEM_YAML_FUZZ_SEED=n</c> runs the random and mutated cases from other seeds, ten times as many (a longer
    /// search by hand; the suite runs the fixed seeds).
    /// </summary>
    private static readonly int ExtraSeed = int.TryParse(Environment.GetEnvironmentVariable("RGIEM_YAML_FUZZ_SEED"), CultureInfo.InvariantCulture, out int seed) ? seed : 0;

    [Fact]
    public void Reads_every_front_matter_of_the_samples_and_the_corpus_style_without_YamlDotNet()
    {
        var texts = SampleTexts().Concat(Enumerable.Range(0, 200).Select(i => CorpusFrontMatter(new Random(i)))).ToList();
        Assert.True(texts.Count > 200);
        foreach (string text in texts)
        {
            AssertSame(text);
        }

        var notPlain = texts.Where(t => PlainYamlReader.TryRead(t, 1) is null).ToList();
        Assert.True(notPlain.Count == 0, "read by YamlDotNet only:\n" + string.Join("\n=====\n", notPlain.Take(3)));
    }

    [Fact]
    public void Gives_YamlDotNets_nodes_on_mutated_front_matters()
    {
        var random = new Random(2121 + ExtraSeed);
        var bases = SampleTexts().Concat(Enumerable.Range(0, 50).Select(i => CorpusFrontMatter(new Random(1000 + i)))).ToList();
        int accepted = 0;
        int cases = ExtraSeed == 0 ? 6_000 : 60_000;
        for (int round = 0; round < cases; round++)
        {
            string text = bases[random.Next(bases.Count)];
            for (int edits = random.Next(1, 4); edits > 0; edits--)
            {
                text = Mutate(text, random);
            }

            accepted += AssertSame(text) ? 1 : 0;
        }

        // A mutation inside a title or an abstract keeps the text plain: a good share must take the plain path.
        Assert.True(accepted > cases / 5, $"only {accepted} of {cases} mutated texts were read by the plain reader");
    }

    [Fact]
    public void Gives_YamlDotNets_nodes_on_random_yaml()
    {
        var random = new Random(2122 + ExtraSeed);
        int accepted = 0;
        int cases = ExtraSeed == 0 ? 6_000 : 60_000;
        for (int round = 0; round < cases; round++)
        {
            var text = new StringBuilder();
            RandomMapping(text, random, 0, random.Next(1, 6), 0);
            if (random.Next(4) == 0)
            {
                text.Append("# trailing comment\n");
            }

            string yaml = random.Next(10) == 0 ? text.ToString().TrimEnd('\n') : text.ToString();
            accepted += AssertSame(yaml) ? 1 : 0;
        }

        Assert.True(accepted > cases / 5, $"only {accepted} of {cases} random texts were read by the plain reader");
    }

    [Theory]
    [InlineData("a: b\n")]
    [InlineData("a: b")]
    [InlineData("a: b\n\n# c\n")]
    [InlineData("a:\n  b: c\n  d: e\nf: g\n")]
    [InlineData("a:\n- x\n- y\nb: c\n")]
    [InlineData("a:\n  - x\n  - {p: q, r: 's'}\n")]
    [InlineData("a:\n  - n: x\n    m: y\n  - n: z\nb: c\n")]
    [InlineData("a: >-\n  one\n  two\n\n  three\nb: c\n")]
    [InlineData("a: |\n  one\n  two\n\nb: c\n")]
    [InlineData("a: >\n  one\n")]
    [InlineData("a: [x, \"y\", 'z''s']\nb: {}\nc: []\n")]
    [InlineData("a: \"x\" # note\nb: 'y'   \n")]
    [InlineData("- a\n- b\n")]
    public void Gives_YamlDotNets_nodes(string yaml) => Assert.True(AssertSame(yaml), "not read by the plain reader");

    /// <summary>Compares the two readers; true when the plain reader read the text.</summary>
    private static bool AssertSame(string text)
    {
        int firstLine = 1;
        var plain = PlainYamlReader.TryRead(text, firstLine);
        var full = YamlReader.ReadWithYamlDotNet(text, "r.md", firstLine);
        if (plain is null)
        {
            return false;
        }

        Assert.True(full.Diagnostics.Count == 0, $"YamlDotNet reports {string.Join("; ", full.Diagnostics.Select(d => d.Id + " " + d.Message))} on a text the plain reader read:\n{text}");
        string expected = Dump(full.Root);
        string actual = Dump(plain);
        Assert.True(expected == actual, $"text:\n{text}\n--- YamlDotNet:\n{expected}\n--- plain:\n{actual}");
        Assert.Same(plain.GetType(), full.Root!.GetType());
        return true;
    }

    private static string Dump(YamlNode? node)
    {
        var text = new StringBuilder();
        Dump(node, text, 0);
        return text.ToString();
    }

    private static void Dump(YamlNode? node, StringBuilder text, int depth)
    {
        text.Append(' ', depth * 2);
        switch (node)
        {
            case null:
                text.Append("null\n");
                break;
            case YamlScalar scalar:
                text.Append(CultureInfo.InvariantCulture, $"scalar {(scalar.IsPlain ? "plain" : "styled")} {Escape(scalar.Value)} {Span(scalar)}\n");
                break;
            case YamlSequence sequence:
                text.Append(CultureInfo.InvariantCulture, $"sequence {Span(sequence)}\n");
                foreach (var item in sequence.Items)
                {
                    Dump(item, text, depth + 1);
                }

                break;
            case YamlMapping mapping:
                text.Append(CultureInfo.InvariantCulture, $"mapping {Span(mapping)}\n");
                foreach (var entry in mapping.Entries)
                {
                    Dump(entry.Key, text, depth + 1);
                    Dump(entry.Value, text, depth + 2);
                }

                break;
        }
    }

    private static string Span(YamlNode node) => $"{node.Start.Line}:{node.Start.Character}-{node.End.Line}:{node.End.Character}";

    private static string Escape(string value) => "«" + value.Replace("\n", "\\n", StringComparison.Ordinal) + "»";

    /// <summary>The front matter of every sample record, and the sample projects' YAML files (rgiem.yaml, documents.yaml).</summary>
    internal static IEnumerable<string> SampleTexts()
    {
        foreach (string file in Directory.EnumerateFiles(RepoPaths.Samples, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string text = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
            if (file.EndsWith(".yaml", StringComparison.Ordinal))
            {
                yield return text;
            }
            else if (file.EndsWith(".md", StringComparison.Ordinal) && text.StartsWith("---\n", StringComparison.Ordinal))
            {
                int close = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
                if (close > 0)
                {
                    yield return text[4..(close + 1)];
                }
            }
        }
    }

    /// <summary>A front matter as the bench corpus generator writes them (bench/Rgiem.Bench/Corpus/RecordGenerator.cs).</summary>
    internal static string CorpusFrontMatter(Random random)
    {
        string place = Pick(random, ["Geneva", "Tokyo", "Nairobi", "São Paulo"]);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"number: TSAG-TD{1000 + random.Next(5000)}\ntype: TD\ngroup: RG-IEM\nparent: TSAG\nsource: Chair, TSAG RG-IEM\n");
        text.Append("keywords: [TSAG, RG-IEM, meeting report]\nmeeting:\n");
        text.Append(CultureInfo.InvariantCulture, $"  place: {place}\n  from: 2024-07-29\n  to: 2024-08-02\n");
        text.Append(CultureInfo.InvariantCulture, $"title: Draft report of the meeting of the Rapporteur Group ({place}, 29 July – 2 August 2024)\n");
        text.Append("purpose: Discussion\nabstract: >-\n  This TD contains the draft report of the meeting of the Rapporteur Group\n");
        text.Append(CultureInfo.InvariantCulture, $"  ({place}, 29 July – 2 August 2024).\nsessions:\n");
        for (int i = random.Next(2, 5); i > 0; i--)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - {{date: 2024-07-{28 + i}, time: {random.Next(9, 16):D2}00-{random.Next(16, 19):D2}00 hours}}\n");
        }

        text.Append("chair: Mr Glenn PARSONS (Ericsson Canada)\ndocuments:\n");
        for (int i = random.Next(6, 15); i > 0; i--)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - {{number: TSAG-TD{random.Next(100, 1000)}, title: \"{Pick(random, ["Terms of reference", "Data on study groups", "Action plan: draft"])}\"")
                .Append(random.Next(2) == 0 ? string.Empty : ", source: " + Pick(random, ["TSB", "Canada", "Broadcom Europe"]))
                .Append("}\n");
        }

        return text.ToString();
    }

    internal static string Mutate(string text, Random random)
    {
        int at = random.Next(text.Length + 1);
        int lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        if (at == 0)
        {
            lineStart = 0;
        }

        int lineEnd = text.IndexOf('\n', at);
        lineEnd = lineEnd < 0 ? text.Length : lineEnd;
        switch (random.Next(8))
        {
            case 0:
            case 1:
            case 2:
                return text.Insert(at, Tokens[random.Next(Tokens.Length)]);
            case 3:
                return at < text.Length ? text.Remove(at, Math.Min(random.Next(1, 4), text.Length - at)) : text;
            case 4:
                // Indent or unindent a line.
                return random.Next(2) == 0 ? text.Insert(lineStart, new string(' ', random.Next(1, 3))) : (text.Length > lineStart && text[lineStart] == ' ' ? text.Remove(lineStart, 1) : text);
            case 5:
                // Repeat a line.
                return text.Insert(lineStart, text[lineStart..Math.Min(text.Length, lineEnd + 1)] + (lineEnd >= text.Length ? "\n" : string.Empty));
            case 6:
                // Delete a line.
                return text.Remove(lineStart, Math.Min(text.Length, lineEnd + 1) - lineStart);
            default:
                // A word replaced by another value.
                return text.Insert(at, Words[random.Next(Words.Length)]);
        }
    }

    private static void RandomMapping(StringBuilder text, Random random, int indent, int entries, int depth)
    {
        for (int i = 0; i < entries; i++)
        {
            if (random.Next(8) == 0)
            {
                text.Append(' ', indent).Append("# comment\n");
            }

            if (random.Next(10) == 0)
            {
                text.Append('\n');
            }

            text.Append(' ', indent).Append(Pick(random, Keys)).Append(':');
            RandomValue(text, random, indent, depth);
        }
    }

    /// <summary>A value after a key's colon (or a dash), with its line end and any lines below.</summary>
    private static void RandomValue(StringBuilder text, Random random, int indent, int depth)
    {
        switch (depth > 3 ? random.Next(6) : random.Next(10))
        {
            case 0:
                text.Append(' ').Append(Pick(random, Words)).Append(random.Next(5) == 0 ? " # note" : string.Empty).Append('\n');
                break;
            case 1:
                text.Append(" \"").Append(Pick(random, Words)).Append("\"\n");
                break;
            case 2:
                text.Append(" '").Append(Pick(random, Words).Replace("'", "''", StringComparison.Ordinal)).Append("'\n");
                break;
            case 3:
                text.Append(' ').Append(RandomFlow(random, 0)).Append('\n');
                break;
            case 4:
            {
                text.Append(' ').Append(Pick(random, [">", ">-", "|", "|-"])).Append('\n');
                int inner = indent + random.Next(1, 4);
                for (int i = random.Next(1, 5); i > 0; i--)
                {
                    text.Append(random.Next(6) == 0 ? string.Empty : new string(' ', inner) + Pick(random, Words)).Append('\n');
                }

                break;
            }

            case 5:
                text.Append(random.Next(8) == 0 ? string.Empty : " ").Append(Pick(random, Words)).Append('\n');
                break;
            case 6:
            case 7:
                text.Append('\n');
                RandomMapping(text, random, indent + random.Next(1, 4), random.Next(1, 4), depth + 1);
                break;
            default:
            {
                text.Append('\n');
                int inner = indent + random.Next(0, 3);
                for (int i = random.Next(1, 4); i > 0; i--)
                {
                    text.Append(' ', inner).Append('-');
                    if (random.Next(3) == 0)
                    {
                        // A compact mapping: "- key: value" and more keys under it.
                        int column = inner + 2;
                        text.Append(' ').Append(Pick(random, Keys)).Append(':');
                        RandomValue(text, random, column, depth + 1);
                        if (random.Next(2) == 0)
                        {
                            RandomMapping(text, random, column, random.Next(1, 3), depth + 1);
                        }
                    }
                    else
                    {
                        RandomValue(text, random, inner, depth + 1);
                    }
                }

                break;
            }
        }
    }

    private static string RandomFlow(Random random, int depth)
    {
        bool mapping = random.Next(2) == 0;
        var parts = new List<string>();
        for (int i = random.Next(0, 4); i > 0; i--)
        {
            string value = depth < 2 && random.Next(5) == 0
                ? RandomFlow(random, depth + 1)
                : random.Next(4) switch
                {
                    0 => "\"" + Pick(random, Words) + "\"",
                    1 => "'" + Pick(random, Words).Replace("'", "''", StringComparison.Ordinal) + "'",
                    _ => Pick(random, Words),
                };
            parts.Add(mapping ? Pick(random, Keys) + ": " + value : value);
        }

        string separator = random.Next(6) == 0 ? " ," : ", ";
        return mapping ? "{" + string.Join(separator, parts) + "}" : "[" + string.Join(separator, parts) + "]";
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
