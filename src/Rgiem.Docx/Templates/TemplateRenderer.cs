using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Docx.HouseStyle;
using Rgiem.Docx.Packaging;
using Rgiem.Docx.Writers;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Rgiem.Docx.Templates;

/// <summary>
/// Renders a record into a copy of a user template. Every part of the template is kept — styles,
/// numbering, theme, fonts, headers, footers, the page — and rgiem adds its content with fixed ids:
/// <list type="bullet">
/// <item>a template with placeholders keeps its body as the cover and gets them filled; the body goes where
/// <c>{{body}}</c> stands, else at the end;</item>
/// <item>a template without placeholders is used as pandoc uses a reference document: its body is
/// replaced by the built-in cover and the record's body, its last section (page size, margins, headers) kept.</item>
/// </list>
/// </summary>
internal static class TemplateRenderer
{
    /// <summary>The roles the body always needs.</summary>
    public static readonly string[] BodyRoles =
    [
        StyleRoles.Paragraph, StyleRoles.Heading1, StyleRoles.Heading2, StyleRoles.Heading3, StyleRoles.Heading4, StyleRoles.Annex,
        StyleRoles.ListParagraph, StyleRoles.Quote, StyleRoles.Code, StyleRoles.Table, StyleRoles.TableText, StyleRoles.TableHead,
        StyleRoles.ActionNumbered, StyleRoles.ActionPrefixed, StyleRoles.EndOfDocument, StyleRoles.Hyperlink,
    ];

    /// <summary>The roles of the built-in cover, needed when the template has no cover of its own.</summary>
    public static readonly string[] CoverRoles = [StyleRoles.CoverTable, StyleRoles.CoverText, StyleRoles.CoverAction];

    public static readonly string[] TocRoles = [StyleRoles.TocHeading, StyleRoles.Toc1, StyleRoles.Toc2, StyleRoles.Toc3];

    public static byte[]? Build(MeetingRecord record, LogoImage? logo, TemplateFile template, bool validate, SourceLocation location, DiagnosticBag diagnostics, out List<string> validationErrors)
    {
        validationErrors = [];
        using var stream = template.OpenPackage();
        try
        {
            using (var document = WordprocessingDocument.Open(stream, true))
            {
                if (!Fill(document, record, logo, template, location, diagnostics))
                {
                    return null;
                }

                if (validate)
                {
                    validationErrors = DocxRenderer.Validate(document);
                }
            }
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or IOException or InvalidOperationException or ArgumentException or FormatException)
        {
            diagnostics.Add(RenderDescriptors.TemplateNotOoxml, location, template.DisplayName, "its parts cannot be read (" + ex.Message.TrimEnd('.') + ")");
            return null;
        }

        return PackageWriter.Repack(stream.ToArray(), PackageKind.Document);
    }

    private static bool Fill(WordprocessingDocument document, MeetingRecord record, LogoImage? logo, TemplateFile template, SourceLocation location, DiagnosticBag diagnostics)
    {
        var metadata = record.Metadata;
        if (document.MainDocumentPart is not { } main || main.Document?.Body is not { } body)
        {
            diagnostics.Add(RenderDescriptors.TemplateNotOoxml, location, template.DisplayName, "it has no document body");
            return false;
        }

        var stylesPart = main.StyleDefinitionsPart ?? main.AddNewPart<StyleDefinitionsPart>("rIdRgiemStyles");
        stylesPart.Styles ??= new Styles();
        var numberingPart = main.NumberingDefinitionsPart ?? main.AddNewPart<NumberingDefinitionsPart>("rIdRgiemNumbering");
        numberingPart.Numbering ??= new Numbering();
        var numbering = numberingPart.Numbering;
        int abstractBase = numbering.Elements<AbstractNum>().Select(a => a.AbstractNumberId?.Value ?? 0).DefaultIfEmpty(0).Max();
        int numBase = numbering.Elements<NumberingInstance>().Select(n => n.NumberID?.Value ?? 0).DefaultIfEmpty(0).Max();

        var state = new RenderState(main, record.Path, new ListNumbering(abstractBase, numBase)) { TableOfContents = metadata.Toc, CrossReferences = CrossReferences.Of(record.Body) };
        var headers = main.HeaderParts.Select(h => (OpenXmlCompositeElement?)h.Header).Concat(main.FooterParts.Select(f => (OpenXmlCompositeElement?)f.Footer)).OfType<OpenXmlCompositeElement>().ToList();
        state.ReserveFootnoteIds(DocxRenderer.LargestFootnoteId(main));
        state.Review.ReserveCommentIds(DocxRenderer.LargestCommentId(main));
        state.ReserveDrawingIds(new OpenXmlElement[] { body }.Concat(headers).SelectMany(e => e.Descendants<DW.DocProperties>()).Select(d => d.Id?.Value ?? 0).DefaultIfEmpty(0U).Max());

        bool hasCover = PlaceholderFiller.Scan(body, "document").Any(p => Placeholders.IsKnown(p.Name));
        var roles = BodyRoles.Concat(hasCover ? [] : CoverRoles).Concat(metadata.Toc ? TocRoles : []).Concat(BodyStyleUse.Roles(record));
        var mapping = StyleMapping.Resolve(stylesPart.Styles, StylesBuilder.Build(metadata.Language, tableOfContents: true), roles, metadata.Styles, addMissing: true, template.DisplayName, location, diagnostics);

        var bodyWriter = new BodyWriter(state);
        List<OpenXmlElement> Mapped(IEnumerable<OpenXmlElement> elements)
        {
            var list = elements.ToList();
            mapping.Apply(list);
            return list;
        }

        var content = new PlaceholderContent
        {
            Metadata = metadata,
            Body = () => Mapped(DocumentAssembly.Body(record, bodyWriter)),
            Toc = () => Mapped(DocumentAssembly.Contents(record)),
            Action = () => Action(bodyWriter, metadata.Action, Mapped),
            Properties = Properties(metadata),
        };
        var filler = new PlaceholderFiller(content);
        var section = body.Elements<SectionProperties>().LastOrDefault();
        if (hasCover)
        {
            filler.Fill(body, "document");
            var rest = new List<OpenXmlElement>();
            if (metadata.Toc && !filler.Seen.Contains(Placeholders.Toc))
            {
                rest.AddRange(content.Toc());
            }

            if (!filler.Seen.Contains(Placeholders.Body))
            {
                rest.AddRange(content.Body());
            }

            Append(body, rest, section);
        }
        else
        {
            // A template without placeholders is a reference document: its sample text is not copied.
            foreach (var element in body.Elements().Where(e => e != section).ToList())
            {
                element.Remove();
            }

            var cover = new CoverPageWriter(state, bodyWriter).Write(metadata, logo);
            Append(body, Mapped(DocumentAssembly.Write(record, bodyWriter, cover, contentsAtDirective: false)), section);
        }

        if (body.Elements<SectionProperties>().LastOrDefault() is null)
        {
            body.Append(DocxRenderer.SectionProperties(headers: false));
        }

        foreach (var header in main.HeaderParts)
        {
            filler.Fill(header.Header, "header");
        }

        foreach (var footer in main.FooterParts)
        {
            filler.Fill(footer.Footer, "footer");
        }

        DocxRenderer.AppendFootnotes(main, state.Footnotes, mapping);
        DocxRenderer.AppendComments(main, state.Review.Comments, mapping);
        Report(filler, metadata, hasCover, template.DisplayName, location, diagnostics);
        state.Numbering.MergeInto(numbering);
        diagnostics.AddRange(state.Diagnostics.ToList());

        var settingsPart = main.DocumentSettingsPart ?? main.AddNewPart<DocumentSettingsPart>("rIdRgiemSettings");
        settingsPart.Settings ??= new Settings();
        settingsPart.Settings.RemoveAllChildren<AttachedTemplate>();

        // No prompt on open: every field rgiem writes carries its result, so a template's request to update them goes.
        settingsPart.Settings.RemoveAllChildren<UpdateFieldsOnOpen>();

        // The document properties are the record's, never the template's (nor its author or dates).
        var core = document.CoreFilePropertiesPart ?? document.AddNewPart<CoreFilePropertiesPart>(PackageWriter.CoreContentType, "rIdRgiemCore");
        using (var coreStream = core.GetStream(FileMode.Create))
        {
            coreStream.Write(CorePropertiesWriter.Write(metadata, CoverPageWriter.DocumentNumber(metadata)));
        }

        return true;
    }

    private static void Append(Body body, IEnumerable<OpenXmlElement> elements, SectionProperties? section)
    {
        foreach (var element in elements)
        {
            if (section is not null && section.Parent == body)
            {
                section.InsertBeforeSelf(element);
            }
            else
            {
                body.Append(element);
            }
        }
    }

    private static (IReadOnlyList<OpenXmlElement> Inline, IReadOnlyList<OpenXmlElement> After) Action(
        BodyWriter writer, IReadOnlyList<Block> action, Func<IEnumerable<OpenXmlElement>, List<OpenXmlElement>> mapped)
    {
        if (action.Count == 0)
        {
            return ([], []);
        }

        var blocks = mapped(writer.Write(action));
        if (action[0] is ParagraphBlock && blocks.Count > 0 && blocks[0] is Paragraph first)
        {
            var inline = first.Elements().Where(e => e is not ParagraphProperties).Select(e => e.CloneNode(true)).ToList();
            return (inline, blocks.Skip(1).ToList());
        }

        return ([], blocks);
    }

    private static Dictionary<string, string> Properties(RecordMetadata metadata)
    {
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Title"] = metadata.Title ?? string.Empty,
            ["Subject"] = CoverPageWriter.DocumentNumber(metadata),
            ["Author"] = metadata.Contacts.Count > 0 ? string.Join("; ", metadata.Contacts.Select(c => c.Name)) : metadata.Source ?? string.Empty,
            ["Keywords"] = string.Join("; ", metadata.Keywords),
            ["Comments"] = metadata.Abstract ?? string.Empty,
        };
        properties["Description"] = properties["Comments"];
        return properties;
    }

    private static void Report(PlaceholderFiller filler, RecordMetadata metadata, bool hasCover, string name, SourceLocation location, DiagnosticBag diagnostics)
    {
        foreach (var unknown in filler.Unknown.DistinctBy(u => (u.Name.ToLowerInvariant(), u.Kind)))
        {
            string suggestion = Core.Text.Suggestions.DidYouMean(unknown.Name, Placeholders.All.Select(p => p.Name));
            diagnostics.Add(RenderDescriptors.UnknownPlaceholder, location, name, unknown.Name, unknown.Kind + " in the " + unknown.Part, suggestion);
        }

        foreach (string missing in filler.Missing)
        {
            diagnostics.Add(RenderDescriptors.PlaceholderWithoutValue, location, name, missing, "; it is left empty", FrontMatterKey(missing));
        }

        if (!hasCover)
        {
            return;
        }

        foreach (var (field, names) in Placeholders.CoverFields)
        {
            if (Placeholders.RecordHas(metadata, field) && !names.Any(filler.Seen.Contains))
            {
                diagnostics.Add(RenderDescriptors.FieldWithoutPlace, location, field, name, string.Empty);
            }
        }

        if (filler.ShowsOneContactOnly)
        {
            diagnostics.Add(RenderDescriptors.FieldWithoutPlace, location, "contacts", name,
                $": it shows one contact outside a table row, and the record has {metadata.Contacts.Count} (a table row with contact placeholders is repeated for each)");
        }
    }

    private static string FrontMatterKey(string placeholder) => placeholder switch
    {
        var p when p.StartsWith("contact", StringComparison.Ordinal) => "contacts",
        var p when p.StartsWith("meeting", StringComparison.Ordinal) => "meeting",
        _ => placeholder,
    };
}
