using System.Globalization;
using System.Text;
using System.Xml;
using Rgiem.Core.Diagnostics;

namespace Rgiem.Docx.Templates;

/// <summary>
/// Reads every XML part of a template once, as a stream (time linear in its size, memory bounded by the
/// nesting limit), before the Open XML SDK builds a tree of it, and refuses:
/// <list type="bullet">
/// <item>nesting deeper than <see cref="TemplateLimits.MaxXmlDepth"/> (RG8014): 50,000 nested content controls in a
/// 10 KB file would otherwise cost minutes in every later pass;</item>
/// <item>fields that read other files or URLs, or prompt, when Word updates them (RG8026), in a <c>w:fldSimple</c> or
/// a complex field whose instruction may be split over any number of runs, in any part (body, headers, footers,
/// notes, the glossary of building blocks);</item>
/// <item>embedded or linked content a report template has no use for (RG8027): OLE objects, ActiveX controls,
/// alternative-format chunks (<c>w:altChunk</c>), sub-documents and mail merge data sources.</item>
/// </list>
/// The field names are those Microsoft documents as reading outside the document ("List of field codes in Word").
/// </summary>
internal static class TemplateContentScanner
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string WStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private const string O = "urn:schemas-microsoft-com:office:office";

    /// <summary>Fields refused, with what each does outside the document.</summary>
    public static readonly IReadOnlyDictionary<string, string> RefusedFields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["INCLUDETEXT"] = "inserts the text of another file",
        ["INCLUDE"] = "inserts the text of another file (the old name of INCLUDETEXT)",
        ["INCLUDEPICTURE"] = "inserts a picture from a file or URL",
        ["IMPORT"] = "inserts a picture from a file",
        ["LINK"] = "links to content of another file through OLE",
        ["DDE"] = "fetches data from another program (dynamic data exchange)",
        ["DDEAUTO"] = "fetches data from another program (dynamic data exchange), automatically",
        ["DATABASE"] = "queries an external database",
        ["RD"] = "reads another file to build a table of contents or an index",
        ["PRINT"] = "sends raw commands to the printer",
        ["MACROBUTTON"] = "runs a macro or Word command",
        ["FILLIN"] = "prompts the reader for text whenever fields are updated",
        ["ASK"] = "prompts the reader for text whenever fields are updated",
    };

    /// <summary>Elements refused wherever they stand, with what they are.</summary>
    private static readonly Dictionary<(string Namespace, string Name), string> RefusedElements = new()
    {
        [(W, "object")] = "an embedded or linked object (w:object)",
        [(WStrict, "object")] = "an embedded or linked object (w:object)",
        [(O, "OLEObject")] = "an OLE object (o:OLEObject)",
        [(W, "altChunk")] = "an alternative-format chunk (w:altChunk: HTML, RTF or another document imported when opened)",
        [(WStrict, "altChunk")] = "an alternative-format chunk (w:altChunk: HTML, RTF or another document imported when opened)",
        [(W, "subDoc")] = "a sub-document (w:subDoc)",
        [(WStrict, "subDoc")] = "a sub-document (w:subDoc)",
        [(W, "control")] = "an ActiveX control (w:control)",
        [(WStrict, "control")] = "an ActiveX control (w:control)",
        [(W, "mailMerge")] = "mail merge settings with a data source (w:mailMerge)",
        [(WStrict, "mailMerge")] = "mail merge settings with a data source (w:mailMerge)",
    };

    /// <summary>
    /// Scans one XML part; false (with a diagnostic) at the first problem. Throws <see cref="XmlException"/> when
    /// the part is not well-formed (the caller reports RG8011).
    /// </summary>
    public static bool Scan(TemplateEntry entry, TemplateLimits limits, string displayName, SourceLocation location, DiagnosticBag diagnostics)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = false,
        };
        using var reader = XmlReader.Create(new MemoryStream(entry.Data, writable: false), settings);
        var fields = new Stack<StringBuilder?>();
        bool more = reader.Read();
        for (; more; more = reader.Read())
        {
            // Reading an instruction's text leaves the reader on the node after it, which is examined in turn.
            while (more && reader.NodeType == XmlNodeType.Element && reader.LocalName is "instrText" or "delInstrText"
                && reader.NamespaceURI is W or WStrict && !reader.IsEmptyElement && reader.Depth < limits.MaxXmlDepth)
            {
                string text = reader.ReadElementContentAsString();
                if (fields.TryPeek(out var current) && current is not null && current.Length < 1024)
                {
                    current.Append(text);
                }

                more = !reader.EOF;
            }

            if (!more)
            {
                break;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.Depth >= limits.MaxXmlDepth)
            {
                diagnostics.Add(RenderDescriptors.TemplateTooLarge, location, displayName,
                    string.Create(CultureInfo.InvariantCulture, $"nests XML elements more than {limits.MaxXmlDepth} deep in {entry.Name}"),
                    string.Create(CultureInfo.InvariantCulture, $"{limits.MaxXmlDepth} levels of XML nesting"));
                return false;
            }

            if (RefusedElements.TryGetValue((reader.NamespaceURI, reader.LocalName), out string? what))
            {
                diagnostics.Add(RenderDescriptors.TemplateEmbeddedContent, location, displayName, what, entry.Name);
                return false;
            }

            if (reader.NamespaceURI is not (W or WStrict))
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "fldSimple":
                    if (!Check(reader.GetAttribute("instr", reader.NamespaceURI) ?? string.Empty, entry, displayName, location, diagnostics))
                    {
                        return false;
                    }

                    break;

                case "fldChar":
                    string type = reader.GetAttribute("fldCharType", reader.NamespaceURI) ?? string.Empty;
                    if (type == "begin")
                    {
                        // A field whose name is the result of another field cannot be read before Word updates it.
                        if (fields.TryPeek(out var parent) && parent is not null && string.IsNullOrWhiteSpace(parent.ToString()))
                        {
                            diagnostics.Add(RenderDescriptors.TemplateReadingField, location, displayName, "a field whose name is computed by another field", entry.Name, "nested field");
                            return false;
                        }

                        fields.Push(new StringBuilder());
                    }
                    else if (type is "separate" or "end" && fields.Count > 0)
                    {
                        var instruction = fields.Pop();
                        if (instruction is not null && !Check(instruction.ToString(), entry, displayName, location, diagnostics))
                        {
                            return false;
                        }

                        // After "separate" the result follows: the instruction is checked, the field is still open.
                        if (type == "separate")
                        {
                            fields.Push(null);
                        }
                    }

                    break;
            }
        }

        foreach (var instruction in fields)
        {
            if (instruction is not null && !Check(instruction.ToString(), entry, displayName, location, diagnostics))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The name of a field: the first word of its instruction.</summary>
    public static string FieldName(string instruction)
    {
        var span = instruction.AsSpan().TrimStart();
        int end = 0;
        while (end < span.Length && !char.IsWhiteSpace(span[end]) && span[end] is not ('\\' or '"'))
        {
            end++;
        }

        return span[..end].ToString();
    }

    private static bool Check(string instruction, TemplateEntry entry, string displayName, SourceLocation location, DiagnosticBag diagnostics)
    {
        string name = FieldName(instruction);
        string shown = instruction.Trim();
        if (shown.Length > 80)
        {
            shown = shown[..80] + "…";
        }

        if (RefusedFields.TryGetValue(name, out string? what))
        {
            diagnostics.Add(RenderDescriptors.TemplateReadingField, location, displayName, "a " + name.ToUpperInvariant() + " field, which " + what, entry.Name, shown);
            return false;
        }

        if (string.Equals(name, "HYPERLINK", StringComparison.OrdinalIgnoreCase) && LocalTarget(instruction) is { } target)
        {
            diagnostics.Add(RenderDescriptors.TemplateReadingField, location, displayName, "a HYPERLINK field to a local file or network share ('" + target + "')", entry.Name, shown);
            return false;
        }

        return true;
    }

    /// <summary>The target of a HYPERLINK field when it names a file or a network share rather than a web page.</summary>
    private static string? LocalTarget(string instruction)
    {
        string rest = instruction.TrimStart()["HYPERLINK".Length..].Trim();
        string target = rest.StartsWith('"') ? rest[1..].Split('"')[0] : rest.Split(' ', '\t')[0];
        return TemplateLinks.IsLocal(target) ? target : null;
    }
}
