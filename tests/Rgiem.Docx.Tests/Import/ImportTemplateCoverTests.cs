using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Import;
using Rgiem.Docx.Import;
using Rgiem.Testing;

namespace Rgiem.Docx.Tests.Import;

/// <summary>
/// A cover that is none of TSB's forms, made from some other template: content controls tagged (or only titled) with
/// field names, a custom document property, the core properties, and what cannot be mapped (a control named after no
/// field, a line of text), reported with its place.
/// </summary>
public sealed class ImportTemplateCoverTests : IDisposable
{
    private const string W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Content_controls_and_document_properties_give_the_cover_fields()
    {
        var (record, markdown, diagnostics) = Import();
        var cover = record.Cover;
        Assert.Equal("SG17-TD580", cover.Number);
        Assert.Equal("TD", cover.Type);
        Assert.Equal("SG17", cover.Parent);
        Assert.Equal("Q10/17", cover.Group);
        Assert.Equal("2025-2028", cover.StudyPeriod);
        Assert.Equal("Rapporteur, Q10/17", cover.Source);
        Assert.Equal("Report of the Q10/17 meeting", cover.Title);
        Assert.Equal("Approval", cover.Purpose);
        Assert.Equal("The report of the meeting.", cover.Abstract);
        Assert.Equal(["security", "identity"], cover.Keywords);
        Assert.Equal(new DateOnly(2025, 3, 4), cover.Meeting?.From);
        var contact = Assert.Single(cover.Contacts);
        Assert.Equal(("Ana Lima", "Anatel", "Brazil", "ana@example.org"), (contact.Name, contact.Organization, contact.Country, contact.Email));
        Assert.Contains("\n# 1 Scope\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Prepared for the plenary", markdown, StringComparison.Ordinal);

        var unmapped = diagnostics.Where(d => d.Id == ImportDescriptors.CoverContentUnmapped.Id).Select(d => d.Message).ToList();
        Assert.Equal(2, unmapped.Count);
        Assert.Contains(unmapped, m => m.Contains("a content control named 'reviewer'", StringComparison.Ordinal));
        Assert.Contains(unmapped, m => m.Contains("text 'Prepared for the plenary'", StringComparison.Ordinal) && m.StartsWith("Paragraph ", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.Id == ImportDescriptors.NoCover.Id || d.Id == ImportDescriptors.CoverFieldsMissing.Id);
    }

    private (ImportedRecord Record, string Markdown, IReadOnlyList<Diagnostic> Diagnostics) Import()
    {
        string path = temp.Combine("other.docx");
        using (var document = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles($"""
                <w:styles {W}>
                  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
                  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>
                </w:styles>
                """);
            main.Document = new Document(Body);
            document.PackageProperties.Title = "Report of the Q10/17 meeting";
            document.PackageProperties.Keywords = "security; identity";
            var custom = document.AddCustomFilePropertiesPart();
            custom.Properties = new DocumentFormat.OpenXml.CustomProperties.Properties(
                "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
                + "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\"source\"><vt:lpwstr>Rapporteur, Q10/17</vt:lpwstr></property></Properties>");
        }

        var diagnostics = new DiagnosticBag();
        var record = DocxImporter.Import(path, "other.docx", "other", diagnostics);
        Assert.NotNull(record);
        return (record, RecordWriter.Write(record), diagnostics.ToList());
    }

    private static string Control(string tag, string text, bool alias = false) =>
        $"<w:sdt><w:sdtPr>{(alias ? $"<w:alias w:val=\"{tag}\"/>" : $"<w:tag w:val=\"{tag}\"/>")}</w:sdtPr><w:sdtContent><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:sdtContent></w:sdt>";

    private static string Body => $"""
        <w:document {W}><w:body>
          <w:p><w:r><w:t>STUDY GROUP 17 · Q10/17 · STUDY PERIOD 2025-2028</w:t></w:r></w:p>
          <w:p><w:r><w:t xml:space="preserve">TD </w:t></w:r>{Control("number", "SG17-TD580")}<w:r><w:t xml:space="preserve"> — Geneva, 4-6 March 2025</w:t></w:r></w:p>
          <w:p>{Control("purpose", "Approval", alias: true)}</w:p>
          <w:p>{Control("abstract", "The report of the meeting.")}</w:p>
          <w:p>{Control("contact.name", "Ana Lima")}{Control("contact.organization", "Anatel")}{Control("contact.country", "Brazil")}{Control("contact.email", "ana@example.org")}</w:p>
          <w:p>{Control("reviewer", "Bo Chen")}</w:p>
          <w:p><w:r><w:t>Prepared for the plenary</w:t></w:r></w:p>
          <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">1 Scope</w:t></w:r></w:p>
          <w:p><w:r><w:t>The text.</w:t></w:r></w:p>
        </w:body></w:document>
        """;
}
