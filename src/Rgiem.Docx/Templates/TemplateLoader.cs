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
/// remote attached template, a linked picture). Every refusal is a diagnostic, never an exception.
/// </summary>
internal static class TemplateLoader
{
    public const string DocumentMainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    public const string TemplateMainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";

    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private const string Hyperlink = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

    private static readonly string[] MacroMainTypes =
    [
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    ];

    public static TemplateFile? Load(string path, string displayName, SourceLocation location, DiagnosticBag diagnostics, TemplateLimits? limits = null)
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
            return Vet(path, displayName, entries, location, diagnostics);
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
            long total = 0;
            var buffer = new byte[81920];
            foreach (var entry in archive.Entries)
            {
                if (entry.FullName.EndsWith('/'))
                {
                    continue;
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

                    output.Write(buffer, 0, read);
                }

                entries.Add(new TemplateEntry(entry.FullName, output.ToArray()));
            }

            return entries;
        }
        catch (InvalidDataException ex)
        {
            diagnostics.Add(RenderDescriptors.TemplateNotOoxml, location, displayName, "it is not a readable zip package (" + ex.Message.TrimEnd('.') + ")");
            return null;
        }
    }

    private static TemplateFile? Vet(string path, string displayName, List<TemplateEntry> entries, SourceLocation location, DiagnosticBag diagnostics)
    {
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
                if (type == Hyperlink)
                {
                    continue;
                }

                string shortType = type[(type.LastIndexOf('/') + 1)..];
                diagnostics.Add(RenderDescriptors.TemplateExternalRelationship, location, displayName,
                    (shortType.Length > 0 ? shortType : "a relationship") + " in " + rels.Name, (string?)relationship.Attribute("Target") ?? string.Empty);
                return null;
            }
        }

        // The copy becomes a document: a .dotx main part is retyped, nothing else changes.
        var overrideElement = contentTypes.Root!.Elements(ct + "Override")
            .FirstOrDefault(o => string.Equals((string?)o.Attribute("PartName"), mainName, StringComparison.OrdinalIgnoreCase));
        if (overrideElement is not null && (string?)overrideElement.Attribute("ContentType") == TemplateMainType)
        {
            overrideElement.SetAttributeValue("ContentType", DocumentMainType);
            using var buffer = new MemoryStream();
            contentTypes.Save(buffer, SaveOptions.DisableFormatting);
            int index = entries.IndexOf(typesEntry);
            entries[index] = typesEntry with { Data = buffer.ToArray() };
        }

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
