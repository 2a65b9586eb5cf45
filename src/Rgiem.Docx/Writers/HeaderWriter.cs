using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Docx.HouseStyle;

namespace Rgiem.Docx.Writers;

/// <summary>
/// Page headers of the house style: nothing on the cover page; on later pages "- N -" (a PAGE field)
/// centred, with the document number under it. There is no footer. The field is a complex field with its
/// result (<see cref="FieldRuns"/>), so readers that do not evaluate fields still read "- 2 -".
/// </summary>
internal static class HeaderWriter
{
    public static Header FirstPage() => new(ParagraphFactory.Styled(StyleIds.Header));

    public static Header LaterPages(string documentNumber)
    {
        // The later-pages header is never on page 1, so "2" is the result the field has on the first page it shows on.
        var first = ParagraphFactory.Styled(StyleIds.Header, [InlineWriter.TextRun("- "), .. FieldRuns.Complex("PAGE", "2"), InlineWriter.TextRun(" -")]);
        var second = ParagraphFactory.Styled(StyleIds.Header, InlineWriter.TextRun(documentNumber));
        return new Header(first, second);
    }
}
