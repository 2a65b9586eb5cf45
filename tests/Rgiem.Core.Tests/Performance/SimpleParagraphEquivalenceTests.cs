using System.Text;
using Markdig.Syntax;
using Rgiem.Core.Markdown;

namespace Rgiem.Core.Tests.Performance;

/// <summary>
/// Issue 21 (h29a): a paragraph of one line of plain text at the top level is one block of the
/// <see cref="SimpleParagraphParser"/> instead of Markdig's paragraph, lines, inline container and literal. The binder
/// must make the same model of it, with the same diagnostics, as of Markdig's paragraph: held here by binding each text
/// parsed with the pipeline the parser chooses and with the same pipeline without the simple paragraphs
/// (<see cref="MarkdownParser.PipelineWithoutSimpleParagraphs"/>), and comparing a dump of every block, inline, location
/// and diagnostic (<see cref="SimplePipeTableEquivalenceTests.Bind"/>), on the samples, 300 bench corpus records, mutated
/// windows of them and random paragraphs with the lines around them (fixed seeds).
/// </summary>
public class SimpleParagraphEquivalenceTests
{
    /// <summary>Pieces a mutation puts into a paragraph: the syntax a simple paragraph must refuse, and what it may hold.</summary>
    private static readonly string[] ParagraphTokens =
    [
        "*", "**b**", "_", "_x_", "~", "~~s~~", "^", "^[n]", "[", "]", "[a](b)", "![i](p.png)", "!", "<", "<b>", ">", "&", "&amp;", "{", "}", "{++a++}", "~>",
        "@", "@tbl:x", "@fig:a", "a@b.c", ":", "://", "http://a", "https://x.y", "mailto:a@b.c", "MAILTO:", "tel:+41", "Tel:", "www.itu.int", "WWW.", "ftp://f",
        "|", "\\", "`", "`c`", "+", "=", "-", "#", "# ", "> ", "- ", "* ", "+ ", "1. ", "2) ", "    ", "   ", " ", "  ", "\t", "\u00A0", "\u2003", "\n", "\n\n",
        "\n---\n", "\n===\n", "---", "***", "é", "–", "x", "TSAG-TD139", "1", ".", ",", "(", ")", "\"", "'", "Table: ", ": ", "NOTE – ", "Action 1: ",
        "RG-IEM-3: ", "{#fig:x}", "\r", "\0", "\f", "\v", "\u007F", "```\n", "<!-- c -->", "[^1]", "\n[^1]: note\n", "\n[r]: http://x\n", ":::",
    ];

    [Fact]
    public void Samples_and_bench_corpus_bind_the_same_with_and_without_simple_paragraphs()
    {
        var bodies = MarkdownPipelineEquivalenceTests.SampleBodies().Concat(MarkdownPipelineEquivalenceTests.CorpusBodies()).ToList();
        int simple = bodies.Sum(AssertSameModel);
        Assert.True(simple >= 300 * 20, $"{simple} simple paragraphs in {bodies.Count} texts");
    }

    [Fact]
    public void Mutated_records_bind_the_same_with_and_without_simple_paragraphs()
    {
        var random = new Random(2931);
        var bases = MarkdownPipelineEquivalenceTests.SampleBodies().Concat(MarkdownPipelineEquivalenceTests.CorpusBodies().Where((_, i) => i % 5 == 0)).ToList();
        int withSimple = 0;
        const int cases = 4_000;
        for (int round = 0; round < cases; round++)
        {
            string text = MarkdownPipelineEquivalenceTests.Window(bases[random.Next(bases.Count)], random);
            for (int edits = random.Next(1, 6); edits > 0; edits--)
            {
                text = random.Next(3) == 0
                    ? MarkdownPipelineEquivalenceTests.Mutate(text, random)
                    : MarkdownMutation.Apply(text, random, ParagraphTokens);
            }

            withSimple += AssertSameModel(text) > 0 ? 1 : 0;
        }

        Assert.InRange(withSimple, cases / 5, cases);
    }

    [Fact]
    public void Random_paragraphs_bind_the_same_with_and_without_simple_paragraphs()
    {
        var random = new Random(2932);
        string[] words =
        [
            "The", "meeting", "noted", "TSAG-TD162R4", "Metrics", "of", "ITU-T", "Canada", "é", "–", "1", "x.y", "(ITU)", "\"q\"", "'", "/", "$", "%", ",", ";", "?",
            "15:00", "Action", "2:", "NOTE", "–", "RG-IEM-1:", "Table:", "www", "tel", "mailto", "http", "a.", "Mr", "Smith",
        ];
        string[] around =
        [
            "", "\n", "Text before.\n", "# 9 Documents\n", "- item\n", "1. item\n", "> quote\n", "    code\n", "```\n", "Table: A caption\n", "<div>\n", "[^1]: note\n",
            "\t\n", "  \n", "| a | b |\n|---|---|\n| c | d |\n", "<!--\n", "---\n", "* * *\n", "[r]: http://x\n", "+---+\n| a |\n+---+\n",
        ];
        string[] after = ["", "\n", "\n\n", "\n  \n", "\n\t\n", "\nAfter.\n", "\n---\n", "\n===\n", "\n- item\n", "\n    code\n", "\n```\n", "\n| a |\n|---|\n", "\n> q\n", "  ", " \n", "\n\nTable: caption\n"];
        int withSimple = 0;
        const int cases = 6_000;
        for (int round = 0; round < cases; round++)
        {
            var text = new StringBuilder();
            text.Append(around[random.Next(around.Length)]).Append(random.Next(3) == 0 ? string.Empty : "\n");
            for (int paragraphs = random.Next(1, 4); paragraphs > 0; paragraphs--)
            {
                for (int count = random.Next(1, 12); count > 0; count--)
                {
                    string word = random.Next(10) == 0 ? ParagraphTokens[random.Next(ParagraphTokens.Length)] : words[random.Next(words.Length)];
                    text.Append(word).Append(random.Next(12) == 0 ? string.Empty : " ");
                }

                text.Append(after[random.Next(after.Length)]);
            }

            withSimple += AssertSameModel(text.ToString()) > 0 ? 1 : 0;
        }

        Assert.InRange(withSimple, cases / 40, cases - cases / 20);
    }

    [Fact]
    public void The_comparison_sees_a_simple_paragraph_bound_at_another_place()
    {
        // The dump compares locations: a simple paragraph moved by one line must not pass for Markdig's.
        const string text = "# 1 Introduction\n\nThe meeting noted TSAG-TD162R4.\n\nAction 1: to send it.\n";
        var features = MarkdownParser.FeaturesOf(text);
        var chosen = Markdig.Markdown.Parse(text, MarkdownParser.PipelineFor(features));
        var markdig = Markdig.Markdown.Parse(text, MarkdownParser.PipelineWithoutSimpleParagraphs(features));
        var plain = chosen.Descendants<SimpleParagraphBlock>().ToList();
        Assert.Equal(2, plain.Count);
        Assert.Empty(markdig.Descendants<SimpleParagraphBlock>());
        Assert.Equal(SimplePipeTableEquivalenceTests.Bind(text, markdig), SimplePipeTableEquivalenceTests.Bind(text, chosen));

        plain[1].Line++;
        Assert.NotEqual(SimplePipeTableEquivalenceTests.Bind(text, markdig), SimplePipeTableEquivalenceTests.Bind(text, chosen));
    }

    /// <summary>Binds <paramref name="text"/> both ways and fails on any difference; the number of simple paragraphs it held.</summary>
    private static int AssertSameModel(string text)
    {
        var features = MarkdownParser.FeaturesOf(text);
        var scan = MarkdownParser.Scan(text);
        if (scan.TooDeepLine is not null || scan.TooLong is not null)
        {
            return 0;
        }

        var chosen = Markdig.Markdown.Parse(text, MarkdownParser.PipelineFor(features));
        var markdig = Markdig.Markdown.Parse(text, MarkdownParser.PipelineWithoutSimpleParagraphs(features));
        int simple = chosen.Descendants<SimpleParagraphBlock>().Count();
        string expected = SimplePipeTableEquivalenceTests.Bind(text, markdig);
        string actual = SimplePipeTableEquivalenceTests.Bind(text, chosen);
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            Assert.Fail($"the models differ for:\n{text}\n===== Markdig's paragraph:\n{expected}\n===== simple paragraph:\n{actual}");
        }

        return simple;
    }
}
