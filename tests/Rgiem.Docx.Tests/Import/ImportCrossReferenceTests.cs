using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Import;
using Rgiem.Docx.Import;
using Rgiem.Testing;

namespace Rgiem.Docx.Tests.Import;

/// <summary>
/// A document made as Word and TSB's templates make them, not by rgiem: Word's own <c>_Ref…</c> bookmarks on an
/// automatically numbered heading and a caption, cited by REF fields (number only, label and number, a page number),
/// TSB's style names (Heading_b, enumlev1/2, Table_No &amp; title). The ids are made from the targets' titles.
/// </summary>
public sealed class ImportCrossReferenceTests : IDisposable
{
    private const string W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void REF_fields_to_Word_bookmarks_become_citations_and_the_targets_get_ids_from_their_titles()
    {
        var (markdown, diagnostics) = Import();
        Assert.Contains("\n# 2 Results {#sec:results}\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\nTable: Meetings of the period {#tbl:meetings-of-the-period}\n", markdown, StringComparison.Ordinal);
        Assert.Contains("As @sec:results and @tbl:meetings-of-the-period show. @Sec:results is on page 3.", markdown, StringComparison.Ordinal);
        Assert.Contains("\n# 3 Results {#sec:results-2}\n", markdown, StringComparison.Ordinal);
        Assert.Contains("See @sec:results-2 and the marked text.", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics, d => d.Severity >= DiagnosticSeverity.Warning && d.Id != ImportDescriptors.NoCover.Id);
    }

    [Fact]
    public void TSB_paragraph_kinds_and_enumerations_are_mapped()
    {
        var (markdown, _) = Import();
        Assert.Contains("\n### Discussion {.headingb}\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n+ first dash\n  + nested dash\n+ second dash\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n1) one\n   1) part a\n   2) part b\n2) two\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\nb)\ta lettered item at the first level stays text\n", markdown, StringComparison.Ordinal);
    }

    private (string Markdown, IReadOnlyList<Diagnostic> Diagnostics) Import()
    {
        string path = temp.Combine("word.docx");
        using (var document = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(Styles);
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(Numbering);
            main.Document = new Document(Body);
        }

        var diagnostics = new DiagnosticBag();
        var record = DocxImporter.Import(path, "word.docx", "word", diagnostics);
        Assert.NotNull(record);
        return (RecordWriter.Write(record), diagnostics.ToList());
    }

    private static string P(string style, string text) =>
        $"<w:p><w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";

    private static string Ref(string bookmark, string switches, string shown) =>
        $"<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> REF {bookmark} {switches} </w:instrText></w:r>"
        + $"<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>{shown}</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";

    private static string T(string text) => $"<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>";

    private static string Styles => $"""
        <w:styles {W}>
          <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
          <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="Headingb0"><w:name w:val="Heading_b"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="TableNotitle0"><w:name w:val="Table_No &amp; title"/><w:basedOn w:val="Normal"/></w:style>
          <w:style w:type="paragraph" w:styleId="enumlev1"><w:name w:val="enumlev1"/><w:basedOn w:val="Normal"/></w:style>
          <w:style w:type="paragraph" w:styleId="enumlev2"><w:name w:val="enumlev2"/><w:basedOn w:val="enumlev1"/></w:style>
        </w:styles>
        """;

    private static string Numbering => $"""
        <w:numbering {W}>
          <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl></w:abstractNum>
          <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        </w:numbering>
        """;

    private static string Body => $"""
        <w:document {W}><w:body>
          {P("Heading1", "Introduction")}
          <w:p>{T("As clause ")}{Ref("_Ref151", "\\r \\h", "2")}{T(" and ")}{Ref("_Ref152", "\\h", "Table 1")}{T(" show. Clause ")}{Ref("_Ref151", "\\r \\h", "2")}{T(" is on page ")}{Ref("_Ref151", "\\p \\h", "3")}{T(".")}</w:p>
          <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:bookmarkStart w:id="1" w:name="_Ref151"/><w:r><w:t>Results</w:t></w:r><w:bookmarkEnd w:id="1"/></w:p>
          <w:p><w:pPr><w:pStyle w:val="TableNotitle0"/></w:pPr><w:bookmarkStart w:id="2" w:name="_Ref152"/><w:r><w:t xml:space="preserve">Table 1</w:t></w:r><w:bookmarkEnd w:id="2"/><w:r><w:t xml:space="preserve"> – Meetings of the period</w:t></w:r></w:p>
          <w:tbl><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid><w:tr><w:tc>{P("Normal", "Meeting")}</w:tc></w:tr><w:tr><w:tc>{P("Normal", "May 2023")}</w:tc></w:tr></w:tbl>
          {P("Headingb0", "Discussion")}
          {P("enumlev1", "–\tfirst dash")}
          {P("enumlev2", "–\tnested dash")}
          {P("enumlev1", "–\tsecond dash")}
          {P("Normal", "Between.")}
          {P("enumlev1", "1)\tone")}
          {P("enumlev2", "a)\tpart a")}
          {P("enumlev2", "b)\tpart b")}
          {P("enumlev1", "2)\ttwo")}
          {P("enumlev1", "b)\ta lettered item at the first level stays text")}
          <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:bookmarkStart w:id="3" w:name="_Ref153"/><w:r><w:t>Results</w:t></w:r><w:bookmarkEnd w:id="3"/></w:p>
          <w:p>{T("See clause ")}{Ref("_Ref153", "\\r \\h", "3")}{T(" and the ")}<w:bookmarkStart w:id="4" w:name="_Ref154"/>{T("marked")}<w:bookmarkEnd w:id="4"/>{T(" text.")}{Ref("_Ref154", "\\h", "")}</w:p>
        </w:body></w:document>
        """;
}
