using DocumentFormat.OpenXml;

namespace Rgiem.Docx.Writers;

/// <summary>
/// One piece of a cover paragraph, as <see cref="CoverPageWriter"/> lays it out: a run of text (bold, and a font size in
/// half-points, or neither), a line break, or elements the typed writers built (a front matter value with tracked changes
/// or comments, an e-mail link, the logo), which take their ids of the render state when the layout is made.
/// </summary>
internal sealed record CoverInline
{
    private CoverInline(string? text, bool bold, int size, IReadOnlyList<OpenXmlElement>? elements)
    {
        Text = text;
        Bold = bold;
        Size = size;
        Elements = elements;
    }

    /// <summary>A line break in a run of its own.</summary>
    public static CoverInline LineBreak { get; } = new(null, false, 0, null);

    /// <summary>The text of a run; null for a line break or typed elements.</summary>
    public string? Text { get; }

    public bool Bold { get; }

    /// <summary>The font size in half-points (<c>w:sz</c> and <c>w:szCs</c>); 0: the style's.</summary>
    public int Size { get; }

    /// <summary>Elements the typed writers built; null for a run of text or a line break.</summary>
    public IReadOnlyList<OpenXmlElement>? Elements { get; }

    public static CoverInline Plain(string text) => new(text, false, 0, null);

    public static CoverInline Strong(string text) => new(text, true, 0, null);

    public static CoverInline Sized(string text, bool bold, int size) => new(text, bold, size, null);

    public static CoverInline Typed(IReadOnlyList<OpenXmlElement> elements) => new(null, false, 0, elements);
}
