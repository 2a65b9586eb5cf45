using System.Globalization;
using System.Text;
using System.Xml;
using Rgiem.Core.Model;
using Rgiem.Core.Text;

namespace Rgiem.Docx.Packaging;

/// <summary>
/// Writes <c>docProps/custom.xml</c> and <c>docProps/app.xml</c> as TSB's templates carry them: the custom
/// properties TSB's tools read (Docnum, Docdate, Docorlang, Docbluepink, Docdest, Docauthor) and the
/// application properties (company, manager, the title). Deterministic: no clock, no counts Word recomputes.
/// </summary>
internal static class DocPropertiesWriter
{
    public const string CustomContentType = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
    public const string AppContentType = "application/vnd.openxmlformats-officedocument.extended-properties+xml";
    public const string CustomRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
    public const string AppRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties";

    private const string CustomNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
    private const string AppNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
    private const string VariantTypes = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
    private const string FormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

    /// <summary>TSB's custom properties, in TSB's order, with the record's values.</summary>
    public static IReadOnlyList<(string Name, string Value)> CustomValues(RecordMetadata metadata, string documentNumber) =>
    [
        ("Docnum", documentNumber),
        ("Docdate", (metadata.Date ?? metadata.Meeting?.To ?? metadata.Meeting?.From) is { } date ? ItuDates.Day(date) : string.Empty),
        ("Docorlang", metadata.Original),
        ("Docbluepink", string.Empty),
        ("Docdest", BodyNames.LongName(metadata.Parent)),
        ("Docauthor", metadata.Source ?? string.Empty),
    ];

    public static byte[] Custom(RecordMetadata metadata, string documentNumber) => Write(writer =>
    {
        writer.WriteStartElement("Properties", CustomNamespace);
        writer.WriteAttributeString("xmlns", "vt", null, VariantTypes);
        int id = 2;
        foreach (var (name, value) in CustomValues(metadata, documentNumber))
        {
            writer.WriteStartElement("property", CustomNamespace);
            writer.WriteAttributeString("fmtid", FormatId);
            writer.WriteAttributeString("pid", (id++).ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("name", name);
            writer.WriteElementString("vt", "lpwstr", VariantTypes, Writers.XmlText.Clean(value));
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    });

    public static byte[] App(RecordMetadata metadata) => Write(writer =>
    {
        writer.WriteStartElement("Properties", AppNamespace);
        writer.WriteAttributeString("xmlns", "vt", null, VariantTypes);
        writer.WriteElementString("Template", AppNamespace, "Normal.dotm");
        writer.WriteElementString("Application", AppNamespace, "rgiem");
        writer.WriteElementString("DocSecurity", AppNamespace, "0");
        writer.WriteElementString("ScaleCrop", AppNamespace, "false");
        writer.WriteStartElement("TitlesOfParts", AppNamespace);
        writer.WriteStartElement("vt", "vector", VariantTypes);
        writer.WriteAttributeString("size", "1");
        writer.WriteAttributeString("baseType", "lpstr");
        writer.WriteElementString("vt", "lpstr", VariantTypes, Writers.XmlText.Clean(metadata.Title ?? string.Empty));
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteElementString("Manager", AppNamespace, "ITU-T");
        writer.WriteElementString("Company", AppNamespace, "International Telecommunication Union (ITU)");
        writer.WriteElementString("LinksUpToDate", AppNamespace, "false");
        writer.WriteElementString("SharedDoc", AppNamespace, "false");
        writer.WriteElementString("HyperlinksChanged", AppNamespace, "false");
        writer.WriteElementString("AppVersion", AppNamespace, "16.0000");
        writer.WriteEndElement();
    });

    private static byte[] Write(Action<XmlWriter> body)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, CheckCharacters = false };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument(standalone: true);
            body(writer);
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }
}
