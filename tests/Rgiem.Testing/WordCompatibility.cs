using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Rgiem.Testing;

/// <summary>
/// The structural rules every package rgiem writes must meet for Word to open it silently, checked without any
/// external tool (so the Docx tests run them everywhere, and the interop gate before the real clients). Each rule
/// and its source is listed in docs/word-compatibility.md; <see cref="Check"/> returns one line per violation,
/// prefixed with the rule's number.
/// </summary>
public static class WordCompatibility
{
    public const string DocumentMainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    public const string TemplateMainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";

    private const string ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private const string HyperlinkType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private static readonly XNamespace Pic = "http://schemas.openxmlformats.org/drawingml/2006/picture";

    /// <summary>Revision elements whose w:id must be unique (ECMA-376 Part 1 §17.13.5).</summary>
    private static readonly string[] RevisionElements =
        ["ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "tblGridChange", "trPrChange", "tcPrChange", "tblPrExChange", "numberingChange", "cellIns", "cellDel", "cellMerge"];

    /// <summary>Asserts that <paramref name="package"/> breaks no rule.</summary>
    public static void AssertCompatible(byte[] package, bool template = false, string? name = null)
    {
        var violations = Check(package, template);
        Assert.True(violations.Count == 0, (name is null ? string.Empty : name + ": ") + string.Join("\n", violations));
    }

    /// <param name="package">The bytes of the package.</param>
    /// <param name="template">True for a .dotx (a template main part), false for a .docx.</param>
    public static IReadOnlyList<string> Check(byte[] package, bool template = false)
    {
        var violations = new List<string>();
        Dictionary<string, byte[]> entries;
        try
        {
            entries = Entries(package, violations);
        }
        catch (InvalidDataException ex)
        {
            return ["W1 not a readable zip: " + ex.Message];
        }

        if (!entries.TryGetValue("[Content_Types].xml", out var typesBytes) || !entries.TryGetValue("_rels/.rels", out var rootRels))
        {
            return ["W1 no [Content_Types].xml or _rels/.rels"];
        }

        var types = Parse(typesBytes);
        XNamespace ct = ContentTypesNs;
        string? ContentType(string part)
        {
            var match = types.Root!.Elements(ct + "Override").FirstOrDefault(o => string.Equals((string?)o.Attribute("PartName"), "/" + part, StringComparison.OrdinalIgnoreCase));
            return match is not null
                ? (string?)match.Attribute("ContentType")
                : (string?)types.Root!.Elements(ct + "Default").FirstOrDefault(d => string.Equals((string?)d.Attribute("Extension"), Path.GetExtension(part).TrimStart('.'), StringComparison.OrdinalIgnoreCase))?.Attribute("ContentType");
        }

        // W2: every part has a content type.
        foreach (string part in entries.Keys.Where(p => p != "[Content_Types].xml"))
        {
            if (ContentType(part) is null)
            {
                violations.Add("W2 part /" + part + " has no content type");
            }
        }

        // W3: the main part has the type of what the file is.
        string? main = Relationships(rootRels).FirstOrDefault(r => r.Type == OfficeDocument).Target?.TrimStart('/');
        string expected = template ? TemplateMainType : DocumentMainType;
        if (main is null || !entries.ContainsKey(main))
        {
            violations.Add("W3 no main document part");
            return violations;
        }

        if (ContentType(main) != expected)
        {
            violations.Add($"W3 the main part /{main} is '{ContentType(main)}', not '{expected}'");
        }

        if (entries.Keys.Any(p => p.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)) || entries.Keys.Select(ContentType).Any(t => t is not null && (t.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) || t.Contains("activeX", StringComparison.OrdinalIgnoreCase))))
        {
            violations.Add("W4 macros or ActiveX in a .docx/.dotx");
        }

        // W5: relationships resolve; only hyperlinks are external, and their targets are absolute URIs.
        var xmlParts = new Dictionary<string, XDocument>(StringComparer.Ordinal);
        foreach (var (part, bytes) in entries.Where(e => e.Key.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && e.Key != "[Content_Types].xml"))
        {
            try
            {
                xmlParts[part] = Parse(bytes);
            }
            catch (XmlException ex)
            {
                violations.Add("W1 /" + part + " is not well-formed XML: " + ex.Message);
            }
        }

        foreach (var (relsName, relsBytes) in entries.Where(e => e.Key.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
        {
            string folder = relsName == "_rels/.rels" ? string.Empty : relsName[..relsName.IndexOf("_rels/", StringComparison.Ordinal)];
            string source = relsName == "_rels/.rels" ? string.Empty : folder + Path.GetFileNameWithoutExtension(relsName);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (id, type, target, external) in Relationships(relsBytes))
            {
                if (!ids.Add(id))
                {
                    violations.Add($"W5 duplicate relationship id {id} in {relsName}");
                }

                if (external)
                {
                    if (type != HyperlinkType)
                    {
                        violations.Add($"W5 external relationship of type {type} in {relsName} (a linked template or picture)");
                    }
                    else if (!Uri.TryCreate(target, UriKind.Absolute, out _))
                    {
                        violations.Add($"W5 hyperlink target '{target}' in {relsName} is not an absolute URI");
                    }

                    continue;
                }

                string resolved = Resolve(folder, target);
                if (!entries.ContainsKey(resolved))
                {
                    violations.Add($"W5 relationship {id} in {relsName} points to a missing part /{resolved}");
                }

                if (type.EndsWith("/attachedTemplate", StringComparison.Ordinal))
                {
                    violations.Add($"W5 attached template relationship in {relsName}");
                }
            }

            if (source.Length > 0 && xmlParts.TryGetValue(source, out var sourceXml))
            {
                foreach (var reference in sourceXml.Descendants().SelectMany(e => e.Attributes()).Where(a => a.Name.Namespace == R))
                {
                    if (!ids.Contains(reference.Value))
                    {
                        violations.Add($"W5 /{source} refers to relationship {reference.Value}, which {relsName} does not have");
                    }
                }
            }
        }

        var wordParts = xmlParts.Where(p => p.Value.Root?.Name.Namespace == W).ToList();

        // W6: no updateFields (Word asks on every open).
        foreach (var (part, xml) in wordParts)
        {
            if (xml.Descendants(W + "updateFields").Any(e => (string?)e.Attribute(W + "val") is null or "true" or "1" or "on"))
            {
                violations.Add("W6 updateFields in /" + part);
            }
        }

        // W7: unique annotation ids: revisions, bookmarks (with their ends), drawing objects; alt text on pictures.
        var revisionIds = new HashSet<string>(StringComparer.Ordinal);
        var bookmarkIds = new HashSet<string>(StringComparer.Ordinal);
        var bookmarkNames = new HashSet<string>(StringComparer.Ordinal);
        var drawingIds = new HashSet<string>(StringComparer.Ordinal);
        var pictureIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (part, xml) in wordParts)
        {
            foreach (var revision in xml.Descendants().Where(e => e.Name.Namespace == W && RevisionElements.Contains(e.Name.LocalName) && e.Attribute(W + "id") is not null))
            {
                if (!revisionIds.Add((string)revision.Attribute(W + "id")!))
                {
                    violations.Add($"W7 revision id {(string?)revision.Attribute(W + "id")} used twice (/{part})");
                }
            }

            var ends = xml.Descendants(W + "bookmarkEnd").Select(e => (string?)e.Attribute(W + "id")).ToHashSet(StringComparer.Ordinal);
            foreach (var bookmark in xml.Descendants(W + "bookmarkStart"))
            {
                string id = (string?)bookmark.Attribute(W + "id") ?? string.Empty;
                if (!bookmarkIds.Add(id))
                {
                    violations.Add($"W7 bookmark id {id} used twice (/{part})");
                }

                if (!bookmarkNames.Add((string?)bookmark.Attribute(W + "name") ?? string.Empty))
                {
                    violations.Add($"W7 bookmark name {(string?)bookmark.Attribute(W + "name")} used twice (/{part})");
                }

                if (!ends.Contains(id))
                {
                    violations.Add($"W7 bookmark {id} has no bookmarkEnd (/{part})");
                }
            }

            foreach (var docPr in xml.Descendants(WP + "docPr"))
            {
                string id = (string?)docPr.Attribute("id") ?? "0";
                if (id == "0" || !drawingIds.Add(id))
                {
                    violations.Add($"W7 drawing id (wp:docPr/@id) {id} is zero or used twice (/{part})");
                }

                if (string.IsNullOrWhiteSpace((string?)docPr.Attribute("descr")))
                {
                    violations.Add($"W8 picture '{(string?)docPr.Attribute("name")}' has no alt text (wp:docPr/@descr) (/{part})");
                }
            }

            foreach (var cNvPr in xml.Descendants(Pic + "cNvPr"))
            {
                string id = (string?)cNvPr.Attribute("id") ?? "0";
                if (id == "0" || !pictureIds.Add(id))
                {
                    violations.Add($"W7 picture id (pic:cNvPr/@id) {id} is zero or used twice (/{part})");
                }
            }

            // W9: every table cell ends with a paragraph (inside a block content control, as Word writes them, counts).
            foreach (var cell in xml.Descendants(W + "tc"))
            {
                if (LastBlock(cell)?.Name != W + "p")
                {
                    violations.Add($"W9 a table cell does not end with a paragraph (/{part})");
                }
            }

            // W10: complex fields are balanced in every paragraph group of the part, each with a result.
            int depth = 0;
            foreach (var fieldChar in xml.Descendants(W + "fldChar"))
            {
                string type = (string?)fieldChar.Attribute(W + "fldCharType") ?? string.Empty;
                depth += type == "begin" ? 1 : type == "end" ? -1 : 0;
                if (depth < 0)
                {
                    violations.Add($"W10 a field ends before it begins (/{part})");
                    depth = 0;
                }
            }

            if (depth != 0)
            {
                violations.Add($"W10 {depth} field(s) never end (/{part})");
            }
        }

        // W11: the Open XML SDK opens it as what it is, and it passes the Office 2019 schema.
        try
        {
            using var stream = new MemoryStream(package, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var kind = template ? WordprocessingDocumentType.Template : WordprocessingDocumentType.Document;
            if (document.DocumentType != kind)
            {
                violations.Add($"W11 the Open XML SDK opens it as a {document.DocumentType}, not a {kind}");
            }

            foreach (var error in new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Take(5))
            {
                violations.Add($"W12 schema: {error.Part?.Uri} {error.Path?.XPath}: {error.Id}: {error.Description}");
            }
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or IOException or FormatException or UriFormatException or InvalidOperationException)
        {
            violations.Add("W11 the Open XML SDK cannot open it: " + ex.Message);
        }

        return violations;
    }

    /// <summary>The last block-level element of a cell or content control, looking into block content controls.</summary>
    private static XElement? LastBlock(XElement container)
    {
        var last = container.Elements().LastOrDefault(e => e.Name == W + "p" || e.Name == W + "tbl" || e.Name == W + "sdt" || e.Name == W + "customXml");
        return last?.Name == W + "sdt" ? (last.Element(W + "sdtContent") is { } content ? LastBlock(content) : null)
            : last?.Name == W + "customXml" ? LastBlock(last)
            : last;
    }

    private static Dictionary<string, byte[]> Entries(byte[] package, List<string> violations)
    {
        using var zip = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        var entries = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.StartsWith('/') || entry.FullName.Contains('\\', StringComparison.Ordinal))
            {
                violations.Add("W1 zip entry name '" + entry.FullName + "' is not a part name");
            }

            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            if (!entries.TryAdd(entry.FullName, buffer.ToArray()))
            {
                violations.Add("W1 two zip entries named '" + entry.FullName + "' (names are case-insensitive)");
            }
        }

        return entries;
    }

    private static IEnumerable<(string Id, string Type, string Target, bool External)> Relationships(byte[] rels) =>
        Parse(rels).Root!.Elements(XName.Get("Relationship", RelationshipsNs)).Select(r => (
            (string?)r.Attribute("Id") ?? string.Empty,
            (string?)r.Attribute("Type") ?? string.Empty,
            (string?)r.Attribute("Target") ?? string.Empty,
            string.Equals((string?)r.Attribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase)));

    /// <summary>A relationship target resolved against the folder of its source part, without the leading slash.</summary>
    private static string Resolve(string folder, string target)
    {
        if (target.StartsWith('/'))
        {
            return target.TrimStart('/');
        }

        var segments = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (string segment in target.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment is not ("." or ""))
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }

    private static XDocument Parse(byte[] data)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(new MemoryStream(data, writable: false), settings);
        return XDocument.Load(reader);
    }
}
