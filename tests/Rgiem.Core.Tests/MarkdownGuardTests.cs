using Rgiem.Core.Model;
using Rgiem.Testing;

namespace Rgiem.Core.Tests;

/// <summary>The limits that keep Markdown parsing fast and the binder on a bounded stack.</summary>
public class MarkdownGuardTests
{
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
}
