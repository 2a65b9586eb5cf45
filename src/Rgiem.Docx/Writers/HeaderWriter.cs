using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Docx.HouseStyle;

namespace Rgiem.Docx.Writers;

/// <summary>
/// Page headers of the house style, as TSB's: nothing on the cover page; on later pages "- N -" (a PAGE field)
/// centred, with the document number under it taken from the cover by a <c>STYLEREF Docnumber</c> field, so the
/// two cannot disagree. Both are complex fields with their result cached (python-docx and pandoc read it).
/// There is no footer.
/// </summary>
internal static class HeaderWriter
{
    public static Header FirstPage() => new(ParagraphFactory.Styled(StyleIds.Header));

    /// <param name="documentNumber">The number the cover shows (the cached result of the field).</param>
    /// <param name="styleRef">Take the number from the cover's Docnumber paragraph; false writes it as text (a conference document's cover shows "Addendum 9 to Document 44-E" there).</param>
    public static Header LaterPages(string documentNumber, bool styleRef = true)
    {
        var first = ParagraphFactory.Styled(StyleIds.Header, [InlineWriter.TextRun("- "), .. FieldRuns.Complex("PAGE", "2"), InlineWriter.TextRun(" -")]);
        var second = styleRef
            ? ParagraphFactory.Styled(StyleIds.Header, [.. FieldRuns.Complex("STYLEREF " + StyleIds.DocNumber + " \\* MERGEFORMAT", documentNumber)])
            : ParagraphFactory.Styled(StyleIds.Header, InlineWriter.TextRun(documentNumber));
        return new Header(first, second);
    }
}
