using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rgiem.Docx.Writers;

/// <summary>Small helpers that build paragraphs with a style and optional properties, in schema order.</summary>
internal static class ParagraphFactory
{
    public static Paragraph Styled(string styleId, IEnumerable<OpenXmlElement> content, Action<ParagraphProperties>? configure = null)
    {
        var paragraph = new Paragraph { ParagraphProperties = Properties(styleId, configure) };
        paragraph.Append(content);
        return paragraph;
    }

    /// <summary>The properties of a paragraph in <paramref name="styleId"/>, with what <paramref name="configure"/> adds.</summary>
    public static ParagraphProperties Properties(string styleId, Action<ParagraphProperties>? configure = null)
    {
        var properties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styleId } };
        configure?.Invoke(properties);
        return properties;
    }

    public static Paragraph Styled(string styleId, params OpenXmlElement[] content) => Styled(styleId, content, null);

    public static Run Bold(string text) => InlineWriter.TextRun(text, new RunStyleSet { Bold = true });
}
