using Rgiem.Core.Model;

namespace Rgiem.Docx.Writers;

/// <summary>
/// The house style's <c>document.xml</c>, written straight into a <see cref="Utf8XmlWriter"/>: the document and body
/// tags, the cover written from its layout by <see cref="DirectCoverWriter"/>, the table of contents serialized from the
/// typed elements its writer builds, the body written from the model by <see cref="DirectBodyWriter"/>, the closing line
/// and the page's section. The bytes are those of saving <c>new Document(DocxRenderer.Body(DocumentAssembly.Write(...)))</c>
/// (<c>PartXmlEquivalenceTests</c>).
/// </summary>
internal static class DocumentXml
{
    /// <summary>A buffer larger than this is not kept for the thread's next document.</summary>
    private const int MaxKeptBuffer = 1 << 20;

    /// <summary>Build the typed elements and serialize them instead, on this thread: the old path, for the equivalence tests.</summary>
    [ThreadStatic]
    internal static bool UseTypedElements;

    /// <summary>How many documents were written from the model on this thread: for the tests.</summary>
    [ThreadStatic]
    internal static int WrittenDirectly;

    [ThreadStatic]
    private static Utf8XmlWriter? buffer;

    /// <summary>
    /// Writes the document into this thread's buffer, which stays valid until the thread's next call; the cover is
    /// written first (its writer takes ids of the render state before the body's).
    /// </summary>
    public static Utf8XmlWriter Write(MeetingRecord record, RenderState state, BodyWriter typed, CoverLayout cover)
    {
        var output = buffer is { Capacity: <= MaxKeptBuffer } kept ? kept : new Utf8XmlWriter();
        buffer = output;
        output.Clear();
        output.Raw(Utf8XmlWriter.Declaration);
        output.Raw("<w:document xmlns:w=\""u8);
        output.Raw(DirectBodyWriter.WordNamespace);
        output.Raw("\"><w:body>"u8);
        var body = new DirectBodyWriter(state, typed, output);
        DirectCoverWriter.Write(cover, body);
        DocumentAssembly.Assemble(record, [], elements =>
        {
            foreach (var element in elements)
            {
                DirectBodyWriter.Element(element, output);
            }
        }, body.Write);
        DirectBodyWriter.Element(DocxRenderer.SectionProperties(), output);
        output.Raw("</w:body></w:document>"u8);
        WrittenDirectly++;
        return output;
    }
}
