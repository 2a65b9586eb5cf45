using Markdig.Parsers;
using Markdig.Syntax;

namespace Rgiem.Core.Markdown;

/// <summary>
/// A paragraph of one line of plain text at the top level (<see cref="SimpleParagraphParser"/>): its whole text, which
/// starts at column 0 of its line. The binder makes the same paragraph of it as of Markdig's
/// <see cref="ParagraphBlock"/> of the same line (one literal), without Markdig's lines, inline container and literal.
/// </summary>
public sealed class SimpleParagraphBlock : LeafBlock
{
    public SimpleParagraphBlock(BlockParser parser, string text)
        : base(parser)
    {
        ProcessInlines = false;
        Text = text;
    }

    /// <summary>The line's text (no blank at either end).</summary>
    public string Text { get; }
}
