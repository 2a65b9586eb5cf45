using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Core.Model;
using Rgiem.Docx.HouseStyle;

namespace Rgiem.Docx.Writers;

/// <summary>
/// The one way a rendering puts a document together: the cover, the table of contents of <c>toc: true</c>, the body
/// and the closing line. The house style, a delta and a template used as a reference document take the whole
/// sequence (<see cref="Write"/>); a template with placeholders takes <see cref="Contents"/> and <see cref="Body"/>
/// where its <c>{{toc}}</c> and <c>{{body}}</c> stand.
/// </summary>
internal static class DocumentAssembly
{
    /// <summary>
    /// The cover, then the body with the table of contents, then the closing line. The table of contents stands where
    /// the body's <c>```{toc}</c> directive stands (after a report's opening NOTE, say), else first; with
    /// <paramref name="contentsAtDirective"/> false (a template, whose place for it is <c>{{toc}}</c>) it is first.
    /// </summary>
    public static List<OpenXmlElement> Write(MeetingRecord record, BodyWriter writer, IEnumerable<OpenXmlElement> cover, bool contentsAtDirective = true)
    {
        var output = new List<OpenXmlElement>();
        Assemble(record, cover, output.AddRange, blocks => output.AddRange(writer.Write(blocks)), contentsAtDirective);
        return output;
    }

    /// <summary>
    /// The sequence of <see cref="Write"/>, for any writer: <paramref name="elements"/> takes the cover, the table of
    /// contents and the closing line, <paramref name="body"/> each run of body blocks (the house style's
    /// <see cref="DocumentXml"/> writes them straight into <c>document.xml</c>).
    /// </summary>
    public static void Assemble(MeetingRecord record, IEnumerable<OpenXmlElement> cover, Action<IEnumerable<OpenXmlElement>> elements, Action<IReadOnlyList<Block>> body, bool contentsAtDirective = true)
    {
        elements(cover);
        if (!contentsAtDirective)
        {
            elements(Contents(record));
            body(record.Body);
            elements([EndOfDocument()]);
            return;
        }

        var blocks = record.Body;
        int at = blocks.ToList().FindIndex(b => b is TocDirectiveBlock);
        if (!record.Metadata.Toc)
        {
            body(blocks);
        }
        else
        {
            if (at > 0)
            {
                body([.. blocks.Take(at)]);
            }

            elements(Contents(record));
            body([.. blocks.Skip(at + 1)]);
        }

        elements([EndOfDocument()]);
    }

    /// <summary>The table of contents, titled <c>toc-title</c>; empty unless the record asks for one.</summary>
    public static IReadOnlyList<OpenXmlElement> Contents(MeetingRecord record) =>
        record.Metadata.Toc ? TocWriter.Write(record.Headings, record.Metadata.TocTitle) : [];

    /// <summary>The body, then the closing line.</summary>
    public static List<OpenXmlElement> Body(MeetingRecord record, BodyWriter writer) => [.. writer.Write(record.Body), EndOfDocument()];

    /// <summary>The closing line of every document, as TSB writes it: 23 underscores, centred.</summary>
    public static Paragraph EndOfDocument() => ParagraphFactory.Styled(StyleIds.EndOfDocument, InlineWriter.TextRun("_______________________"));
}
