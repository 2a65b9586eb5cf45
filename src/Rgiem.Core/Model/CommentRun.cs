using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Model;

/// <summary>
/// A comment written in CriticMarkup: <c>{&gt;&gt;text&lt;&lt;}</c> at a point, or <c>{==anchor==}{&gt;&gt;text&lt;&lt;}</c> on the
/// highlighted <see cref="Anchor"/>. The anchor is part of the text (the checks read it); the comment's own
/// <see cref="Text"/> is not.
/// </summary>
public sealed record CommentRun(Attribution Attribution, IReadOnlyList<Inline> Text, IReadOnlyList<Inline> Anchor, SourceLocation? Location) : Inline
{
    /// <summary>True for a <c>{==highlight==}</c> with no comment after it: the anchor is shown highlighted, with no comment.</summary>
    public bool HighlightOnly { get; init; }
}
