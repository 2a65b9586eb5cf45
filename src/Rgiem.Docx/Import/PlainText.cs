using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rgiem.Docx.Import;

/// <summary>
/// The text a paragraph or cell shows, for the cover and for messages: text, tabs as tabs, line breaks as
/// newlines; deleted text, field codes and the separators of notes left out.
/// </summary>
internal static class PlainText
{
    public static string Of(OpenXmlElement element)
    {
        var text = new StringBuilder();
        Append(element, text);
        return text.ToString();
    }

    /// <summary>The start of a paragraph's text for a message: at most 40 characters on one line.</summary>
    public static string Start(OpenXmlElement element)
    {
        string text = Core.Import.CoverText.Normalize(Of(element).Replace('\t', ' ').Replace('\n', ' '));
        return text.Length <= 40 ? text : text[..40].TrimEnd() + "…";
    }

    private static void Append(OpenXmlElement element, StringBuilder text)
    {
        switch (element)
        {
            case Text t:
                text.Append(t.Text);
                return;
            case TabChar or PositionalTab:
                text.Append('\t');
                return;
            case Break or CarriageReturn:
                text.Append('\n');
                return;
            case NoBreakHyphen:
                text.Append('-');
                return;
            case DeletedText or FieldCode or DeletedFieldCode or DeletedRun or MoveFromRun:
                return;
            case Paragraph when text.Length > 0 && text[^1] != '\n':
                text.Append('\n');
                break;
        }

        foreach (var child in element.ChildElements)
        {
            Append(child, text);
        }
    }
}
