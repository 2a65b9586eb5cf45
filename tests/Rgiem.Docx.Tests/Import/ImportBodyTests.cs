using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Import;
using Rgiem.Docx.Import;
using Rgiem.Testing;

namespace Rgiem.Docx.Tests.Import;

/// <summary>
/// A Word document made as Word makes them (not by rgiem): automatic clause numbers inherited through the styles'
/// basedOn chain, typed numbers, lists with levels and a restart, merged cells, and what a record cannot hold (a text
/// box, a comment, a field rgiem does not know), each reported with its paragraph.
/// </summary>
public sealed class ImportBodyTests : IDisposable
{
    private const string W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Automatic_numbers_come_from_the_numbering_of_the_styles_the_headings_are_based_on()
    {
        var (markdown, _) = Import();
        Assert.Contains("\n# 1 Introduction\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n## 1.1 Scope\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n# 2 Results\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n## 2.1 Typed\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n# Annex A: Terms\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_keep_their_levels_kinds_and_restarts()
    {
        var (markdown, _) = Import();
        Assert.Contains("- first bullet\n  - nested bullet\n- second bullet\n", markdown, StringComparison.Ordinal);
        Assert.Contains("1. step one\n2. step two\n", markdown, StringComparison.Ordinal);
        Assert.Contains("<!-- -->\n\n1. again one\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Emphasis_links_and_merged_cells_are_mapped()
    {
        var (markdown, diagnostics) = Import();
        Assert.Contains("Some **bold** and *italic* text with [a link](https://www.itu.int/).", markdown, StringComparison.Ordinal);
        Assert.Contains("+-----+-----+\n| Merged    |\n+=====+=====+\n| a   | b   |\n+-----+-----+\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics, d => d.Id == ImportDescriptors.MergedCells.Id);
    }

    [Fact]
    public void What_a_record_cannot_hold_is_reported_with_its_paragraph()
    {
        var (markdown, diagnostics) = Import();
        var box = Assert.Single(diagnostics, d => d.Id == ImportDescriptors.TextBox.Id);
        Assert.Contains("('Floating note')", box.Message, StringComparison.Ordinal);
        Assert.Contains("Paragraph ", box.Message, StringComparison.Ordinal);
        var comment = Assert.Single(diagnostics, d => d.Id == ImportDescriptors.Comment.Id);
        Assert.Contains("Editor", comment.Message, StringComparison.Ordinal);
        Assert.Contains("Please check", comment.Message, StringComparison.Ordinal);
        var field = Assert.Single(diagnostics, d => d.Id == ImportDescriptors.UnknownField.Id);
        Assert.Contains("DATE", field.Message, StringComparison.Ordinal);
        Assert.Contains("Dated 1 May 2024.", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Floating note", markdown, StringComparison.Ordinal);
        Assert.Single(diagnostics, d => d.Id == ImportDescriptors.NoCover.Id);
    }

    private (string Markdown, IReadOnlyList<Diagnostic> Diagnostics) Import()
    {
        string path = temp.Combine("word.docx");
        using (var document = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(Styles);
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(Numbering);
            main.AddNewPart<WordprocessingCommentsPart>().Comments = new Comments(
                $"<w:comments {W}><w:comment w:id=\"7\" w:author=\"Editor\"><w:p><w:r><w:t>Please check this figure</w:t></w:r></w:p></w:comment></w:comments>");
            main.AddHyperlinkRelationship(new Uri("https://www.itu.int/"), true, "rIdLink");
            main.Document = new Document(Body);
        }

        var diagnostics = new DiagnosticBag();
        var record = DocxImporter.Import(path, "word.docx", "word", diagnostics);
        Assert.NotNull(record);
        return (RecordWriter.Write(record), diagnostics.ToList());
    }

    private static string P(string style, string text, string numbering = "") =>
        $"<w:p><w:pPr><w:pStyle w:val=\"{style}\"/>{numbering}</w:pPr><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";

    private static string Num(int id, int level) => $"<w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{id}\"/></w:numPr>";

    private static string Styles => $"""
        <w:styles {W}>
          <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
          <w:style w:type="paragraph" w:styleId="ClauseLevel1"><w:name w:val="Clause level 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="ClauseLevel2"><w:name w:val="Clause level 2"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="ClauseLevel1"/></w:style>
          <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="ClauseLevel2"/></w:style>
          <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/></w:style>
          <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>
        </w:styles>
        """;

    private static string Numbering => $"""
        <w:numbering {W}>
          <w:abstractNum w:abstractNumId="0">
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
          </w:abstractNum>
          <w:abstractNum w:abstractNumId="1">
            <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
            <w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl>
          </w:abstractNum>
          <w:abstractNum w:abstractNumId="2">
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
          </w:abstractNum>
          <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
          <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
          <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
          <w:num w:numId="4"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
        </w:numbering>
        """;

    private static string Body => $"""
        <w:document {W} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:v="urn:schemas-microsoft-com:vml"><w:body>
          {P("Heading1", "Introduction")}
          <w:p><w:r><w:t xml:space="preserve">Some </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>bold</w:t></w:r><w:r><w:t xml:space="preserve"> and </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>italic</w:t></w:r><w:r><w:t xml:space="preserve"> text with </w:t></w:r><w:hyperlink r:id="rIdLink"><w:r><w:t>a link</w:t></w:r></w:hyperlink><w:r><w:t>.</w:t></w:r></w:p>
          {P("Heading2", "Scope")}
          {P("ListParagraph", "first bullet", Num(2, 0))}
          {P("ListParagraph", "nested bullet", Num(2, 1))}
          {P("ListParagraph", "second bullet", Num(2, 0))}
          {P("Normal", "Between the lists.")}
          {P("ListParagraph", "step one", Num(3, 0))}
          {P("ListParagraph", "step two", Num(3, 0))}
          {P("ListParagraph", "again one", Num(4, 0))}
          {P("Heading1", "Results")}
          <w:p><w:r><w:t xml:space="preserve">Dated </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \@ "d MMMM yyyy" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1 May 2024</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>.</w:t></w:r></w:p>
          {P("Heading3", "2.1\tTyped")}
          <w:p><w:commentRangeStart w:id="7"/><w:r><w:t>See the figure.</w:t></w:r><w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r></w:p>
          <w:p><w:r><w:t xml:space="preserve">Around a box. </w:t></w:r><w:r><w:pict><v:shape id="box" style="width:100pt;height:50pt"><v:textbox><w:txbxContent><w:p><w:r><w:t>Floating note</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>
          <w:tbl><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>
            <w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>{P("Normal", "Merged")}</w:tc></w:tr>
            <w:tr><w:tc>{P("Normal", "a")}</w:tc><w:tc>{P("Normal", "b")}</w:tc></w:tr>
          </w:tbl>
          {P("Heading3", "Annex A: Terms")}
        </w:body></w:document>
        """;
}
