using System.Globalization;
using System.Text;
using System.Xml;
using Rgiem.Core.Model;

namespace Rgiem.Docx.Packaging;

/// <summary>
/// Writes <c>docProps/core.xml</c> from the front matter: title, subject (the document number), keywords,
/// creator (the contacts), description (the abstract) and language. No date unless the record gives one:
/// the output must not depend on the clock.
/// </summary>
internal static class CorePropertiesWriter
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static byte[] Write(RecordMetadata metadata, string documentNumber)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, CheckCharacters = false };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument(standalone: true);
            writer.WriteStartElement("cp", "coreProperties", Cp);
            writer.WriteAttributeString("xmlns", "dc", null, Dc);
            writer.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
            writer.WriteAttributeString("xmlns", "xsi", null, Xsi);
            Element(writer, "dc", "title", Dc, metadata.Title);
            Element(writer, "dc", "subject", Dc, documentNumber);
            Element(writer, "dc", "creator", Dc, metadata.Contacts.Count > 0 ? string.Join("; ", metadata.Contacts.Select(c => c.Name)) : metadata.Source);
            Element(writer, "cp", "keywords", Cp, string.Join("; ", metadata.Keywords));
            Element(writer, "dc", "description", Dc, metadata.Abstract);
            Element(writer, "dc", "language", Dc, metadata.Language);
            if ((metadata.Date ?? metadata.Meeting?.To) is { } date)
            {
                string value = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
                foreach (string name in new[] { "created", "modified" })
                {
                    writer.WriteStartElement("dcterms", name, DcTerms);
                    writer.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
                    writer.WriteString(value);
                    writer.WriteEndElement();
                }
            }

            writer.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static void Element(XmlWriter writer, string prefix, string name, string ns, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        writer.WriteElementString(prefix, name, ns, Writers.XmlText.Clean(value));
    }
}
