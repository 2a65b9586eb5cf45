namespace Rgiem.Core.Import.Edits;

/// <summary>
/// A paragraph of an edited Word document (body paragraphs and table cells in document order; <see cref="Number"/>
/// counts from 1): its text in segments, every tracked change shown (inserted and deleted text both), and its comments.
/// </summary>
public sealed record EditedParagraph(int Number, IReadOnlyList<EditSegment> Segments, IReadOnlyList<EditComment> Comments)
{
    /// <summary>The text with every change shown: what the offsets of <see cref="Comments"/> count in.</summary>
    public string Text { get; } = string.Concat(Segments.Select(s => s.Text));

    /// <summary>True when Word marks something here: a tracked change or a comment.</summary>
    public bool HasEdits => Comments.Count > 0 || Segments.Any(s => s.Kind != SegmentKind.Normal);
}
