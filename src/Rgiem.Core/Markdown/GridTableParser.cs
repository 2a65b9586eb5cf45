using Markdig.Parsers;
using Markdig.Syntax;

namespace Rgiem.Core.Markdown;

/// <summary>
/// Opens a grid table on a border line (<c>+----+----+</c>, no more than three spaces in) and keeps every following
/// line that starts with '|' or '+' at the same column. The lines are only collected here: the binder lays them out
/// (<see cref="GridTableLayout"/>), so a broken drawing is a diagnostic with its place, not a paragraph of dashes.
/// </summary>
public sealed class GridTableParser : BlockParser
{
    public GridTableParser()
    {
        OpeningCharacters = ['+'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        string line = processor.Line.ToString().TrimEnd(' ', '\t');
        if (!GridTableLayout.IsRule(line))
        {
            return BlockState.None;
        }

        var block = new GridTableBlock(this)
        {
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, processor.Line.End),
        };
        block.TableLines.Add(line);
        processor.NewBlocks.Push(block);
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (processor.IsBlankLine)
        {
            return BlockState.Break;
        }

        processor.ParseIndent();
        if (processor.Column != block.Column || processor.CurrentChar is not ('|' or '+'))
        {
            return BlockState.Break;
        }

        var table = (GridTableBlock)block;
        table.TableLines.Add(processor.Line.ToString().TrimEnd(' ', '\t'));
        table.Span = new SourceSpan(table.Span.Start, processor.Line.End);
        return BlockState.ContinueDiscard;
    }
}
