using Markdig;

namespace Rgiem.Core.Markdown;

/// <summary>The parse of a record's whole text whose front matter ends at <see cref="ClosingLine"/> (zero-based): see <see cref="FrontMatterSkipParser"/>.</summary>
internal sealed class FrontMatterContext(int closingLine) : MarkdownParserContext
{
    public int ClosingLine { get; } = closingLine;
}
