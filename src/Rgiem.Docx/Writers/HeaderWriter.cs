using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Docx.HouseStyle;

namespace Rgiem.Docx.Writers;

/// <summary>
/// Page headers of the house style: nothing on the cover page; on later pages "- N -" (a PAGE field)
/// centred, with the document number under it. There is no footer.
/// </summary>
internal static class HeaderWriter
{
    public static Header FirstPage() => new(ParagraphFactory.Styled(StyleIds.Header));

    public static Header LaterPages(string documentNumber)
    {
        var pageNumber = new SimpleField { Instruction = " PAGE " };
        pageNumber.Append(InlineWriter.TextRun("2"));
        var first = ParagraphFactory.Styled(StyleIds.Header, InlineWriter.TextRun("- "), pageNumber, InlineWriter.TextRun(" -"));
        var second = ParagraphFactory.Styled(StyleIds.Header, InlineWriter.TextRun(documentNumber));
        return new Header(first, second);
    }
}
