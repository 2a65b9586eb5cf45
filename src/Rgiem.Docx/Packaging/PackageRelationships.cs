using System.Globalization;
using System.Text;
using System.Xml;
using Rgiem.Docx.Writers;

namespace Rgiem.Docx.Packaging;

/// <summary>
/// The relationships of one part (<c>word/_rels/document.xml.rels</c> or <c>_rels/.rels</c>) written by rgiem itself:
/// the fixed parts of the house style, then the hyperlinks and images the writers add, in the order added.
/// </summary>
internal sealed class PackageRelationships : IRelationshipTarget
{
    public const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    public const string CoreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";

    private const string Namespace = "http://schemas.openxmlformats.org/package/2006/relationships";

    private readonly List<(string Id, string Type, string Target, bool External)> relationships = [];
    private readonly List<PackagePart> images = [];

    /// <summary>The images added, as parts of the package (<c>word/media/imageN.png</c>).</summary>
    public IReadOnlyList<PackagePart> Images => images;

    /// <summary>A relationship to a part; <paramref name="type"/> is the last segment of an Office document relationship type or a full URI.</summary>
    public void AddPart(string id, string type, string target) =>
        relationships.Add((id, type.Contains(':', StringComparison.Ordinal) ? type : OfficeDocument + type, target, false));

    public bool IsInUse(string id) => relationships.Any(r => r.Id == id);

    public void AddHyperlink(Uri target, string id) => relationships.Add((id, OfficeDocument + "hyperlink", target.OriginalString, true));

    public void AddImage(string contentType, byte[] bytes, string id)
    {
        string extension = contentType == "image/jpeg" ? "jpeg" : "png";
        string name = "media/image" + (images.Count + 1).ToString(CultureInfo.InvariantCulture) + "." + extension;
        relationships.Add((id, OfficeDocument + "image", name, false));
        images.Add(new PackagePart("word/" + name, contentType, bytes));
    }

    public byte[] ToXml()
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument(standalone: true);
            writer.WriteStartElement("Relationships", Namespace);
            foreach (var (id, type, target, external) in relationships)
            {
                writer.WriteStartElement("Relationship", Namespace);
                writer.WriteAttributeString("Id", id);
                writer.WriteAttributeString("Type", type);
                writer.WriteAttributeString("Target", target);
                if (external)
                {
                    writer.WriteAttributeString("TargetMode", "External");
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        return stream.ToArray();
    }
}
