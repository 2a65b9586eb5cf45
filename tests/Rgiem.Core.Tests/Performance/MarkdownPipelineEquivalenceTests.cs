using System.Text;
using Markdig.Syntax;
using Rgiem.Bench.Corpus;
using Rgiem.Core.FrontMatter;
using Rgiem.Core.Markdown;
using Rgiem.Core.Tests.Performance.Definitions;
using Rgiem.Core.Text;
using Rgiem.Testing;

namespace Rgiem.Core.Tests.Performance;

/// <summary>
/// The Markdown stage parses with a pipeline chosen by a scan of the text (<see cref="MarkdownParser.FeaturesOf"/>,
/// issue 21): the extensions whose syntax the text cannot hold are left out. The tree it gives must be the tree of the
/// full pipeline, with every position and every detail (<see cref="MarkdownTreeDump"/>); the binder reads nothing else,
/// so the same tree means the same model and the same diagnostics. Checked on every sample record, 300 records of the
/// bench corpus (both shapes), thousands of mutations of these with Markdown tokens inserted (pipes, grid borders,
/// footnotes, inline notes, CriticMarkup, attributes, HTML, URLs…) and thousands of random documents.
/// </summary>
public class MarkdownPipelineEquivalenceTests
{
    /// <summary>Pieces of Markdown a mutation inserts: the syntax of each extension, its near misses, and the characters around it.</summary>
    internal static readonly string[] Tokens =
    [
        "|", " | ", "| a | b |\n|---|---|\n| c | d |\n", "a | b\n--|--\nc | d\n", "\n| x |\n", "||",
        "+", "+-", "+=", "+:", "++", "+---+---+\n| a | b |\n+===+===+\n| c | d |\n+---+---+\n", "+---+\n", "\n+--+--+\n| x |  |\n+--+--+\n", "- + x", "+ item\n",
        "[^1]", "[^1]: A note.\n", "\n[^n]: Note text\n    continued.\n", "[^", "^[", "^[an inline note]", "^[note with [link](u)]", "[^a b]", "[^]", "^", "^sup^", "]",
        "{++added++}", "{--removed--}", "{~~old~>new~~}", "{>>comment<<}", "{==marked==}", "{++@alice 2026-12-01: x++}", "{", "}", "~>", "{++", "++}", "--}", "<<}", "==}",
        "{#tbl:one}", "{#fig:x}", "Table: A caption {#tbl:t}\n", "```{include} a.md\n```\n", "```{toc}\n```\n",
        "<b>", "</b>", "<!-- rgiem-disable-next-line RG7001 -->\n", "<div>\nx\n</div>\n", "<br/>", "&amp;", "&#123;", "<http://a.b>", "<a@b.c>",
        "http://example.org/a", "https://www.itu.int/md/T22-TSAG-C-0094", "www.itu.int", "WWW.ITU.INT", "mailto:a@b.c", "tel:+41227305111", "HTTP://X.Y", "ftp://f.g", "://", "www", "x@y.z",
        "~~strike~~", "~sub~", "~", "~~", "*", "**", "_", "__", "*em*", "**strong**", "`code`", "``", "[link](http://a)", "[text][ref]", "\n[ref]: http://r\n", "![alt](picture.png)", "[", "\\", "\\|", "\\+",
        "\n", "\n\n", "> ", "- ", "* ", "1. ", "2) ", "    ", "\t", "# ", "## 1 Heading\n", "---\n", "***\n", ":", " ", "  \n", "é", "\u00A0", "TSAG-TD624R2", "h", "w", "t", "f", "m", "the", "with",
    ];

    internal static readonly string[] Words = ["The", "meeting", "with", "TSAG-TD624R2", "from", "Mr", "Smith", "(Ericsson)", "thanks", "mailto", "http", "www", "tel", "15:00", "2024-07-29", "a+b", "C++", "x|y", "{x}", "~", "^", "é", "fig", "hours", "RG-IEM-1:", "Action 2:"];

    [Fact]
    public void Full_and_chosen_pipelines_give_the_same_tree_on_the_samples_and_the_bench_corpus()
    {
        var bodies = SampleBodies().Concat(CorpusBodies()).ToList();
        Assert.True(bodies.Count > 300);
        int chosen = bodies.Count(AssertSameTree);

        // The corpus holds no URL, note, grid table or CriticMarkup: every record of it takes a smaller pipeline.
        Assert.True(chosen >= 300, $"{chosen} of {bodies.Count} texts took a smaller pipeline");
    }

    [Fact]
    public void Full_and_chosen_pipelines_give_the_same_tree_on_mutated_records()
    {
        var random = new Random(2124);
        var bases = SampleBodies().Concat(CorpusBodies().Where((_, i) => i % 10 == 0)).ToList();
        int chosen = 0;
        const int cases = 4_000;
        for (int round = 0; round < cases; round++)
        {
            string text = Window(bases[random.Next(bases.Count)], random);
            for (int edits = random.Next(1, 5); edits > 0; edits--)
            {
                text = Mutate(text, random);
            }

            chosen += AssertSameTree(text) ? 1 : 0;
        }

        // Both sides of the choice are exercised: many texts keep an extension out, many need every one.
        Assert.InRange(chosen, cases / 5, cases - 1);
    }

    [Fact]
    public void Full_and_chosen_pipelines_give_the_same_tree_on_random_documents()
    {
        var random = new Random(2125);
        int chosen = 0;
        const int cases = 3_000;
        for (int round = 0; round < cases; round++)
        {
            var text = new StringBuilder();
            for (int line = random.Next(1, 25); line > 0; line--)
            {
                for (int piece = random.Next(0, 8); piece > 0; piece--)
                {
                    text.Append(random.Next(3) == 0 ? Tokens[random.Next(Tokens.Length)] : Words[random.Next(Words.Length)]);
                    if (random.Next(3) > 0)
                    {
                        text.Append(' ');
                    }
                }

                text.Append('\n');
                if (random.Next(4) == 0)
                {
                    text.Append('\n');
                }
            }

            chosen += AssertSameTree(text.ToString()) ? 1 : 0;
        }

        Assert.InRange(chosen, cases / 10, cases - 1);
    }

    [Theory]
    [InlineData("plain text with the letters h, f, m, t and w", (int)(MarkdownFeatures.None))]
    [InlineData("a | b", (int)(MarkdownFeatures.PipeTables))]
    [InlineData("see https://itu.int", (int)(MarkdownFeatures.AutoLinks))]
    [InlineData("see WWW.itu.int", (int)(MarkdownFeatures.AutoLinks))]
    [InlineData("write to Mailto:x", (int)(MarkdownFeatures.AutoLinks))]
    [InlineData("call tel:+41", (int)(MarkdownFeatures.AutoLinks))]
    [InlineData("a note[^1]", (int)(MarkdownFeatures.Footnotes))]
    [InlineData("a note^[here]", (int)(MarkdownFeatures.Footnotes))]
    [InlineData("+--+", (int)(MarkdownFeatures.GridTables))]
    [InlineData("C++ and a+b", (int)(MarkdownFeatures.GridTables))]
    [InlineData("a+b and a+ b", (int)(MarkdownFeatures.None))]
    [InlineData("+", (int)(MarkdownFeatures.None))]
    [InlineData("{#fig:x}", (int)(MarkdownFeatures.CriticMarkup))]
    [InlineData("a ~> b", (int)(MarkdownFeatures.CriticMarkup))]
    [InlineData("==} alone", (int)(MarkdownFeatures.CriticMarkup))]
    public void Features_hold_what_the_text_may_need(string text, int expected) =>
        Assert.Equal((MarkdownFeatures)expected, MarkdownParser.FeaturesOf(text));

    /// <summary>Parses <paramref name="text"/> with the full pipeline and with the chosen one; true when the chosen one is smaller.</summary>
    private static bool AssertSameTree(string text)
    {
        var features = MarkdownParser.FeaturesOf(text);
        if (features == MarkdownFeatures.All)
        {
            return false;
        }

        string full = Dump(text, MarkdownParser.Pipeline);
        string chosen = Dump(text, MarkdownParser.PipelineFor(features));
        if (!string.Equals(full, chosen, StringComparison.Ordinal))
        {
            Assert.Fail($"features {features}: the trees differ for:\n{text}\n===== full:\n{full}\n===== chosen:\n{chosen}");
        }

        return true;
    }

    private static string Dump(string text, Markdig.MarkdownPipeline pipeline)
    {
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(text, pipeline);
        }
        catch (ArgumentException ex)
        {
            return "ArgumentException " + ex.Message;
        }

        return MarkdownTreeDump.Of(document);
    }

    /// <summary>Some consecutive lines of <paramref name="text"/> (the whole of a short text).</summary>
    internal static string Window(string text, Random random)
    {
        string[] lines = text.Split('\n');
        if (lines.Length <= 40)
        {
            return text;
        }

        int start = random.Next(lines.Length - 40);
        return string.Join('\n', lines, start, random.Next(10, 40));
    }

    internal static string Mutate(string text, Random random) => MarkdownMutation.Apply(text, random, Tokens);

    /// <summary>The body of each sample record (the front matter blanked, as the binder gives it to Markdig), and each other Markdown file whole.</summary>
    internal static IEnumerable<string> SampleBodies()
    {
        foreach (string file in Directory.EnumerateFiles(RepoPaths.Samples, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var source = new SourceText(file, SourceText.Normalize(File.ReadAllText(file)));
            yield return FrontMatterBlankingDefinition.Body(source) ?? source.Text;
        }
    }

    /// <summary>The bodies of 150 records of each shape of the bench corpus.</summary>
    internal static IEnumerable<string> CorpusBodies()
    {
        foreach (var shape in new[] { CorpusShape.Standard, CorpusShape.Varied })
        {
            for (int i = 1; i <= 150; i++)
            {
                var source = new SourceText("r.md", RecordGenerator.Generate(2024, i, shape));
                yield return FrontMatterBlankingDefinition.Body(source)!;
            }
        }
    }
}
