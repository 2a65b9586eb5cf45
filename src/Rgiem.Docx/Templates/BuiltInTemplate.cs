using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Docx.HouseStyle;
using Rgiem.Docx.Packaging;
using Rgiem.Docx.Writers;
using DocumentType = Rgiem.Core.Model.DocumentType;

namespace Rgiem.Docx.Templates;

/// <summary>
/// The built-in ITU-T template as a Word template (.dotx), generated from the same code as the built-in
/// rendering: the house styles (with the table-of-contents styles), the list numbering, the page and its
/// headers, and the cover of the chosen document type with a <c>{{field}}</c> marker for every value,
/// then <c>{{toc}}</c> and <c>{{body}}</c>. Restyled in Word or LibreOffice and passed back with
/// <c>--template</c>, it is filled like any user template. The bytes are deterministic.
/// </summary>
public static class BuiltInTemplate
{
    /// <summary>The file name <c>rgiem template export</c> writes by default.</summary>
    public static string FileName(DocumentType type) => type == DocumentType.TD ? "itu-t.dotx" : "itu-t-" + type.ToString().ToLowerInvariant() + ".dotx";

    public static byte[] Export(DocumentType type = DocumentType.TD)
    {
        var metadata = Markers(type);
        var relationships = PackageWriter.MainRelationships();
        var state = new RenderState(relationships, "itu-t.dotx");
        var overrides = new CoverOverrides(Number: "{{number}}", TypeLine: "{{type}}", Meeting: "{{meeting}}", Deadline: "{{deadline}}", LinkEmails: false);
        var content = new List<OpenXmlElement>(new CoverPageWriter(state, new BodyWriter(state)).Write(metadata, logo: null, overrides))
        {
            ParagraphFactory.Styled(StyleIds.Normal, InlineWriter.TextRun("{{toc}}")),
            ParagraphFactory.Styled(StyleIds.Normal, InlineWriter.TextRun("{{body}}")),
        };
        var properties = new RecordMetadata { Title = "ITU-T " + CoverPageWriter.TypeLine(type) + " (rgiem built-in template)", Abstract = "Placeholders: see docs/templates.md." };
        return PackageWriter.Write(new WordPackage
        {
            Kind = PackageKind.Template,
            Level = Packaging.CompressedEntry.SharedLevel,
            Language = metadata.Language,
            TableOfContents = true,
            Document = new DocumentFormat.OpenXml.Wordprocessing.Document(DocxRenderer.Body(content)),
            Numbering = state.Numbering,
            LaterPagesHeader = HeaderWriter.LaterPages("{{number}}"),
            Relationships = relationships,
            CoreProperties = CorePropertiesWriter.Write(properties, "{{number}}"),
            AppProperties = DocPropertiesWriter.App(properties),
            CustomProperties = DocPropertiesWriter.Custom(properties, "{{number}}"),
        });
    }

    /// <summary>Schema errors of the exported template (none expected).</summary>
    public static IReadOnlyList<string> Validate(byte[] template)
    {
        using var stream = new MemoryStream(template, writable: false);
        using var document = WordprocessingDocument.Open(stream, false);
        return DocxRenderer.Validate(document);
    }

    private static RecordMetadata Markers(DocumentType type) => new()
    {
        Type = type,
        Parent = "{{parent}}",
        StudyPeriod = "{{study-period}}",
        Original = "{{original}}",
        Questions = ["{{questions}}"],
        Source = "{{source}}",
        Title = "{{title}}",
        Purpose = "{{purpose}}",
        Contacts = [new Contact("{{contact.name}}", "{{contact.organization}}", "{{contact.country}}", "{{contact.tel}}", "{{contact.email}}")],
        Keywords = ["{{keywords}}"],
        Abstract = "{{abstract}}",
        Action = [new ParagraphBlock([new TextRun("{{action}}")], SourceLocation.None)],
        ForAction = ["{{for-action}}"],
        ForInformation = ["{{for-information}}"],
        Approval = "{{approval}}",
    };
}
