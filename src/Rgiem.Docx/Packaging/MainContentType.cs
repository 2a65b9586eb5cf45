using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Rgiem.Docx.Packaging;

/// <summary>
/// Gives the main part of a package the content type of what is written (<see cref="PackageKind"/>), whatever the
/// package started from: a document built from a .dotx would otherwise keep the template's type, which Word
/// reports as corrupt and python-docx refuses ("not a Word file"). The Open XML SDK types the main part through the
/// <c>xml</c> default rather than an override, so a default that names a WordprocessingML main type becomes
/// <c>application/xml</c> and the main part gets its own override.
/// </summary>
internal static class MainContentType
{
    public const string Document = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    public const string Template = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";

    private const string ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

    public static string Of(PackageKind kind) => kind == PackageKind.Template ? Template : Document;

    /// <summary>
    /// The <c>[Content_Types].xml</c> of a package whose root relationships are <paramref name="rootRelationships"/>,
    /// with the main part typed as <paramref name="kind"/>; the same bytes when it already is.
    /// </summary>
    public static byte[] Fix(byte[] contentTypes, byte[] rootRelationships, PackageKind kind)
    {
        XNamespace ct = ContentTypesNs;
        var types = Parse(contentTypes);
        string? target = Parse(rootRelationships).Root?.Elements(XName.Get("Relationship", RelationshipsNs))
            .FirstOrDefault(r => (string?)r.Attribute("Type") == OfficeDocument && (string?)r.Attribute("TargetMode") != "External")?
            .Attribute("Target")?.Value;
        if (target is null || types.Root is not { } root)
        {
            return contentTypes;
        }

        string mainName = "/" + target.TrimStart('/');
        string wanted = Of(kind);
        var mainOverride = root.Elements(ct + "Override")
            .FirstOrDefault(o => string.Equals((string?)o.Attribute("PartName"), mainName, StringComparison.OrdinalIgnoreCase));
        var xmlDefault = root.Elements(ct + "Default")
            .FirstOrDefault(d => string.Equals((string?)d.Attribute("Extension"), "xml", StringComparison.OrdinalIgnoreCase));
        bool defaultIsMain = xmlDefault is not null && IsMainType((string?)xmlDefault.Attribute("ContentType"));
        string? current = mainOverride is not null ? (string?)mainOverride.Attribute("ContentType") : (string?)xmlDefault?.Attribute("ContentType");
        if (current == wanted && (mainOverride is null || !defaultIsMain))
        {
            return contentTypes;
        }

        if (defaultIsMain)
        {
            xmlDefault!.SetAttributeValue("ContentType", "application/xml");
        }

        if (mainOverride is null)
        {
            root.Add(new XElement(ct + "Override", new XAttribute("PartName", mainName), new XAttribute("ContentType", wanted)));
        }
        else
        {
            mainOverride.SetAttributeValue("ContentType", wanted);
        }

        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            types.Save(writer);
        }

        return stream.ToArray();
    }

    private static bool IsMainType(string? contentType) =>
        contentType is not null && contentType.Contains("wordprocessingml.", StringComparison.Ordinal) && contentType.EndsWith(".main+xml", StringComparison.Ordinal);

    /// <summary>Parses package XML with DTDs prohibited.</summary>
    private static XDocument Parse(byte[] data)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(new MemoryStream(data, writable: false), settings);
        return XDocument.Load(reader);
    }
}
