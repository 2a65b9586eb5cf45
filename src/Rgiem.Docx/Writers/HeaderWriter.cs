using DocumentFormat.OpenXml;
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
        var first = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Header }));
        first.Append(InlineWriter.TextRun("- "));
        first.Append(ComplexField(" PAGE ", "2"));
        first.Append(InlineWriter.TextRun(" -"));
        var second = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Header }));
        second.Append(styleRef ? ComplexField(" STYLEREF " + StyleIds.DocNumber + " \\* MERGEFORMAT ", documentNumber) : [InlineWriter.TextRun(documentNumber)]);
        return new Header(first, second);
    }

    /// <summary>A complex field: begin, the instruction, separate, the cached result, end.</summary>
    private static IEnumerable<OpenXmlElement> ComplexField(string instruction, string result) =>
    [
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(instruction) { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        InlineWriter.TextRun(result),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
    ];
}
