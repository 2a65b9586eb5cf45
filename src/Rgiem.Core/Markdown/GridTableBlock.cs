using Markdig.Parsers;
using Markdig.Syntax;

namespace Rgiem.Core.Markdown;

/// <summary>
/// A grid table as written (<see cref="GridTableParser"/>): its lines from the left border on, the first at
/// the block's Line and Column. The binder lays it out with <see cref="GridTableLayout"/>
/// and parses each cell's text as Markdown.
/// </summary>
public sealed class GridTableBlock : LeafBlock
{
    public GridTableBlock(BlockParser parser)
        : base(parser)
    {
        ProcessInlines = false;
    }

    public List<string> TableLines { get; } = [];
}
