namespace Rgiem.Docx.Writers;

/// <summary>
/// A paragraph of the cover: its style, a left tab stop (twips), the spacing before it (twips) and centring when set,
/// and its content.
/// </summary>
internal sealed record CoverParagraph(string Style, IReadOnlyList<CoverInline> Content, bool Centered = false, int? TabAt = null, int? SpacingBefore = null);
