using System.Collections.Concurrent;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Docx.HouseStyle;
using Rgiem.Docx.Writers;

namespace Rgiem.Docx.Packaging;

/// <summary>
/// Writes the package of a document in the built-in house style without the Open XML SDK's packaging layer: the
/// parts that are the same for every record of a language (styles, settings, the empty first-page header, the
/// package relationships) are serialized and deflated once per process and copied into each document; the
/// record's own parts (document, numbering, later-pages header, core properties, relationships, images) are
/// serialized straight into the zip. Part names and relationship ids are those the SDK-built packages have:
/// rId1 styles, rId2 numbering, rId3 settings, rId4 and rId5 the headers.
/// </summary>
internal static class HousePackage
{
    public const string DocumentMainType = MainContentType.Document;
    private const string WordML = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    private static readonly ConcurrentDictionary<(string Language, bool Toc), (CompressedEntry Styles, CompressedEntry Settings)> Shared = new();
    private static readonly Lazy<CompressedEntry> PackageRelationshipsEntry = new(() =>
    {
        var relationships = new PackageRelationships();
        relationships.AddPart("rId1", "officeDocument", "word/document.xml");
        relationships.AddPart("rId2", PackageRelationships.CoreProperties, "docProps/core.xml");
        relationships.AddPart("rId3", DocPropertiesWriter.AppRelationship, "docProps/app.xml");
        relationships.AddPart("rId4", DocPropertiesWriter.CustomRelationship, "docProps/custom.xml");
        return CompressedEntry.Compress(relationships.ToXml());
    });

    private static readonly Lazy<CompressedEntry> FirstPageHeaderEntry = new(() => CompressedEntry.Xml(HeaderWriter.FirstPage()));

    /// <summary>The parts of the main part every document has: relationship id and type, name under <c>word/</c>, content type.</summary>
    private static readonly (string Id, string Type, string Name, string ContentType)[] MainParts =
    [
        ("rId1", "styles", "styles.xml", WordML + "styles+xml"),
        ("rId2", "numbering", "numbering.xml", WordML + "numbering+xml"),
        ("rId3", "settings", "settings.xml", WordML + "settings+xml"),
        ("rId4", "header", "header1.xml", WordML + "header+xml"),
        ("rId5", "header", "header2.xml", WordML + "header+xml"),
    ];

    /// <summary>The relationship id of the footnotes part, in a document that has footnotes.</summary>
    public const string FootnotesId = "rId6";

    /// <summary>The relationship id of the comments part, in a document whose record has CriticMarkup comments.</summary>
    public const string CommentsId = "rId7";

    /// <summary>The content types of a document without images: the same for every record, written once.</summary>
    private static readonly Lazy<CompressedEntry> PlainContentTypesEntry = new(() => ContentTypesEntry([]));

    /// <summary>The relationships of the main part, with the fixed parts in place; the writers add links and images.</summary>
    public static PackageRelationships MainRelationships()
    {
        var relationships = new PackageRelationships();
        foreach (var (id, type, name, _) in MainParts)
        {
            relationships.AddPart(id, type, name);
        }

        return relationships;
    }

    /// <param name="styles">The styles part, or null for the built-in styles of <paramref name="language"/> as they are.</param>
    /// <param name="firstPageHeader">The first-page header, or null for the built-in one as it is.</param>
    public static byte[] Write(
        string language,
        bool tableOfContents,
        Document document,
        Numbering numbering,
        Header laterPagesHeader,
        Header? firstPageHeader,
        Styles? styles,
        byte[] coreProperties,
        PackageRelationships relationships,
        byte[] appProperties,
        byte[] customProperties,
        Footnotes? footnotes = null,
        Comments? comments = null)
    {
        var shared = Shared.GetOrAdd((language, tableOfContents), key =>
            (CompressedEntry.Xml(StylesBuilder.Build(key.Language, key.Toc)), CompressedEntry.Xml(SettingsBuilder.Build(key.Language))));

        if (footnotes is not null)
        {
            relationships.AddPart(FootnotesId, "footnotes", "footnotes.xml");
        }

        if (comments is not null)
        {
            relationships.AddPart(CommentsId, "comments", "comments.xml");
        }

        var parts = new List<(string Name, CompressedEntry Entry)>
        {
            ("word/document.xml", CompressedEntry.Xml(document)),
            ("docProps/core.xml", CompressedEntry.Compress(coreProperties)),
            ("docProps/app.xml", CompressedEntry.Compress(appProperties)),
            ("docProps/custom.xml", CompressedEntry.Compress(customProperties)),
            ("word/_rels/document.xml.rels", CompressedEntry.Compress(relationships.ToXml())),
            ("word/header1.xml", CompressedEntry.Xml(laterPagesHeader)),
            ("word/header2.xml", firstPageHeader is null ? FirstPageHeaderEntry.Value : CompressedEntry.Xml(firstPageHeader)),
            ("word/numbering.xml", CompressedEntry.Xml(numbering)),
            ("word/settings.xml", shared.Settings),
            ("word/styles.xml", styles is null ? shared.Styles : CompressedEntry.Xml(styles)),
        };
        if (footnotes is not null)
        {
            parts.Add(("word/footnotes.xml", CompressedEntry.Xml(footnotes)));
        }

        if (comments is not null)
        {
            parts.Add(("word/comments.xml", CompressedEntry.Xml(comments)));
        }

        parts.AddRange(relationships.Images.Select(i => (i.Name, CompressedEntry.Compress(i.Bytes))));

        using var zip = new ZipPackageWriter();
        zip.Add("[Content_Types].xml", relationships.Images.Count == 0 && footnotes is null && comments is null ? PlainContentTypesEntry.Value : ContentTypesEntry(relationships.Images, footnotes is not null, comments is not null));
        zip.Add("_rels/.rels", PackageRelationshipsEntry.Value);
        foreach (var (name, entry) in parts.Take(1).Concat(parts.Skip(1).OrderBy(p => p.Name, StringComparer.Ordinal)))
        {
            zip.Add(name, entry);
        }

        return zip.ToArray();
    }

    /// <summary><c>[Content_Types].xml</c>: a default for rels, xml and each image extension, an override for each XML part.</summary>
    private static CompressedEntry ContentTypesEntry(IReadOnlyList<PackagePart> images, bool footnotes = false, bool comments = false)
    {
        var defaults = new List<(string, string)> { ("rels", "application/vnd.openxmlformats-package.relationships+xml"), ("xml", "application/xml") };
        defaults.AddRange(images.Select(i => (Path.GetExtension(i.Name)[1..], i.ContentType)).Distinct());
        var overrides = new List<(string, string)> { ("word/document.xml", DocumentMainType) };
        overrides.AddRange(MainParts.Select(p => ("word/" + p.Name, p.ContentType)));
        if (footnotes)
        {
            overrides.Add(("word/footnotes.xml", WordML + "footnotes+xml"));
        }

        if (comments)
        {
            overrides.Add(("word/comments.xml", WordML + "comments+xml"));
        }

        overrides.Add(("docProps/core.xml", DocxRenderer.CoreContentType));
        overrides.Add(("docProps/app.xml", DocPropertiesWriter.AppContentType));
        overrides.Add(("docProps/custom.xml", DocPropertiesWriter.CustomContentType));
        return CompressedEntry.Compress(ContentTypes.Write(defaults, overrides));
    }
}
