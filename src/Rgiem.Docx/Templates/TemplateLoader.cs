using System.Globalization;
using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.FileSystem;

namespace Rgiem.Docx.Templates;

/// <summary>
/// Opens a user template defensively, before the Open XML SDK sees it: the file and zip limits (a zip bomb
/// is stopped while decompressing), a real Office Open XML package with a WordprocessingML main part,
/// no macros (.dotm/.docm, a VBA project, ActiveX) and no relationship to a file outside the package (a
/// remote attached template, a linked picture, a hyperlink to a local file). Then what a report template has no
/// use for and a hostile one could use: zip entries whose names are not OPC part names
/// (<see cref="TemplatePartNames"/>, RG8025), parts larger than <see cref="TemplateLimits.MaxPartBytes"/> or nested
/// deeper than <see cref="TemplateLimits.MaxXmlDepth"/> (RG8014), fields that read other files
/// (<see cref="TemplateContentScanner"/>, RG8026), and embedded or linked content (OLE objects and their parts,
/// altChunk, sub-documents, mail merge sources, ribbon customisations; RG8027). Every refusal is a diagnostic, never an exception.
/// The rules and their sources are listed in docs/templates.md.
/// </summary>
internal static class TemplateLoader
{
    public const string DocumentMainType = Packaging.MainContentType.Document;
    public const string TemplateMainType = Packaging.MainContentType.Template;

    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private const string Hyperlink = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
    private const string AttachedTemplate = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate";

    /// <summary>Relationships to content a report template has no use for, refused even inside the package.</summary>
    private static readonly Dictionary<string, string> RefusedRelationships = new(StringComparer.Ordinal)
    {
        ["http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject"] = "an OLE object",
        ["http://schemas.openxmlformats.org/officeDocument/2006/relationships/package"] = "an embedded package (a document or workbook inside the template)",
        ["http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"] = "an alternative-format chunk (altChunk)",
        ["http://schemas.openxmlformats.org/officeDocument/2006/relationships/subDocument"] = "a sub-document",
        ["http://schemas.openxmlformats.org/officeDocument/2006/relationships/control"] = "an ActiveX control",
        ["http://schemas.openxmlformats.org/officeDocument/2006/relationships/frame"] = "a frame of another document",
        ["http://schemas.openxmlformats.org/officeDocument/2006/relationships/mailMergeSource"] = "a mail merge data source",
        ["http://schemas.openxmlformats.org/officeDocument/2006/relationships/mailMergeHeaderSource"] = "a mail merge header source",
        ["http://schemas.openxmlformats.org/officeDocument/2006/relationships/recipientData"] = "mail merge recipient data",
        ["http://schemas.microsoft.com/office/2006/relationships/ui/extensibility"] = "a ribbon customisation (customUI)",
        ["http://schemas.microsoft.com/office/2007/relationships/ui/extensibility"] = "a ribbon customisation (customUI)",
        ["http://schemas.microsoft.com/office/2006/relationships/activeXControlBinary"] = "an ActiveX control",
    };

    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly string[] MacroMainTypes =
    [
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    ];

    /// <param name="readOnly">
    /// The document is only read (<c>rgiem import</c>), never built from: the link to its attached template (the
    /// <c>.dotx</c> on its author's disk that Word names in its settings, as TSB's liaison statement template does) is
    /// allowed, since nothing here opens it; every other external relationship is still refused.
    /// </param>
    public static TemplateFile? Load(string path, string displayName, SourceLocation location, DiagnosticBag diagnostics, TemplateLimits? limits = null, bool readOnly = false)
    {
        limits ??= TemplateLimits.Default;
        string extension = System.IO.Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".dotm" or ".docm")
        {
            diagnostics.Add(RenderDescriptors.TemplateHasMacros, location, displayName, $"a {extension} file");
            return null;
        }

        // InputFile: regular files only (a FIFO or /dev/zero is refused before it is opened), the limit on the bytes read.
        var read = InputFile.Read(path, limits.MaxFileBytes);
        switch (read.Problem)
        {
            case ReadProblem.NotFound:
                diagnostics.Add(RenderDescriptors.TemplateNotFound, location, displayName, "no such file");
                return null;
            case ReadProblem.NotRegular:
                diagnostics.Add(LoadDescriptors.NotRegularFile, location, displayName, FileProbe.Describe(read.Kind));
                return null;
            case ReadProblem.TooLarge:
                diagnostics.Add(RenderDescriptors.TemplateTooLarge, location, displayName, "is larger than that", Size(limits.MaxFileBytes));
                return null;
            case ReadProblem.Unreadable:
                diagnostics.Add(RenderDescriptors.TemplateNotFound, location, displayName, read.Reason(limits.MaxFileBytes));
                return null;
        }

        byte[] bytes = read.Bytes!;
        var entries = ReadEntries(bytes, displayName, location, diagnostics, limits);
        if (entries is null)
        {
            return null;
        }

        try
        {
            return Vet(path, displayName, entries, location, diagnostics, limits, readOnly);
        }
        catch (XmlException ex)
        {
            diagnostics.Add(RenderDescriptors.TemplateNotOoxml, location, displayName, "a package part is not well-formed XML (" + ex.Message + ")");
            return null;
        }
    }

    private static List<TemplateEntry>? ReadEntries(byte[] bytes, string displayName, SourceLocation location, DiagnosticBag diagnostics, TemplateLimits limits)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > limits.MaxEntries)
            {
                diagnostics.Add(RenderDescriptors.TemplateTooLarge, location, displayName,
                    string.Create(CultureInfo.InvariantCulture, $"has {archive.Entries.Count} zip entries"),
                    string.Create(CultureInfo.InvariantCulture, $"{limits.MaxEntries} entries"));
                return null;
            }

            var entries = new List<TemplateEntry>();
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            long total = 0;
            var buffer = new byte[81920];
            foreach (var entry in archive.Entries)
            {
                // Word 2007's leftovers are no part of the package: never read, never copied.
                if (entry.FullName.StartsWith(TemplatePartNames.WordTrash, StringComparison.Ordinal)
                    || (entry.FullName.EndsWith('/') && TemplatePartNames.Problem(entry.FullName.TrimEnd('/')) is null))
                {
                    continue;
                }

                if (entry.FullName != TemplatePartNames.ContentTypes && TemplatePartNames.Problem(entry.FullName) is { } problem)
                {
                    diagnostics.Add(RenderDescriptors.TemplatePartName, location, displayName, Core.Text.ControlCharacters.Escape(entry.FullName), problem);
                    return null;
                }

                if (!names.Add(entry.FullName))
                {
                    diagnostics.Add(RenderDescriptors.TemplatePartName, location, displayName, entry.FullName, "another entry has the same name (part names differ in more than letter case)");
                    return null;
                }

                using var input = entry.Open();
                using var output = new MemoryStream();
                int read;
                while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += read;
                    if (total > limits.MaxExpandedBytes)
                    {
                        diagnostics.Add(RenderDescriptors.TemplateTooLarge, location, displayName,
                            "expands to more than " + Size(limits.MaxExpandedBytes), Size(limits.MaxExpandedBytes) + " unpacked");
                        return null;
                    }

                    if (output.Length + read > limits.MaxPartBytes)
                    {
                        diagnostics.Add(RenderDescriptors.TemplateTooLarge, location, displayName,
                            "has a part (" + entry.FullName + ") larger than " + Size(limits.MaxPartBytes) + " unpacked", Size(limits.MaxPartBytes) + " per part");
                        return null;
                    }

                    output.Write(buffer, 0, read);
                }

                entries.Add(new TemplateEntry(entry.FullName, output.ToArray()));
            }

            return entries;
        }
        catch (InvalidDataException ex)
        {
            // An OLE compound file: an encrypted (password-protected) Office document, or a Word 97-2003 file.
            string reason = bytes.AsSpan().StartsWith(CompoundFileSignature)
                ? "it is an OLE compound file, not a zip package: an encrypted (password-protected) document or a Word 97-2003 file. Remove the password in Word (File > Info > Protect Document) or save it as .docx"
                : "it is not a readable zip package (" + ex.Message.TrimEnd('.') + ")";
            diagnostics.Add(RenderDescriptors.TemplateNotOoxml, location, displayName, reason);
            return null;
        }
    }

    private static TemplateFile? Vet(string path, string displayName, List<TemplateEntry> entries, SourceLocation location, DiagnosticBag diagnostics, TemplateLimits limits, bool readOnly)
    {
        // The package's own XML is read with a tree below: its depth is checked first, as a stream.
        foreach (var entry in entries.Where(e => e.Name == TemplatePartNames.ContentTypes || e.Name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
        {
            if (!TemplateContentScanner.Scan(entry, limits, displayName, location, diagnostics))
            {
                return null;
            }
        }

        var byName = entries.GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        if (!byName.TryGetValue("[Content_Types].xml", out var typesEntry))
        {
            diagnostics.Add(RenderDescriptors.TemplateNotOoxml, location, displayName, "the zip has no [Content_Types].xml, so it is not an Office Open XML package");
            return null;
        }

        if (!byName.TryGetValue("_rels/.rels", out var rootRels))
        {
            diagnostics.Add(RenderDescriptors.TemplateNotOoxml, location, displayName, "the zip has no _rels/.rels, so it is not an Office Open XML package");
            return null;
        }

        var contentTypes = Parse(typesEntry.Data);
        XNamespace ct = ContentTypesNs;
        string? mainPart = Parse(rootRels.Data).Root?.Elements(XName.Get("Relationship", PackageRelationships))
            .FirstOrDefault(r => (string?)r.Attribute("Type") == OfficeDocument && (string?)r.Attribute("TargetMode") != "External")?
            .Attribute("Target")?.Value;
        if (mainPart is null)
        {
            diagnostics.Add(RenderDescriptors.TemplateNotOoxml, location, displayName, "the package has no main document");
            return null;
        }

        string mainName = "/" + mainPart.TrimStart('/');
        string mainType = ContentType(contentTypes, ct, mainName) ?? string.Empty;
        if (MacroMainTypes.Contains(mainType, StringComparer.OrdinalIgnoreCase))
        {
            diagnostics.Add(RenderDescriptors.TemplateHasMacros, location, displayName, "its main part is of the macro-enabled type " + mainType);
            return null;
        }

        if (mainType is not (DocumentMainType or TemplateMainType))
        {
            diagnostics.Add(RenderDescriptors.TemplateNotOoxml, location, displayName,
                mainType.Length == 0 ? "its main part '" + mainName + "' is missing or has no content type" : "its main part is '" + mainType + "', not WordprocessingML");
            return null;
        }

        if (!byName.ContainsKey(mainName.TrimStart('/')))
        {
            diagnostics.Add(RenderDescriptors.TemplateNotOoxml, location, displayName, "its main part '" + mainName + "' is missing");
            return null;
        }

        foreach (var entry in entries)
        {
            string name = "/" + entry.Name;
            string type = ContentType(contentTypes, ct, name) ?? string.Empty;
            if (entry.Name.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase) || type.Contains("vbaProject", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(RenderDescriptors.TemplateHasMacros, location, displayName, "it holds a VBA project (" + entry.Name + ")");
                return null;
            }

            if (type.Contains("activeX", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(RenderDescriptors.TemplateHasMacros, location, displayName, "it holds an ActiveX control (" + entry.Name + ")");
                return null;
            }
        }

        foreach (var rels in entries.Where(e => e.Name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var relationship in Parse(rels.Data).Root?.Elements(XName.Get("Relationship", PackageRelationships)) ?? [])
            {
                if (!string.Equals((string?)relationship.Attribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                string type = (string?)relationship.Attribute("Type") ?? string.Empty;
                if (type == Hyperlink && !TemplateLinks.IsLocal((string?)relationship.Attribute("Target") ?? string.Empty))
                {
                    continue;
                }

                if (readOnly && type == AttachedTemplate)
                {
                    continue; // Read, never followed: the import does not open it and writes nothing from it.
                }

                string shortType = type[(type.LastIndexOf('/') + 1)..];
                diagnostics.Add(RenderDescriptors.TemplateExternalRelationship, location, displayName,
                    (shortType.Length > 0 ? shortType : "a relationship") + " in " + rels.Name, (string?)relationship.Attribute("Target") ?? string.Empty);
                return null;
            }
        }

        foreach (var rels in entries.Where(e => e.Name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var relationship in Parse(rels.Data).Root?.Elements(XName.Get("Relationship", PackageRelationships)) ?? [])
            {
                if (RefusedRelationships.TryGetValue((string?)relationship.Attribute("Type") ?? string.Empty, out string? what))
                {
                    diagnostics.Add(RenderDescriptors.TemplateEmbeddedContent, location, displayName,
                        what + " ('" + ((string?)relationship.Attribute("Target") ?? string.Empty) + "')", rels.Name);
                    return null;
                }
            }
        }

        foreach (var entry in entries)
        {
            string type = ContentType(contentTypes, ct, "/" + entry.Name) ?? string.Empty;
            if (entry.Name.StartsWith("word/embeddings/", StringComparison.OrdinalIgnoreCase) || type.Contains("oleObject", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(RenderDescriptors.TemplateEmbeddedContent, location, displayName, "an embedded object", entry.Name);
                return null;
            }

            bool xml = type.EndsWith("xml", StringComparison.OrdinalIgnoreCase) || entry.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
                || entry.Name.EndsWith(".vml", StringComparison.OrdinalIgnoreCase) || string.Equals("/" + entry.Name, mainName, StringComparison.OrdinalIgnoreCase);
            if (xml && entry.Name != TemplatePartNames.ContentTypes && !TemplateContentScanner.Scan(entry, limits, displayName, location, diagnostics))
            {
                return null;
            }
        }

        // A .dotx stays typed as a template here; the package writer types the main part of what it writes (MainContentType).
        return new TemplateFile(path, displayName, entries);
    }

    private static string? ContentType(XDocument contentTypes, XNamespace ct, string partName)
    {
        var match = contentTypes.Root?.Elements(ct + "Override")
            .FirstOrDefault(o => string.Equals((string?)o.Attribute("PartName"), partName, StringComparison.OrdinalIgnoreCase));
        if (match is not null)
        {
            return (string?)match.Attribute("ContentType");
        }

        string extension = System.IO.Path.GetExtension(partName).TrimStart('.');
        return (string?)contentTypes.Root?.Elements(ct + "Default")
            .FirstOrDefault(d => string.Equals((string?)d.Attribute("Extension"), extension, StringComparison.OrdinalIgnoreCase))?
            .Attribute("ContentType");
    }

    /// <summary>Parses package XML with DTDs prohibited (no entity expansion, no external resolution).</summary>
    private static XDocument Parse(byte[] data)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(new MemoryStream(data, writable: false), settings);
        return XDocument.Load(reader);
    }

    private static string Size(long bytes) => bytes >= 1 << 20
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1 << 20):0.#} MiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes");
}
