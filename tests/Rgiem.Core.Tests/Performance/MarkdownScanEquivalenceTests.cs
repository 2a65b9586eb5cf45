using System.Text;
using Rgiem.Core.Markdown;
using Rgiem.Core.Tests.Performance.Definitions;

namespace Rgiem.Core.Tests.Performance;

/// <summary>
/// Before Markdig runs, the Markdown stage walks the text once (<see cref="MarkdownParser.Scan"/>, issue 21's load pass)
/// for what three scans found before (<see cref="MarkdownScanDefinition"/>, the oracle): the first line nested too deeply,
/// else the first run of lines too long and the extensions the text may need. The walk must find the same, on the
/// samples, the bench corpus, mutations of both, random documents and texts built to hit the limits.
/// </summary>
public class MarkdownScanEquivalenceTests
{
    [Fact]
    public void The_walk_finds_what_the_three_scans_found_on_the_samples_and_the_bench_corpus()
    {
        var bodies = MarkdownPipelineEquivalenceTests.SampleBodies().Concat(MarkdownPipelineEquivalenceTests.CorpusBodies()).ToList();
        Assert.True(bodies.Count > 300);
        foreach (string text in bodies)
        {
            AssertSame(text);
        }
    }

    [Fact]
    public void The_walk_finds_what_the_three_scans_found_on_mutated_records()
    {
        var random = new Random(2126);
        var bases = MarkdownPipelineEquivalenceTests.SampleBodies().Concat(MarkdownPipelineEquivalenceTests.CorpusBodies().Where((_, i) => i % 5 == 0)).ToList();
        var seen = MarkdownFeatures.None;
        for (int round = 0; round < 6_000; round++)
        {
            string text = MarkdownPipelineEquivalenceTests.Window(bases[random.Next(bases.Count)], random);
            for (int edits = random.Next(1, 6); edits > 0; edits--)
            {
                text = MarkdownPipelineEquivalenceTests.Mutate(text, random);
            }

            seen |= AssertSame(text);
        }

        Assert.Equal(MarkdownFeatures.All, seen);
    }

    [Fact]
    public void The_walk_finds_what_the_three_scans_found_on_random_documents()
    {
        var random = new Random(2127);
        string[] extra = ["\\", "\\[", "\\^", "[", "]", "[[[[", "]]]]", "Mailto", "MAILTO:", "TEL", "tel", ":", "//", "://", "w", "www", ".", "ww.", "WwW.", "maılto:", "~", ">", "+", "-", "=", "\t", "    ", "> > > ", "- - - ", "1. 2. 3. "];
        for (int round = 0; round < 6_000; round++)
        {
            var text = new StringBuilder();
            for (int line = random.Next(1, 20); line > 0; line--)
            {
                for (int piece = random.Next(0, 10); piece > 0; piece--)
                {
                    text.Append(random.Next(3) switch
                    {
                        0 => MarkdownPipelineEquivalenceTests.Tokens[random.Next(MarkdownPipelineEquivalenceTests.Tokens.Length)],
                        1 => extra[random.Next(extra.Length)],
                        _ => MarkdownPipelineEquivalenceTests.Words[random.Next(MarkdownPipelineEquivalenceTests.Words.Length)],
                    });
                    if (random.Next(3) == 0)
                    {
                        text.Append(' ');
                    }
                }

                text.Append(random.Next(6) == 0 ? "\n\n" : "\n");
            }

            AssertSame(random.Next(2) == 0 ? text.ToString() : text.ToString().TrimEnd('\n'));
        }
    }

    [Theory]
    [InlineData(31, 0)]
    [InlineData(32, 0)]
    [InlineData(33, 0)]
    [InlineData(33, 3)]
    [InlineData(40, 1)]
    public void The_walk_finds_the_same_brackets_too_deep(int open, int closedBetween)
    {
        var text = new StringBuilder("intro\n\n");
        for (int i = 0; i < open; i++)
        {
            text.Append(i % 7 == 0 ? "\\[" : "[").Append(i % 5 == 0 ? "x\n" : "y ");
            if (i < closedBetween)
            {
                text.Append(']');
            }
        }

        text.Append("\n\n[a] tail\n");
        AssertSame(text.ToString());
        AssertSame(text.ToString().Replace("\n", "\n\n", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("- ", 33)]
    [InlineData("> ", 32)]
    [InlineData("> ", 33)]
    [InlineData("1. ", 40)]
    [InlineData(" ", 200)]
    public void The_walk_finds_the_same_markers_too_deep(string marker, int count)
    {
        string deep = string.Concat(Enumerable.Repeat(marker, count)) + "x";
        AssertSame("a | b\n\n" + deep + "\n{++c++}\n");
        AssertSame(deep);
    }

    [Theory]
    [InlineData(MarkdownParser.MaxBlockChars - 1)]
    [InlineData(MarkdownParser.MaxBlockChars)]
    [InlineData(MarkdownParser.MaxBlockChars + 1)]
    [InlineData(MarkdownParser.MaxBlockChars + 100)]
    public void The_walk_finds_the_same_run_too_long(int length)
    {
        string line = new string('a', 99) + "\n";
        string block = string.Concat(Enumerable.Repeat(line, length / line.Length)) + new string('b', length % line.Length);
        AssertSame(block);
        AssertSame("x\n\n" + block + "\n\nwww.itu.int\n");
        AssertSame("x\n\n" + block + "\n  \n" + block + "\n");
        AssertSame(block + "\n" + string.Concat(Enumerable.Repeat("> ", 40)) + "\n");
    }

    /// <summary>Asserts the walk and the scans agree on <paramref name="text"/>; returns the features found.</summary>
    private static MarkdownFeatures AssertSame(string text)
    {
        Assert.Equal(MarkdownScanDefinition.FeaturesOf(text), MarkdownParser.FeaturesOf(text));
        var scan = MarkdownParser.Scan(text);
        int? tooDeep = MarkdownScanDefinition.FindTooDeep(text);
        Assert.Equal(tooDeep, scan.TooDeepLine);
        if (tooDeep is not null)
        {
            return MarkdownFeatures.None;
        }

        Assert.Equal(MarkdownScanDefinition.FindTooLong(text), scan.TooLong);
        var features = MarkdownScanDefinition.FeaturesOf(text);
        if (features != scan.Features)
        {
            Assert.Fail($"features {scan.Features}, the scans gave {features}, for:\n{text}");
        }

        return features;
    }
}
