using System.Text;
using Rgiem.Core.Markdown;
using Rgiem.Core.Model;
using Rgiem.Testing;

namespace Rgiem.Core.Tests;

/// <summary>The limits that keep Markdown parsing fast and the binder on a bounded stack.</summary>
public class MarkdownGuardTests
{
    private static readonly int BodyLine = Records.FrontMatter.Count(c => c == '\n') + 1;

    [Fact]
    public void Thousands_of_nested_emphasis_bind_without_recursion_and_keep_the_text()
    {
        // Before the fix the binder recursed once per level past its depth limit and overflowed the stack.
        string body = new string('*', 30_000) + "deep" + new string('*', 30_000) + "\n";
        var (record, diagnostics) = Records.Bind(Records.WithBody(body));
        Assert.Empty(diagnostics);
        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(record!.Record.Body));
        Assert.Contains("deep", BlockWalker.PlainText(paragraph.Inlines), StringComparison.Ordinal);
    }

    [Fact]
    public void Links_nested_past_the_limit_are_RG2001_on_their_line()
    {
        string body = "Intro.\n\n" + string.Concat(Enumerable.Repeat("[a ", MarkdownParser.MaxBracketDepth + 1)) + "x\n";
        var (_, diagnostics) = Records.Bind(Records.WithBody(body));
        Assert.Equal([$"RG2001@{BodyLine + 2}:1"], diagnostics.Brief());
    }

    [Fact]
    public void Brackets_are_counted_per_paragraph_and_escaped_ones_not_at_all()
    {
        var body = new StringBuilder();
        for (int i = 0; i < 10; i++)
        {
            body.Append(string.Concat(Enumerable.Repeat("[a ", 20))).Append("\n\n");
        }

        body.Append(string.Concat(Enumerable.Repeat("\\[", 100))).Append('\n');
        var (_, diagnostics) = Records.Bind(Records.WithBody(body.ToString()));
        Assert.DoesNotContain(diagnostics, d => d.Id == "RG2001");
    }

    [Fact]
    public void A_paragraph_longer_than_the_limit_is_RG2012_before_Markdig_sees_it()
    {
        string paragraph = string.Concat(Enumerable.Repeat("[a](b", (MarkdownParser.MaxBlockChars / 5) + 1));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (_, diagnostics) = Records.Bind(Records.WithBody("Intro.\n\n" + paragraph + "\n\nAfter.\n"));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
        Assert.Equal([$"RG2012@{BodyLine + 2}:1"], diagnostics.Brief());
    }

    [Fact]
    public void A_long_table_and_long_text_split_by_blank_lines_are_accepted()
    {
        var body = new StringBuilder("| Document | Title |\n|---|---|\n");
        while (body.Length < MarkdownParser.MaxBlockChars - 200)
        {
            body.Append("| TSAG-TD624R2 | Updated ITU-T action plan for a vibrant engagement of the industry |\n");
        }

        for (int i = 0; i < 3; i++)
        {
            body.Append('\n').Append(string.Concat(Enumerable.Repeat("The meeting noted TSAG-TD624R2. ", 1_500))).Append('\n');
        }

        var (record, diagnostics) = Records.Bind(Records.WithBody(body.ToString()));
        Assert.Empty(diagnostics);
        Assert.IsType<TableBlock>(record!.Record.Body[0]);
    }
}
