using System.Text;
using Rgiem.Bench.Corpus;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.FrontMatter;
using Rgiem.Core.Markdown;
using Rgiem.Core.Tests.Performance.Definitions;
using Rgiem.Core.Text;
using Rgiem.Testing;

namespace Rgiem.Core.Tests.Performance;

/// <summary>
/// A record's body is parsed inside the record's own text (<see cref="MarkdownParser.ParseRecord"/>: Markdig passes over
/// the front matter, issue 21) instead of in a copy of the text with the front matter blanked
/// (<see cref="FrontMatterBlankingDefinition"/>, the oracle, parsed by <see cref="MarkdownParser.Parse"/>). The tree, with
/// every position and detail (<see cref="MarkdownTreeDump"/>), and the diagnostics must be the same: on every sample record,
/// 300 records of the bench corpus, thousands of mutations of these (in the body and in the front matter, so the closing
/// fence moves) and random records built at the limits (deep nesting, long paragraphs, a body that starts with block syntax).
/// </summary>
public class FrontMatterSkipEquivalenceTests
{
    [Fact]
    public void The_record_parse_gives_the_tree_of_the_blanked_body_on_the_samples_and_the_bench_corpus()
    {
        var texts = SampleRecords().Concat(CorpusRecords()).ToList();
        Assert.True(texts.Count(AssertSame) > 300);
    }

    [Fact]
    public void The_record_parse_gives_the_tree_of_the_blanked_body_on_mutated_records()
    {
        var random = new Random(2131);
        var bases = SampleRecords().Concat(CorpusRecords().Where((_, i) => i % 5 == 0)).ToList();
        string[] tokens = [.. MarkdownPipelineEquivalenceTests.Tokens, "---\n", "...\n", "--- \n", "...\t\n", "- a\n", "    code\n", "===\n", "```\n", "<div>\n", "[^1]: x\n"];
        int records = 0;
        for (int round = 0; round < 4_000; round++)
        {
            string text = bases[random.Next(bases.Count)];
            for (int edits = random.Next(1, 6); edits > 0; edits--)
            {
                text = MarkdownMutation.Apply(text, random, tokens);
            }

            records += AssertSame(text) ? 1 : 0;
        }

        // Most keep a closed front matter (many with their closing fence moved); the others are not records.
        Assert.InRange(records, 2_000, 4_000);
    }

    [Fact]
    public void The_record_parse_gives_the_tree_of_the_blanked_body_on_random_records()
    {
        var random = new Random(2132);
        string[] starts = ["", "# Heading\n", "    indented code\n", "===\n", "---\n", "- item\n", "> quote\n", "| a | b |\n|---|---|\n", "+--+\n| x|\n+--+\n", "[^1]: note\n", "[r]: http://x\n", "<div>\n", "```\ncode\n", "\n", "text\n", "1. one\n"];
        for (int round = 0; round < 3_000; round++)
        {
            var text = new StringBuilder("---");
            text.Append(random.Next(4) == 0 ? " \t" : string.Empty).Append('\n');
            for (int line = random.Next(0, 6); line > 0; line--)
            {
                text.Append(random.Next(5) switch
                {
                    0 => "title: A [title] | with {marks}\n",
                    1 => "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -\n",
                    2 => "\n",
                    3 => "list:\n  - https://www.itu.int\n",
                    _ => new string('[', random.Next(1, 40)) + "\n",
                });
            }

            text.Append(random.Next(3) == 0 ? "..." : "---").Append(random.Next(3) == 0 ? "  " : string.Empty);
            if (random.Next(8) > 0)
            {
                text.Append('\n');
                text.Append(starts[random.Next(starts.Length)]);
                for (int line = random.Next(0, 12); line > 0; line--)
                {
                    text.Append(random.Next(40) switch
                    {
                        < 15 => MarkdownPipelineEquivalenceTests.Tokens[random.Next(MarkdownPipelineEquivalenceTests.Tokens.Length)],
                        < 20 => string.Concat(Enumerable.Repeat("> - ", random.Next(1, 40))) + "deep\n",
                        < 21 => new string('x', random.Next(1, 3) * 40_000) + "\n",
                        _ => "Some words, with [a link](http://a) and *emphasis*.\n",
                    });
                }
            }

            Assert.True(AssertSame(text.ToString()), text.ToString());
        }
    }

    [Fact]
    public void A_text_with_carriage_returns_in_its_front_matter_is_still_read_as_blanked()
    {
        // Not from a file (SourceLoader normalizes line ends), but the parse must hold for any text.
        Assert.True(AssertSame("---\ntitle: x\rmore\r\nb: 1\r\n---\n# Heading\r\n\r\ntext\n"));
        Assert.True(AssertSame("---\ntitle: x\ry: 2\n---\n- item\n"));
    }

    /// <summary>True when <paramref name="text"/> is a record (a closed front matter) and both parses agree; false when it is no record.</summary>
    private static bool AssertSame(string text)
    {
        var source = new SourceText("r.md", text);
        if (FrontMatterSplitter.Split(source, out _) is not { } section)
        {
            return false;
        }

        var oldBag = new DiagnosticBag();
        var old = MarkdownParser.Parse(FrontMatterBlankingDefinition.Blank(text, section.BodyStart), "r.md", oldBag);
        var newBag = new DiagnosticBag();
        var now = MarkdownParser.ParseRecord(text, section.ClosingLine, section.BodyStart, "r.md", newBag);
        Assert.Equal(Describe(oldBag), Describe(newBag));
        string expected = old is null ? "null" : MarkdownTreeDump.Of(old);
        string actual = now is null ? "null" : MarkdownTreeDump.Of(now);
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            Assert.Fail($"the trees differ for:\n{text}\n===== blanked:\n{expected}\n===== in place:\n{actual}");
        }

        return true;
    }

    private static string[] Describe(DiagnosticBag bag) => [.. bag.ToList().Select(d => $"{d.Id} {d.Location} {d.Message}")];

    private static IEnumerable<string> SampleRecords() =>
        Directory.EnumerateFiles(RepoPaths.Samples, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => SourceText.Normalize(File.ReadAllText(file)));

    private static IEnumerable<string> CorpusRecords()
    {
        foreach (var shape in new[] { CorpusShape.Standard, CorpusShape.Varied })
        {
            for (int i = 1; i <= 150; i++)
            {
                yield return RecordGenerator.Generate(2024, i, shape);
            }
        }
    }
}
