using System.Collections.Concurrent;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using Rgiem.Docx.HouseStyle;
using Rgiem.Docx.Writers;

namespace Rgiem.Docx.Packaging;

/// <summary>
/// The one writer of every WordprocessingML package rgiem writes, through <see cref="ZipPackageWriter"/>, without the
/// Open XML SDK's packaging layer:
/// <list type="bullet">
/// <item><see cref="Write"/>: a package made from nothing (a document in the house style, a delta, the exported
/// template), with the part names, relationship ids and content types of <see cref="MainParts"/> and
/// <see cref="PackageParts"/>. The parts that are the same for every document of a language (styles, settings, the
/// first-page header, the package relationships, the content types) are serialized and deflated once per process and
/// copied into each package; the document's own parts are serialized straight into the zip.</item>
/// <item><see cref="Repack"/>: a package filled from a user template, entry by entry, in a fixed order, with the main
/// part typed as what is written (<see cref="MainContentType"/>).</item>
/// </list>
/// Entries are in a fixed order ([Content_Types].xml, _rels/.rels, word/document.xml, then the rest by name) with a
/// fixed timestamp, so the same input always gives the same bytes.
/// </summary>
internal static class PackageWriter
{
    public const string CoreContentType = "application/vnd.openxmlformats-package.core-properties+xml";

    /// <summary>The relationship id of the later-pages header, which the section of the page refers to.</summary>
    public const string LaterPagesHeaderId = "rId4";

    /// <summary>The relationship id of the first-page header.</summary>
    public const string FirstPageHeaderId = "rId5";

    /// <summary>The relationship id of the footnotes part, in a document that has footnotes.</summary>
    public const string FootnotesId = "rId6";

    /// <summary>The relationship id of the comments part, in a document whose record has CriticMarkup comments.</summary>
    public const string CommentsId = "rId7";

    private const string WordML = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private const string MainPart = "word/document.xml";

    /// <summary>How many numbering parts <see cref="SharedNumbering"/> keeps at most.</summary>
    private const int MaxSharedNumbering = 256;

    /// <summary>How many images <see cref="SharedImages"/> keeps at most; the figures of one record are not worth keeping.</summary>
    private const int MaxSharedImages = 16;

    /// <summary>The parts of the main part every package has: relationship id and type, name under <c>word/</c>, content type.</summary>
    public static readonly IReadOnlyList<(string Id, string Type, string Name, string ContentType)> MainParts =
    [
        ("rId1", "styles", "styles.xml", WordML + "styles+xml"),
        ("rId2", "numbering", "numbering.xml", WordML + "numbering+xml"),
        ("rId3", "settings", "settings.xml", WordML + "settings+xml"),
        (LaterPagesHeaderId, "header", "header1.xml", WordML + "header+xml"),
        (FirstPageHeaderId, "header", "header2.xml", WordML + "header+xml"),
    ];

    /// <summary>The footnotes part, in a document that has footnotes.</summary>
    public static readonly (string Id, string Type, string Name, string ContentType) FootnotesPart = (FootnotesId, "footnotes", "footnotes.xml", WordML + "footnotes+xml");

    /// <summary>The comments part, in a document whose record has CriticMarkup comments.</summary>
    public static readonly (string Id, string Type, string Name, string ContentType) CommentsPart = (CommentsId, "comments", "comments.xml", WordML + "comments+xml");

    /// <summary>The package's own relationships: the main part (typed by <see cref="PackageKind"/>) and the document properties.</summary>
    public static readonly IReadOnlyList<(string Id, string Type, string Name, string? ContentType)> PackageParts =
    [
        ("rId1", "officeDocument", MainPart, null),
        ("rId2", PackageRelationships.CoreProperties, "docProps/core.xml", CoreContentType),
        ("rId3", DocPropertiesWriter.AppRelationship, "docProps/app.xml", DocPropertiesWriter.AppContentType),
        ("rId4", DocPropertiesWriter.CustomRelationship, "docProps/custom.xml", DocPropertiesWriter.CustomContentType),
    ];

    private static readonly ConcurrentDictionary<(string Language, bool Toc), CompressedEntry> SharedStyles = new();
    private static readonly ConcurrentDictionary<(string Language, bool TrackRevisions), CompressedEntry> SharedSettings = new();
    private static readonly ConcurrentDictionary<PackageKind, CompressedEntry> PlainContentTypes = new();

    /// <summary>Numbering parts deflated, by <see cref="ListNumbering.Key"/>: most records have the same few lists.</summary>
    private static readonly ConcurrentDictionary<string, CompressedEntry> SharedNumbering = new(StringComparer.Ordinal);

    /// <summary>Images deflated, by the SHA-256 of their bytes: a project's logo is on every cover.</summary>
    private static readonly ConcurrentDictionary<string, CompressedEntry> SharedImages = new(StringComparer.Ordinal);
    private static readonly Lazy<CompressedEntry> FirstPageHeaderEntry = new(() => CompressedEntry.Xml(HeaderWriter.FirstPage(), CompressedEntry.SharedLevel));
    private static readonly Lazy<CompressedEntry> PackageRelationshipsEntry = new(() =>
    {
        var relationships = new PackageRelationships();
        foreach (var (id, type, name, _) in PackageParts)
        {
            relationships.AddPart(id, type, name);
        }

        return CompressedEntry.Compress(relationships.ToXml(), CompressedEntry.SharedLevel);
    });

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

    /// <summary>The package of <paramref name="package"/>'s parts.</summary>
    public static byte[] Write(WordPackage package)
    {
        var relationships = package.Relationships;
        if (package.Footnotes is not null)
        {
            relationships.AddPart(FootnotesPart.Id, FootnotesPart.Type, FootnotesPart.Name);
        }

        if (package.Comments is not null)
        {
            relationships.AddPart(CommentsPart.Id, CommentsPart.Type, CommentsPart.Name);
        }

        // The record's own XML parts are serialized into the zip as they are added; the shared ones are copied as deflated.
        var parts = new List<(string Name, Action<ZipPackageWriter> Add)>
        {
            ("docProps/core.xml", zip => zip.Add("docProps/core.xml", CompressedEntry.Compress(package.CoreProperties, package.Level))),
            ("docProps/app.xml", zip => zip.Add("docProps/app.xml", CompressedEntry.Compress(package.AppProperties, package.Level))),
            ("docProps/custom.xml", zip => zip.Add("docProps/custom.xml", CompressedEntry.Compress(package.CustomProperties, package.Level))),
            ("word/_rels/document.xml.rels", zip => zip.Add("word/_rels/document.xml.rels", CompressedEntry.Compress(relationships.ToXml(), package.Level))),
            ("word/header1.xml", zip => zip.Add("word/header1.xml", package.LaterPagesHeader, package.Level)),
            ("word/header2.xml", zip => Add(zip, "word/header2.xml", package.FirstPageHeader, FirstPageHeaderEntry.Value, package.Level)),
            ("word/numbering.xml", zip => zip.Add("word/numbering.xml", Numbering(package.Numbering))),
            ("word/settings.xml", zip => zip.Add("word/settings.xml", SharedSettings.GetOrAdd((package.Language, package.TrackRevisions), key =>
                CompressedEntry.Xml(SettingsBuilder.Build(key.Language, key.TrackRevisions), CompressedEntry.SharedLevel)))),
            ("word/styles.xml", zip => Add(zip, "word/styles.xml", package.Styles, SharedStyles.GetOrAdd((package.Language, package.TableOfContents), key =>
                CompressedEntry.Xml(StylesBuilder.Build(key.Language, key.Toc), CompressedEntry.SharedLevel)), package.Level)),
        };
        if (package.Footnotes is { } footnotes)
        {
            parts.Add(("word/" + FootnotesPart.Name, zip => zip.Add("word/" + FootnotesPart.Name, footnotes, package.Level)));
        }

        if (package.Comments is { } comments)
        {
            parts.Add(("word/" + CommentsPart.Name, zip => zip.Add("word/" + CommentsPart.Name, comments, package.Level)));
        }

        foreach (var image in relationships.Images)
        {
            parts.Add((image.Name, zip => zip.Add(image.Name, Image(image.Bytes))));
        }

        using var zip = new ZipPackageWriter();
        zip.Add("[Content_Types].xml", relationships.Images.Count == 0 && package.Footnotes is null && package.Comments is null
            ? PlainContentTypes.GetOrAdd(package.Kind, kind => ContentTypesEntry(kind, [], footnotes: false, comments: false))
            : ContentTypesEntry(package.Kind, relationships.Images, package.Footnotes is not null, package.Comments is not null));
        zip.Add("_rels/.rels", PackageRelationshipsEntry.Value);
        if (package.DocumentXml is { } documentXml)
        {
            zip.Add(MainPart, documentXml.Written, package.Level);
        }
        else
        {
            zip.Add(MainPart, package.Document ?? throw new ArgumentException("A package needs its document.", nameof(package)), package.Level);
        }
        foreach (var (_, add) in parts.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            add(zip);
        }

        return zip.ToArray();
    }

    /// <summary>
    /// Writes a package filled from a user template (as the Open XML SDK saved it) again, entry by entry: the same
    /// parts, in a fixed order, with the main part typed as <paramref name="kind"/>. Every part is deflated at
    /// <see cref="CompressedEntry.SharedLevel"/>, the level of an exported template, so that repacking a package
    /// rgiem wrote gives its bytes again.
    /// </summary>
    public static byte[] Repack(byte[] package, PackageKind kind)
    {
        var entries = new List<(string Name, byte[] Data)>();
        using (var input = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read))
        {
            foreach (var entry in input.Entries)
            {
                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                entries.Add((entry.FullName, buffer.ToArray()));
            }
        }

        int types = entries.FindIndex(e => e.Name == "[Content_Types].xml");
        int rootRelationships = entries.FindIndex(e => e.Name == "_rels/.rels");
        if (types >= 0 && rootRelationships >= 0)
        {
            entries[types] = (entries[types].Name, MainContentType.Fix(entries[types].Data, entries[rootRelationships].Data, kind));
        }

        entries.Sort((a, b) =>
        {
            int rank = Rank(a.Name).CompareTo(Rank(b.Name));
            return rank != 0 ? rank : string.CompareOrdinal(a.Name, b.Name);
        });

        using var zip = new ZipPackageWriter();
        foreach (var (name, data) in entries)
        {
            zip.Add(name, CompressedEntry.Compress(data, CompressedEntry.SharedLevel));
        }

        return zip.ToArray();
    }

    /// <summary>An image deflated: once per process for the first few images (a logo), else each time.</summary>
    private static CompressedEntry Image(byte[] bytes)
    {
        string hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes));
        if (SharedImages.TryGetValue(hash, out var entry))
        {
            return entry;
        }

        entry = CompressedEntry.Compress(bytes, CompressedEntry.SharedLevel);
        if (SharedImages.Count < MaxSharedImages)
        {
            SharedImages.TryAdd(hash, entry);
        }

        return entry;
    }

    /// <summary>The numbering part: deflated once per process for the first few kinds of numbering, else each time, at the same level.</summary>
    private static CompressedEntry Numbering(ListNumbering numbering)
    {
        string key = numbering.Key;
        if (SharedNumbering.TryGetValue(key, out var entry))
        {
            return entry;
        }

        entry = CompressedEntry.Xml(numbering.Build(), CompressedEntry.SharedLevel);
        if (SharedNumbering.Count < MaxSharedNumbering)
        {
            SharedNumbering.TryAdd(key, entry);
        }

        return entry;
    }

    private static int Rank(string name) => name switch
    {
        "[Content_Types].xml" => 0,
        "_rels/.rels" => 1,
        MainPart => 2,
        _ => 3,
    };

    private static void Add(ZipPackageWriter zip, string name, OpenXmlPartRootElement? own, CompressedEntry shared, CompressionLevel level)
    {
        if (own is null)
        {
            zip.Add(name, shared);
        }
        else
        {
            zip.Add(name, own, level);
        }
    }

    /// <summary><c>[Content_Types].xml</c>: a default for rels, xml and each image extension, an override for each XML part.</summary>
    private static CompressedEntry ContentTypesEntry(PackageKind kind, IReadOnlyList<PackagePart> images, bool footnotes, bool comments)
    {
        var defaults = new List<(string, string)> { ("rels", "application/vnd.openxmlformats-package.relationships+xml"), ("xml", "application/xml") };
        defaults.AddRange(images.Select(i => (Path.GetExtension(i.Name)[1..], i.ContentType)).Distinct());
        var overrides = new List<(string, string)> { (MainPart, MainContentType.Of(kind)) };
        overrides.AddRange(MainParts.Select(p => ("word/" + p.Name, p.ContentType)));
        if (footnotes)
        {
            overrides.Add(("word/" + FootnotesPart.Name, FootnotesPart.ContentType));
        }

        if (comments)
        {
            overrides.Add(("word/" + CommentsPart.Name, CommentsPart.ContentType));
        }

        overrides.AddRange(PackageParts.Where(p => p.ContentType is not null).Select(p => (p.Name, p.ContentType!)));
        return CompressedEntry.Compress(ContentTypes.Write(defaults, overrides), CompressedEntry.SharedLevel);
    }
}
