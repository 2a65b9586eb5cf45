using Markdig.Extensions.Tables;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Rgiem.Core.Markdown;

/// <summary>
/// A pipe table whose every cell is one piece of plain text (<see cref="SimplePipeTableParser"/>): the cells by row, the
/// first row the header, each row <see cref="Alignments"/>.Count cells. The binder makes the same table of it as of
/// Markdig's <see cref="Table"/> of the same lines, without Markdig's cells, paragraphs and inlines.
/// </summary>
public sealed class SimplePipeTableBlock : LeafBlock
{
    public SimplePipeTableBlock(BlockParser parser, TableColumnAlign?[] alignments, SimplePipeCell[] cells)
        : base(parser)
    {
        ProcessInlines = false;
        Alignments = alignments;
        Cells = cells;
    }

    /// <summary>The alignment of each column, from the delimiter row (null: none written).</summary>
    public IReadOnlyList<TableColumnAlign?> Alignments { get; }

    /// <summary>The cells, row by row.</summary>
    public IReadOnlyList<SimplePipeCell> Cells { get; }

    /// <summary>How many more lines of the text the block takes (the parser's count down).</summary>
    internal int LinesLeft { get; set; }
}
