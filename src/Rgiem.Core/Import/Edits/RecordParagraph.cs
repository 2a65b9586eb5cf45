using Rgiem.Core.Model;

namespace Rgiem.Core.Import.Edits;

/// <summary>
/// The text of one paragraph of a record (a paragraph, heading, action, caption or table cell) as the built document
/// shows it, every change of the record shown, each character with its place in the Markdown source.
/// </summary>
internal sealed class RecordParagraph
{
    public List<RecordChar> Chars { get; } = [];

    /// <summary>The plain text of the record's comments on this paragraph (an edited document still has them).</summary>
    public List<string> Comments { get; } = [];

    public bool InTable { get; init; }

    /// <summary>The text without the record's insertions: what a paragraph of the edited document is matched on.</summary>
    public string BaseText => new([.. Chars.Where(c => c.Kind != SegmentKind.Inserted).Select(c => c.Value)]);

    /// <summary>Builds the paragraph of <paramref name="inlines"/>, whose text runs were read from <paramref name="source"/>.</summary>
    public static RecordParagraph Of(IReadOnlyList<Inline> inlines, Text.SourceText source, bool inTable)
    {
        var paragraph = new RecordParagraph { InTable = inTable };
        paragraph.Walk(inlines, SegmentKind.Normal, source, 0);
        return paragraph;
    }

    private void Walk(IEnumerable<Inline> inlines, SegmentKind kind, Text.SourceText source, int depth)
    {
        if (depth > 64)
        {
            return;
        }

        string text = source.Text;
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun run:
                    int start = run.Location is { } at && string.Equals(at.Path, source.Path, StringComparison.Ordinal) ? source.GetOffset(at.Start) : -1;
                    bool aligned = start >= 0;
                    for (int k = 0; k < run.Text.Length; k++)
                    {
                        char c = run.Text[k];
                        int offset = -1;
                        if (aligned && start + k < text.Length && text[start + k] == c)
                        {
                            offset = start + k;
                        }
                        else if (aligned)
                        {
                            aligned = false;
                        }
                        else if (start < 0 && c == ' ' && run.Text.Length == 1 && Chars.Count > 0 && Chars[^1].Offset is int previous and >= 0
                            && previous + 1 < text.Length && text[previous + 1] == '\n')
                        {
                            // A soft line break: the line end of the source.
                            offset = previous + 1;
                        }

                        Chars.Add(new RecordChar(c, offset, kind));
                    }

                    break;
                case CodeRun code:
                    Chars.AddRange(code.Text.Select(c => new RecordChar(c, -1, kind)));
                    break;
                case BreakRun:
                    Chars.Add(new RecordChar('\n', -1, kind));
                    break;
                case StyledRun styled:
                    Walk(styled.Children, kind, source, depth + 1);
                    break;
                case LinkRun link:
                    Walk(link.Children, kind, source, depth + 1);
                    break;
                case RevisionRun revision:
                    Walk(revision.Children, revision.Kind == RevisionKind.Insert ? SegmentKind.Inserted : SegmentKind.Deleted, source, depth + 1);
                    break;
                case CommentRun comment:
                    if (!comment.HighlightOnly)
                    {
                        Comments.Add(BlockWalker.PlainText(comment.Text));
                    }

                    Walk(comment.Anchor, kind, source, depth + 1);
                    break;
            }
        }
    }
}
