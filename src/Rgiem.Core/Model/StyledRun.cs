namespace Rgiem.Core.Model;

/// <summary>Emphasis and similar character formatting around child inlines.</summary>
public sealed record StyledRun(InlineStyle Style, IReadOnlyList<Inline> Children) : Inline;
