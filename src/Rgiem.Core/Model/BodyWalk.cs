namespace Rgiem.Core.Model;

/// <summary>
/// One walk of a body, done once and kept, for every reader that walks the blocks, their inline groups and the
/// leaves of those groups (the prose segments, the cross-references, the review marks, the layout rule): the blocks in
/// document order (<see cref="BlockWalker.Descendants"/> of the body), then the blocks of its footnotes in the order
/// <see cref="BlockWalker.Footnotes"/> gives them (each note's own descendants), with each block's inline groups
/// (<see cref="BlockWalker.InlineGroups"/>) and each group's leaves (<see cref="BlockWalker.Leaves"/>). It is built with
/// explicit stacks over the lists (no iterator, no enumerator a level) and gives the same sequences as those walks.
/// </summary>
public sealed class BodyWalk
{
    private readonly List<Block> blocks = [];
    private readonly List<(int First, int Count)> blockGroups = [];
    private readonly List<IReadOnlyList<Inline>> groups = [];
    private readonly List<(int First, int Count)> groupLeaves = [];
    private readonly List<Inline> leaves = [];
    private readonly List<FootnoteRun> footnotes = [];
    private readonly List<CrossReferenceRun> crossReferences = [];

    private BodyWalk()
    {
    }

    /// <summary>The body's blocks (the first <see cref="BodyCount"/>) then its footnotes' blocks.</summary>
    public IReadOnlyList<Block> Blocks => blocks;

    /// <summary>How many of <see cref="Blocks"/> are the body's own (not in a footnote).</summary>
    public int BodyCount { get; private set; }

    /// <summary>The footnotes cited in the body and in its footnotes, each once (<see cref="BlockWalker.Footnotes"/>).</summary>
    public IReadOnlyList<FootnoteRun> Footnotes => footnotes;

    /// <summary>Every <see cref="CrossReferenceRun"/> among the leaves, in the order of <see cref="Blocks"/>.</summary>
    public IReadOnlyList<CrossReferenceRun> CrossReferenceRuns => crossReferences;

    /// <summary>
    /// Whether an inline group holds a tracked change or a comment (<see cref="RevisionRun"/>, <see cref="CommentRun"/>)
    /// outside a deleted one: false, no group holds either at any depth.
    /// </summary>
    public bool HasRevisionsOrComments { get; private set; }

    /// <summary>How many inline groups block <paramref name="block"/> (an index into <see cref="Blocks"/>) holds.</summary>
    public int GroupCount(int block) => blockGroups[block].Count;

    /// <summary>The <paramref name="group"/>th inline group of block <paramref name="block"/>.</summary>
    public IReadOnlyList<Inline> Group(int block, int group) => groups[blockGroups[block].First + group];

    /// <summary>The leaves of the <paramref name="group"/>th inline group of block <paramref name="block"/>, in reading order.</summary>
    public ReadOnlySpan<Inline> Leaves(int block, int group)
    {
        var (first, count) = groupLeaves[blockGroups[block].First + group];
        return System.Runtime.InteropServices.CollectionsMarshal.AsSpan(leaves).Slice(first, count);
    }

    /// <summary>Walks <paramref name="body"/> and its footnotes.</summary>
    public static BodyWalk Of(IReadOnlyList<Block> body)
    {
        var walk = new BodyWalk();
        var blockStack = new Stack<(IReadOnlyList<Block> List, int Next)>();
        var inlineStack = new Stack<(IReadOnlyList<Inline> List, int Next)>();
        walk.AddTree(body, blockStack, inlineStack);
        walk.BodyCount = walk.blocks.Count;

        // The notes cited in a note are appended as they are found: the list is the queue of BlockWalker.Footnotes.
        for (int i = 0; i < walk.footnotes.Count; i++)
        {
            walk.AddTree(walk.footnotes[i].Blocks, blockStack, inlineStack);
        }

        return walk;
    }

    private void AddTree(IReadOnlyList<Block> top, Stack<(IReadOnlyList<Block> List, int Next)> stack, Stack<(IReadOnlyList<Inline> List, int Next)> inlineStack)
    {
        var list = top;
        int next = 0;
        while (true)
        {
            if (next >= list.Count)
            {
                if (stack.Count == 0)
                {
                    return;
                }

                (list, next) = stack.Pop();
                continue;
            }

            var block = list[next++];
            AddBlock(block, inlineStack);
            var children = BlockWalker.ChildrenOf(block);
            if (children.Count > 0)
            {
                stack.Push((list, next));
                list = children;
                next = 0;
            }
        }
    }

    private void AddBlock(Block block, Stack<(IReadOnlyList<Inline> List, int Next)> inlineStack)
    {
        int first = groups.Count;
        blocks.Add(block);
        switch (block)
        {
            case ParagraphBlock paragraph:
                AddGroup(paragraph.Inlines, inlineStack);
                break;
            case ActionBlock action:
                AddGroup(action.Inlines, inlineStack);
                break;
            case HeadingBlock heading:
                AddGroup(heading.Title, inlineStack);
                break;
            case FigureBlock figure:
                AddGroup(figure.Caption, inlineStack);
                break;
            case TableBlock table:
                if (table.Caption is { } caption)
                {
                    AddGroup(caption, inlineStack);
                }

                for (int r = 0; r < table.Rows.Count; r++)
                {
                    var cells = table.Rows[r].Cells;
                    for (int c = 0; c < cells.Count; c++)
                    {
                        AddGroup(cells[c].Inlines, inlineStack);
                    }
                }

                break;
        }

        blockGroups.Add((first, groups.Count - first));
    }

    private void AddGroup(IReadOnlyList<Inline> inlines, Stack<(IReadOnlyList<Inline> List, int Next)> stack)
    {
        int first = leaves.Count;
        groups.Add(inlines);
        var list = inlines;
        int next = 0;
        while (true)
        {
            if (next >= list.Count)
            {
                if (stack.Count == 0)
                {
                    break;
                }

                (list, next) = stack.Pop();
                continue;
            }

            IReadOnlyList<Inline> children;
            switch (list[next++])
            {
                case StyledRun styled:
                    children = styled.Children;
                    break;
                case LinkRun link:
                    children = link.Children;
                    break;
                case RevisionRun { Kind: RevisionKind.Insert } inserted:
                    HasRevisionsOrComments = true;
                    children = inserted.Children;
                    break;
                case RevisionRun:
                    HasRevisionsOrComments = true;
                    continue;
                case CommentRun comment:
                    HasRevisionsOrComments = true;
                    children = comment.Anchor;
                    break;
                case var leaf:
                    leaves.Add(leaf);
                    if (leaf is FootnoteRun { Repeat: false } note)
                    {
                        footnotes.Add(note);
                    }
                    else if (leaf is CrossReferenceRun citation)
                    {
                        crossReferences.Add(citation);
                    }

                    continue;
            }

            stack.Push((list, next));
            list = children;
            next = 0;
        }

        groupLeaves.Add((first, leaves.Count - first));
    }
}
