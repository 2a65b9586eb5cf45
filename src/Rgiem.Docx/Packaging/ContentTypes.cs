using System.Text;
using System.Xml;

namespace Rgiem.Docx.Packaging;

/// <summary>Writes <c>[Content_Types].xml</c>: a default per extension, an override per XML part.</summary>
internal static class ContentTypes
{
    private const string Namespace = "http://schemas.openxmlformats.org/package/2006/content-types";

    public static byte[] Write(IEnumerable<(string Extension, string ContentType)> defaults, IEnumerable<(string PartName, string ContentType)> overrides)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument(standalone: true);
            writer.WriteStartElement("Types", Namespace);
            foreach (var (extension, contentType) in defaults)
            {
                writer.WriteStartElement("Default", Namespace);
                writer.WriteAttributeString("Extension", extension);
                writer.WriteAttributeString("ContentType", contentType);
                writer.WriteEndElement();
            }

            foreach (var (partName, contentType) in overrides)
            {
                writer.WriteStartElement("Override", Namespace);
                writer.WriteAttributeString("PartName", "/" + partName);
                writer.WriteAttributeString("ContentType", contentType);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        return stream.ToArray();
    }
}
