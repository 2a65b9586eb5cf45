using Markdig.Parsers;
using Markdig.Syntax;

namespace Rgiem.Core.Markdown;

/// <summary>
/// Passes over a record's front matter inside the record's own text (issue 21): in a parse with a
/// <see cref="FrontMatterContext"/>, the lines from the first to the closing fence (<see cref="FrontMatterContext.ClosingLine"/>,
/// found by <see cref="FrontMatter.FrontMatterSplitter"/>) are taken by one block that keeps no line and is removed from the
/// document when it closes. Markdig then sees what it saw of the text with the front matter blanked (blank lines, which
/// open nothing and leave nothing open), without that copy of the text: the same tree, with every position
/// (tests/Rgiem.Core.Tests/Performance/FrontMatterSkipEquivalenceTests.cs). Without such a context it opens nothing.
/// </summary>
internal sealed class FrontMatterSkipParser : BlockParser
{
    public FrontMatterSkipParser()
    {
        // The first line of a front matter is "---": the parser is tried before the thematic break and the list.
        OpeningCharacters = ['-'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.LineIndex != 0 || processor.Context is not FrontMatterContext)
        {
            return BlockState.None;
        }

        processor.NewBlocks.Push(new SkippedBlock(this));
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block) =>
        processor.LineIndex < ((FrontMatterContext)processor.Context!).ClosingLine ? BlockState.ContinueDiscard : BlockState.BreakDiscard;

    /// <summary>False: the block is removed from the document.</summary>
    public override bool Close(BlockProcessor processor, Block block) => false;

    /// <summary>
    /// The front matter while Markdig reads it (never in a finished document). Not a leaf block: Markdig gives a leaf its
    /// lines, and fails to release the lines of one that has none when it is removed.
    /// </summary>
    private sealed class SkippedBlock(BlockParser parser) : Block(parser);
}
