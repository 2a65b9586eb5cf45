using System.Collections;
using System.Reflection;
using System.Text;
using Markdig.Syntax;
using Rgiem.Core.Binding;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Markdown;
using Rgiem.Core.Text;

namespace Rgiem.Core.Tests.Performance;

/// <summary>
/// Issue 21 (h28a): a pipe table of plain cells is one block of the <see cref="SimplePipeTableParser"/> instead of Markdig's
/// paragraph, table, cells and inlines. The binder must make the same model of it, with the same diagnostics, as of
/// Markdig's table: held here by binding each text parsed with the pipeline the parser chooses and with the same pipeline
/// without the simple tables (<see cref="MarkdownParser.PipelineWithoutSimpleTables"/>), and comparing a dump of every
/// block, inline and location (<see cref="Dump(object?, StringBuilder, int)"/>), on the samples, 300 bench corpus
/// records, mutated windows of them and random tables with the lines around them (fixed seeds).
/// </summary>
public class SimplePipeTableEquivalenceTests
{
    /// <summary>Pieces a mutation puts into a table: the syntax a simple table must refuse, and what it may hold.</summary>
    private static readonly string[] TableTokens =
    [
        "|", " | ", "||", "| ", " |", "\\|", "`", "`x|y`", "*", "**b**", "_", "~", "^", "[", "]", "[a](b)", "!", "<", "<b>", ">", "&", "&amp;", "{", "}",
        "@", "@tbl:x", "@fig:a", ":", ":-", "-:", ":-:", "---", "-", " ", "  ", "\t", "\u00A0", "\n", "\n\n", "é", "–", "www.itu.int", "WWW.", "http://a",
        "x", "TSAG-TD139", "1", ".", "+", "=", "#", "# ", "> ", "- ", "1. ", "    ", "Table: caption\n", "\n| a | b |\n|---|---|\n| c | d |\n", "|---|---|\n",
        "```\n", "<!-- c -->", "\r", "{#tbl:t}",
    ];

    [Fact]
    public void Samples_and_bench_corpus_bind_the_same_with_and_without_simple_tables()
    {
        var bodies = MarkdownPipelineEquivalenceTests.SampleBodies().Concat(MarkdownPipelineEquivalenceTests.CorpusBodies()).ToList();
        int simple = bodies.Count(AssertSameModel);
        Assert.True(simple >= 250, $"{simple} of {bodies.Count} texts had a simple table");
    }

    [Fact]
    public void Mutated_records_bind_the_same_with_and_without_simple_tables()
    {
        var random = new Random(2821);
        var bases = MarkdownPipelineEquivalenceTests.SampleBodies().Concat(MarkdownPipelineEquivalenceTests.CorpusBodies().Where((_, i) => i % 5 == 0)).ToList();
        int simple = 0;
        const int cases = 4_000;
        for (int round = 0; round < cases; round++)
        {
            string text = TableWindow(bases[random.Next(bases.Count)], random);
            for (int edits = random.Next(1, 4); edits > 0; edits--)
            {
                text = random.Next(3) == 0
                    ? MarkdownPipelineEquivalenceTests.Mutate(text, random)
                    : MarkdownMutation.Apply(text, random, TableTokens);
            }

            simple += AssertSameModel(text) ? 1 : 0;
        }

        Assert.InRange(simple, cases / 5, cases - cases / 10);
    }

    [Fact]
    public void Random_tables_bind_the_same_with_and_without_simple_tables()
    {
        var random = new Random(2822);
        string[] words = ["Document", "TSAG-TD162R4", "Metrics of ITU-T membership", "TSB", "Canada", "é", "–", "a  b", "1", "x.y", "(ITU)", "\"q\"", "'", "/", "#", "$", "%", "+", "=", "-", ",", ";", "?"];
        string[] around = ["", "\n", "Text before.\n", "# 9 Documents\n", "- item\n", "> quote\n", "    code\n", "```\n", "Table: A caption\n", "<div>\n", "[^1]: note\n", "\t\n", "  \n"];
        int simple = 0;
        const int cases = 6_000;
        for (int round = 0; round < cases; round++)
        {
            int columns = random.Next(1, 5);
            var text = new StringBuilder();
            text.Append(around[random.Next(around.Length)]).Append(random.Next(3) == 0 ? string.Empty : "\n");
            int rows = random.Next(1, 6);
            for (int r = 0; r <= rows; r++)
            {
                int count = random.Next(8) == 0 ? random.Next(1, 6) : columns;
                text.Append('|');
                for (int c = 0; c < count; c++)
                {
                    string content = r == 1
                        ? Pick(random, "---", ":--", "--:", ":-:", "-", ":", "", " --- ", "-- -", "=")
                        : random.Next(12) == 0 ? Pick(random, TableTokens) : words[random.Next(words.Length)];
                    text.Append(Pick(random, " ", " ", "", "  ")).Append(content).Append(Pick(random, " ", " ", "", "  ")).Append('|');
                }

                if (random.Next(15) == 0)
                {
                    text.Append(Pick(random, " ", "x", "  ", "|"));
                }

                text.Append('\n');
            }

            text.Append(Pick(random, "", "\n", "\nAfter.\n", "Table: caption\n", "\n: caption {#tbl:x}\n", "# Heading\n", "- item\n", "```\n"));
            simple += AssertSameModel(text.ToString()) ? 1 : 0;
        }

        Assert.InRange(simple, cases / 50, cases - cases / 10);
    }

    /// <summary>Binds <paramref name="text"/> both ways and fails on any difference; true when it held a simple table.</summary>
    private static bool AssertSameModel(string text)
    {
        var features = MarkdownParser.FeaturesOf(text);
        var scan = MarkdownParser.Scan(text);
        if (scan.TooDeepLine is not null || scan.TooLong is not null)
        {
            return false;
        }

        var chosen = Markdig.Markdown.Parse(text, MarkdownParser.PipelineFor(features));
        var markdig = Markdig.Markdown.Parse(text, MarkdownParser.PipelineWithoutSimpleTables(features));
        bool simple = chosen.Descendants<SimplePipeTableBlock>().Any();
        string expected = Bind(text, markdig);
        string actual = Bind(text, chosen);
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            Assert.Fail($"the models differ for:\n{text}\n===== Markdig's table:\n{expected}\n===== simple table:\n{actual}");
        }

        return simple;
    }

    private static string Bind(string text, MarkdownDocument document)
    {
        var source = new SourceText("t.md", text);
        var diagnostics = new DiagnosticBag();
        LocationMapper map = (line, column, length) => SourceLocation.At(source.Path, line, column, length);
        SpanMapper spans = (start, end) => SourceLocation.FromOffsets(source, start, end + 1);
        var blocks = new BodyBinder(map, "RG-IEM", diagnostics, spans).Bind(document);
        var dump = new StringBuilder();
        Dump(blocks, dump, 0);
        dump.Append("\ndiagnostics: ");
        Dump(diagnostics.ToList(), dump, 0);
        return dump.ToString();
    }

    /// <summary>Every public property of <paramref name="value"/>, recursively (lists item by item).</summary>
    private static void Dump(object? value, StringBuilder dump, int depth)
    {
        Assert.True(depth < 200, "the model is too deep to dump");
        switch (value)
        {
            case null:
                dump.Append("null");
                return;
            case string s:
                dump.Append('"').Append(s.Replace("\n", "\\n", StringComparison.Ordinal)).Append('"');
                return;
            case IEnumerable items:
                dump.Append('[');
                foreach (object? item in items)
                {
                    Dump(item, dump, depth + 1);
                    dump.Append(", ");
                }

                dump.Append(']');
                return;
        }

        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is LinePosition || type.Namespace?.StartsWith("Rgiem", StringComparison.Ordinal) != true)
        {
            dump.Append(value);
            return;
        }

        dump.Append(type.Name).Append('{');
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract")
            {
                continue;
            }

            dump.Append(property.Name).Append('=');
            Dump(property.GetValue(value), dump, depth + 1);
            dump.Append("; ");
        }

        dump.Append('}');
    }

    /// <summary>A window of 10–40 lines of <paramref name="text"/> around its first table, else anywhere.</summary>
    private static string TableWindow(string text, Random random)
    {
        string[] lines = text.Split('\n');
        int table = Array.FindIndex(lines, l => l.StartsWith('|'));
        if (table < 0 || random.Next(4) == 0)
        {
            return MarkdownPipelineEquivalenceTests.Window(text, random);
        }

        int start = Math.Max(0, table - random.Next(0, 6));
        return string.Join('\n', lines, start, Math.Min(lines.Length - start, random.Next(10, 40)));
    }

    private static string Pick(Random random, params string[] choices) => choices[random.Next(choices.Length)];
}
