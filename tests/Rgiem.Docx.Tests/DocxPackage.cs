using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace Rgiem.Docx.Tests;

/// <summary>
/// The XML parts of a rendered DOCX, read through the Open XML SDK (by relationship, never by zip entry
/// name) into LINQ to XML for assertions and snapshots.
/// </summary>
public sealed class DocxPackage
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private DocxPackage(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var document = WordprocessingDocument.Open(stream, false);
        var main = document.MainDocumentPart ?? throw new InvalidOperationException("No main document part");
        Document = Read(main);
        Styles = Read(main.StyleDefinitionsPart ?? throw new InvalidOperationException("No styles part"));
        Numbering = Read(main.NumberingDefinitionsPart ?? throw new InvalidOperationException("No numbering part"));
        Core = Read(document.CoreFilePropertiesPart ?? throw new InvalidOperationException("No core properties part"));

        var section = Document.Root!.Element(W + "body")!.Element(W + "sectPr")!;
        // A user template may have no first-page header (or none at all): those read as empty documents.
        XDocument Header(string kind, string type) =>
            section.Elements(W + kind).SingleOrDefault(h => (string?)h.Attribute(W + "type") == type) is { } reference
                ? Read(main.GetPartById((string)reference.Attribute(R + "id")!))
                : new XDocument(new XElement(W + "hdr"));
        DefaultHeader = Header("headerReference", "default");
        FirstHeader = Header("headerReference", "first");
        DefaultFooter = Header("footerReference", "default");
        Settings = main.DocumentSettingsPart is { } settings ? Read(settings) : new XDocument(new XElement(W + "settings"));
        Hyperlinks = main.HyperlinkRelationships.ToDictionary(h => h.Id, h => h.Uri.OriginalString, StringComparer.Ordinal);
        Images = main.ImageParts.Select(p => p.ContentType).ToList();
        Footnotes = main.FootnotesPart is { } footnotes ? Read(footnotes) : null;
        Comments = main.WordprocessingCommentsPart is { } comments ? Read(comments) : null;
    }

    /// <summary>The comments part, or null when the document has none.</summary>
    public XDocument? Comments { get; }

    /// <summary>The footnotes part, or null when the document has none.</summary>
    public XDocument? Footnotes { get; }

    public XDocument Document { get; }

    public XDocument Styles { get; }

    public XDocument Numbering { get; }

    public XDocument DefaultHeader { get; }

    public XDocument FirstHeader { get; }

    public XDocument DefaultFooter { get; }

    public XDocument Settings { get; }

    public XDocument Core { get; }

    /// <summary>External hyperlink targets by relationship id.</summary>
    public IReadOnlyDictionary<string, string> Hyperlinks { get; }

    /// <summary>Content types of the embedded images.</summary>
    public IReadOnlyList<string> Images { get; }

    public XElement Body => Document.Root!.Element(W + "body")!;

    public XElement Section => Body.Element(W + "sectPr")!;

    /// <summary>The first table of the body: the cover table.</summary>
    public XElement CoverTable => Body.Elements(W + "tbl").First();

    /// <summary>Paragraphs that are direct children of the body, in order.</summary>
    public IEnumerable<XElement> BodyParagraphs => Body.Elements(W + "p");

    public static DocxPackage Open(byte[] bytes) => new(bytes);

    /// <summary>The text of an element as Word shows it: w:t text, w:tab as TAB, w:br as LF, field results included.</summary>
    public static string Text(XElement element)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var node in element.Descendants())
        {
            if (node.Name == W + "t")
            {
                builder.Append(node.Value);
            }
            else if (node.Name == W + "tab" && node.Parent?.Name == W + "r")
            {
                builder.Append('\t');
            }
            else if (node.Name == W + "br")
            {
                builder.Append('\n');
            }
        }

        return builder.ToString();
    }

    public static string? StyleOf(XElement paragraph) =>
        (string?)paragraph.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val");

    /// <summary>The style definition with the given id.</summary>
    public XElement Style(string styleId) =>
        Styles.Root!.Elements(W + "style").Single(s => (string?)s.Attribute(W + "styleId") == styleId);

    private static XDocument Read(OpenXmlPart part)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        return XDocument.Load(stream);
    }
}
