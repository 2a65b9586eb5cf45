using Rgiem.Core.Delta;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Text;

namespace Rgiem.Core.Tests;

public class DeltaDiffTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("abc", "")]
    [InlineData("", "abc")]
    [InlineData("abcabba", "cbabac")]
    [InlineData("the quick brown fox", "the slow brown dog")]
    [InlineData("aaaa", "aaab")]
    public void The_edit_script_rebuilds_both_sequences_and_is_shortest(string a, string b)
    {
        var edits = SequenceDiff.Compute(a.Length, b.Length, (i, j) => a[i] == b[j]);

        Assert.Equal(a, string.Concat(edits.Where(e => e.Operation != DiffOperation.Insert).Select(e => a[e.OldIndex])));
        Assert.Equal(b, string.Concat(edits.Where(e => e.Operation != DiffOperation.Delete).Select(e => b[e.NewIndex])));
        Assert.All(edits.Where(e => e.Operation == DiffOperation.Equal), e => Assert.Equal(a[e.OldIndex], b[e.NewIndex]));
        Assert.Equal(a.Length + b.Length - (2 * Lcs(a, b)), edits.Count(e => e.Operation != DiffOperation.Equal));
    }

    [Fact]
    public void Random_sequences_give_shortest_scripts()
    {
        var random = new Random(7);
        for (int round = 0; round < 200; round++)
        {
            string a = new(Enumerable.Range(0, random.Next(0, 30)).Select(_ => (char)('a' + random.Next(3))).ToArray());
            string b = new(Enumerable.Range(0, random.Next(0, 30)).Select(_ => (char)('a' + random.Next(3))).ToArray());
            var edits = SequenceDiff.Compute(a.Length, b.Length, (i, j) => a[i] == b[j]);
            Assert.Equal(b, string.Concat(edits.Where(e => e.Operation != DiffOperation.Delete).Select(e => b[e.NewIndex])));
            Assert.Equal(a.Length + b.Length - (2 * Lcs(a, b)), edits.Count(e => e.Operation != DiffOperation.Equal));
        }
    }

    [Theory]
    [InlineData("Hello, world!", new[] { "Hello", ",", " ", "world", "!" })]
    [InlineData("2.1\tTitle", new[] { "2", ".", "1", "\t", "Title" })]
    [InlineData("Международный союз", new[] { "Международный", " ", "союз" })]
    [InlineData("الاتحاد الدولي", new[] { "الاتحاد", " ", "الدولي" })]
    [InlineData("国际电信", new[] { "国", "际", "电", "信" })]
    public void Words_spaces_and_punctuation_are_tokens_and_joining_them_gives_the_text(string text, string[] tokens)
    {
        Assert.Equal(tokens, WordTokenizer.Split(text));
        Assert.Equal(text, string.Concat(WordTokenizer.Split(text)));
    }

    [Fact]
    public void Text_without_front_matter_and_an_empty_text_bind_as_a_body_without_cover()
    {
        var bag = new DiagnosticBag();
        var plain = DeltaLoader.Bind(new SourceText("a.md", "# Title\n\nText.\n"), null, null, bag);
        var empty = DeltaLoader.Bind(new SourceText("b.md", string.Empty), null, null, bag);

        Assert.False(plain!.IsRecord);
        Assert.Equal(2, plain.Record.Body.Count);
        Assert.False(empty!.IsRecord);
        Assert.Empty(empty.Record.Body);
        Assert.Equal(0, bag.Count);
    }

    [Fact]
    public void A_lone_unchanged_space_between_two_changes_joins_them()
    {
        Assert.Equal("({--text in force--}{++proposed revision++})", CriticMarkup.Words("(text in force)", "(proposed revision)"));
        Assert.Equal("the {--old--}{++new++} text", CriticMarkup.Words("the old text", "the new text"));
    }

    private static int Lcs(string a, string b)
    {
        var table = new int[a.Length + 1, b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                table[i, j] = a[i - 1] == b[j - 1] ? table[i - 1, j - 1] + 1 : Math.Max(table[i - 1, j], table[i, j - 1]);
            }
        }

        return table[a.Length, b.Length];
    }
}
