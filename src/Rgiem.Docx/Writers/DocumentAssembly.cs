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
        var output = new List<OpenXmlElement>(cover);
        if (!contentsAtDirective)
        {
            output.AddRange(Contents(record));
            output.AddRange(Body(record, writer));
            return output;
        }

        var body = record.Body;
        int at = body.ToList().FindIndex(b => b is TocDirectiveBlock);
        if (!record.Metadata.Toc)
        {
            output.AddRange(writer.Write(body));
        }
        else
        {
            if (at > 0)
            {
                output.AddRange(writer.Write([.. body.Take(at)]));
            }

            output.AddRange(Contents(record));
            output.AddRange(writer.Write([.. body.Skip(at + 1)]));
        }

        output.Add(EndOfDocument());
        return output;
    }

    /// <summary>The table of contents, titled <c>toc-title</c>; empty unless the record asks for one.</summary>
    public static IReadOnlyList<OpenXmlElement> Contents(MeetingRecord record) =>
        record.Metadata.Toc ? TocWriter.Write(record.Headings, record.Metadata.TocTitle) : [];

    /// <summary>The body, then the closing line.</summary>
    public static List<OpenXmlElement> Body(MeetingRecord record, BodyWriter writer) => [.. writer.Write(record.Body), EndOfDocument()];

    /// <summary>The closing line of every document, as TSB writes it: 23 underscores, centred.</summary>
    public static Paragraph EndOfDocument() => ParagraphFactory.Styled(StyleIds.EndOfDocument, InlineWriter.TextRun("_______________________"));
}
