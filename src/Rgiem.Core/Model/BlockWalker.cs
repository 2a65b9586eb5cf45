namespace Rgiem.Core.Model;

/// <summary>Walks blocks and inlines without recursion, so deep documents cannot overflow the stack.</summary>
public static class BlockWalker
{
    /// <summary>All blocks in document order, containers before their children.</summary>
    public static IEnumerable<Block> Descendants(IEnumerable<Block> blocks)
    {
        // The enumerators of the containers above the current one; most bodies are flat, so it is made on first use.
        Stack<IEnumerator<Block>>? stack = null;
        var top = blocks.GetEnumerator();
        while (true)
        {
            if (!top.MoveNext())
            {
                top.Dispose();
                if (stack is not { Count: > 0 })
                {
                    yield break;
                }

                top = stack.Pop();
                continue;
            }

            var block = top.Current;
            yield return block;
            var children = Children(block);
            if (children.Count > 0)
            {
                (stack ??= new Stack<IEnumerator<Block>>()).Push(top);
                top = children.GetEnumerator();
            }
        }
    }

    /// <summary>
    /// <see cref="Children"/> without building a table's list of cell blocks when no cell has blocks (most tables: their
    /// cells hold inlines only); the same list otherwise.
    /// </summary>
    public static IReadOnlyList<Block> ChildrenOf(Block block) => block switch
    {
        ListBlock list => list.Items,
        ListItemBlock item => item.Blocks,
        QuoteBlock quote => quote.Blocks,
        TableBlock table => HasCellBlocks(table) ? table.CellBlocks : [],
        _ => [],
    };

    private static bool HasCellBlocks(TableBlock table)
    {
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var cells = table.Rows[r].Cells;
            for (int c = 0; c < cells.Count; c++)
            {
                if (cells[c].Blocks is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static IReadOnlyList<Block> Children(Block block) => block switch
    {
        ListBlock list => list.Items,
        ListItemBlock item => item.Blocks,
        QuoteBlock quote => quote.Blocks,
        TableBlock table => table.CellBlocks,
        _ => [],
    };

    /// <summary>The inlines directly held by a block (not by its children).</summary>
    public static IEnumerable<IReadOnlyList<Inline>> InlineGroups(Block block)
    {
        switch (block)
        {
            case ParagraphBlock paragraph:
                yield return paragraph.Inlines;
                break;
            case ActionBlock action:
                yield return action.Inlines;
                break;
            case HeadingBlock heading:
                yield return heading.Title;
                break;
            case FigureBlock figure:
                yield return figure.Caption;
                break;
            case TableBlock table:
                if (table.Caption is { } caption)
                {
                    yield return caption;
                }

                foreach (var row in table.Rows)
                {
                    foreach (var cell in row.Cells)
                    {
                        yield return cell.Inlines;
                    }
                }

                break;
        }
    }

    /// <summary>
    /// The footnotes cited in <paramref name="blocks"/> and in their descendants, in reading order, each once (a repeated
    /// citation is left out); the notes cited inside a footnote follow it.
    /// </summary>
    public static IEnumerable<FootnoteRun> Footnotes(IEnumerable<Block> blocks)
    {
        var pending = new Queue<IEnumerable<Block>>();
        pending.Enqueue(blocks);
        while (pending.Count > 0)
        {
            foreach (var block in Descendants(pending.Dequeue()))
            {
                foreach (var group in InlineGroups(block))
                {
                    foreach (var leaf in Leaves(group))
                    {
                        if (leaf is FootnoteRun { Repeat: false } note)
                        {
                            yield return note;
                            pending.Enqueue(note.Blocks);
                        }
                    }
                }
            }
        }
    }

    /// <summary>The plain text of inlines: emphasis dropped, breaks as spaces, links as their text.</summary>
    public static string PlainText(IEnumerable<Inline> inlines)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var leaf in Leaves(inlines))
        {
            builder.Append(LeafText(leaf));
        }

        return builder.ToString();
    }

    /// <summary>What a leaf of <see cref="Leaves"/> adds to <see cref="PlainText"/>: its text, or a space for a break.</summary>
    public static string LeafText(Inline leaf) => leaf switch
    {
        TextRun text => text.Text,
        CodeRun code => code.Text,
        _ => " ",
    };

    /// <summary>
    /// The leaf inlines (<see cref="TextRun"/>, <see cref="CodeRun"/>, <see cref="BreakRun"/>) in reading order,
    /// inside emphasis and links, as the text reads once its tracked changes are accepted (inserted text in, deleted
    /// text and comments out, a comment's highlighted text in); without recursion, so deep nesting cannot overflow the stack.
    /// </summary>
    public static IEnumerable<Inline> Leaves(IEnumerable<Inline> inlines)
    {
        // The enumerators of the runs above the current one; most inlines are flat, so it is made on first use.
        Stack<IEnumerator<Inline>>? stack = null;
        var top = inlines.GetEnumerator();
        while (true)
        {
            if (!top.MoveNext())
            {
                top.Dispose();
                if (stack is not { Count: > 0 })
                {
                    yield break;
                }

                top = stack.Pop();
                continue;
            }

            IEnumerable<Inline>? children;
            switch (top.Current)
            {
                case StyledRun styled:
                    children = styled.Children;
                    break;
                case LinkRun link:
                    children = link.Children;
                    break;
                case RevisionRun { Kind: RevisionKind.Insert } inserted:
                    children = inserted.Children;
                    break;
                case RevisionRun:
                    // Deleted text: gone once the changes are accepted.
                    continue;
                case CommentRun comment:
                    // The highlighted text reads as text; the comment itself is not.
                    children = comment.Anchor;
                    break;
                case var leaf:
                    yield return leaf;
                    continue;
            }

            (stack ??= new Stack<IEnumerator<Inline>>()).Push(top);
            top = children.GetEnumerator();
        }
    }
}
