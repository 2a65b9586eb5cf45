using System.Diagnostics;
using System.Text;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Docx.Templates;

namespace Rgiem.Docx.Tests.Templates;

/// <summary>
/// Templates that the zip, macro and relationship checks let through before issue 17: entry names that are not
/// part names, fields that read files or URLs, OLE objects, altChunk, deep nesting. Each is refused by
/// <c>rgiem template check</c> and by a build, with its own ID, and nothing is written.
/// </summary>
public sealed class HostileTemplateContentTests : IDisposable
{
    private const string Rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "rgiem-hostile-content-" + Guid.NewGuid().ToString("N"));

    public HostileTemplateContentTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    public static TheoryData<string, string> Cases => new()
    {
        { "entry-parent", "RG8025" },
        { "entry-absolute", "RG8025" },
        { "entry-backslash", "RG8025" },
        { "entry-dot-segment", "RG8025" },
        { "entry-same-name-other-case", "RG8025" },
        { "includetext-simple", "RG8026" },
        { "includepicture-split-over-runs", "RG8026" },
        { "includetext-lower-case", "RG8026" },
        { "link-field", "RG8026" },
        { "dde-field", "RG8026" },
        { "ddeauto-field", "RG8026" },
        { "import-field", "RG8026" },
        { "fillin-field", "RG8026" },
        { "field-name-from-nested-field", "RG8026" },
        { "hyperlink-field-to-file", "RG8026" },
        { "field-in-header", "RG8026" },
        { "ole-object", "RG8027" },
        { "ole-part-only", "RG8027" },
        { "altchunk-html", "RG8027" },
        { "mail-merge", "RG8027" },
        { "hyperlink-relationship-to-file", "RG8013" },
        { "nested-content-controls", "RG8014" },
        { "huge-part", "RG8014" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_hostile_template_is_refused_by_check_and_build(string name, string id)
    {
        string path = Make(name);
        byte[] before = File.ReadAllBytes(path);
        var watch = Stopwatch.StartNew();

        var check = TemplateChecker.Check(path, name);
        var error = Assert.Single(check.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(id, error.Id);

        var record = new MeetingRecord("r.md", new RecordMetadata { Title = "T", Template = path }, []);
        var result = new DocxRenderer().Render(record, folder);
        Assert.Null(result.Content);
        Assert.Equal(id, Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error).Id);

        // Refused at once: the nesting check is a stream read (50,000 nested content controls took over a minute).
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"{name} took {watch.Elapsed}");
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(new[] { Path.GetFileName(path) }, Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple>")]
    [InlineData("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"https://www.itu.int/\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>ITU</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>")]
    [InlineData("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>IF 1 = 1 \"</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>DATE</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:instrText>\"</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>")]
    [InlineData("<w:r><w:t>INCLUDETEXT is only text here</w:t></w:r>")]
    public void Harmless_fields_and_text_pass(string paragraphContent)
    {
        string path = Path.Combine(folder, "harmless.dotx");
        File.WriteAllBytes(path, WithParagraph(paragraphContent));
        Assert.DoesNotContain(TemplateChecker.Check(path, "harmless.dotx").Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var record = new MeetingRecord("r.md", new RecordMetadata { Title = "T", Template = path }, []);
        Assert.NotNull(new DocxRenderer().Render(record, folder).Content);
    }

    [Theory]
    [InlineData("word/document.xml", null)]
    [InlineData("customXml/item1.xml", null)]
    [InlineData("word/media/image%201.png", null)]
    [InlineData("../x.xml", "segment")]
    [InlineData("/word/x.xml", "absolute")]
    [InlineData("C:/x.xml", "absolute")]
    [InlineData("word\\x.xml", "backslash")]
    [InlineData("word//x.xml", "empty segment")]
    [InlineData("word/x.", "dot")]
    [InlineData("word/x%2Fy.xml", "percent-encodes")]
    [InlineData("word/x%41.xml", "percent-encodes")]
    [InlineData("word/x\u001b.xml", "control character")]
    [InlineData("word/é.xml", "may not")]
    public void Part_names_follow_the_OPC_grammar(string name, string? problem)
    {
        string? found = TemplatePartNames.Problem(name);
        if (problem is null)
        {
            Assert.Null(found);
        }
        else
        {
            Assert.Contains(problem, found, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Word_leftovers_in_trash_are_dropped_not_copied()
    {
        string path = Path.Combine(folder, "trash.dotx");
        File.WriteAllBytes(path, HostileTemplateTests.Edit(BuiltInTemplate.Export(), entries => entries["[trash]/0000.dat"] = [1, 2, 3]));
        Assert.DoesNotContain(TemplateChecker.Check(path, "trash.dotx").Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var record = new MeetingRecord("r.md", new RecordMetadata { Title = "T", Template = path }, []);
        byte[] content = new DocxRenderer().Render(record, folder).Content!;
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(content));
        Assert.DoesNotContain(zip.Entries, e => e.FullName.Contains("trash", StringComparison.Ordinal));
    }

    private string Make(string name)
    {
        string path = Path.Combine(folder, name + ".dotx");
        byte[] bytes = name switch
        {
            "entry-parent" => Edit(e => e["../evil.xml"] = Xml("<x/>")),
            "entry-absolute" => Edit(e => e["/etc/evil.xml"] = Xml("<x/>")),
            "entry-backslash" => Edit(e => e["word\\evil.xml"] = Xml("<x/>")),
            "entry-dot-segment" => Edit(e => e["word/./evil.xml"] = Xml("<x/>")),
            "entry-same-name-other-case" => Edit(e => e["WORD/DOCUMENT.XML"] = e["word/document.xml"]),
            "includetext-simple" => WithParagraph("<w:fldSimple w:instr=\" INCLUDETEXT &quot;/etc/passwd&quot; \"><w:r><w:t>x</w:t></w:r></w:fldSimple>"),
            "includepicture-split-over-runs" => WithParagraph(
                "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> INCLUDE</w:instrText></w:r>"
                + "<w:r><w:instrText>PIC</w:instrText></w:r><w:r><w:instrText xml:space=\"preserve\">TURE \"http://attacker.example/x.png\" \\d</w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>x</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"),
            "includetext-lower-case" => WithParagraph("<w:fldSimple w:instr=\"includeText c:\\\\secret.txt\"/>"),
            "link-field" => WithParagraph(Complex("LINK Excel.Sheet.8 \"C:\\\\data.xls\" \"Sheet1!R1C1\" \\a")),
            "dde-field" => WithParagraph(Complex("DDE cmd \"/c calc\"")),
            "ddeauto-field" => WithParagraph(Complex("DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe \"/k calc.exe\"")),
            "import-field" => WithParagraph(Complex("IMPORT \"/etc/passwd\"")),
            "fillin-field" => WithParagraph(Complex("FILLIN \"Your password?\"")),
            "field-name-from-nested-field" => WithParagraph(
                "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>QUOTE \"INCLUDETEXT\"</w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> \"/etc/passwd\"</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"),
            "hyperlink-field-to-file" => WithParagraph(Complex("HYPERLINK \"file:///etc/passwd\"")),
            "field-in-header" => Edit(e => e["word/header1.xml"] = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(e["word/header1.xml"])
                .Replace("</w:hdr>", "<w:p><w:fldSimple w:instr=\"INCLUDEPICTURE http://attacker.example/t.png\"/></w:p></w:hdr>", StringComparison.Ordinal))),
            "ole-object" => Edit(e =>
            {
                e["word/document.xml"] = Insert(e["word/document.xml"],
                    "<w:p><w:r><w:object><o:OLEObject xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:r=\"" + Rels + "\" Type=\"Embed\" ProgID=\"Package\" r:id=\"rIdOle\"/></w:object></w:r></w:p>");
                e["word/_rels/document.xml.rels"] = AddRelationship(e["word/_rels/document.xml.rels"], "rIdOle", Rels + "/oleObject", "embeddings/oleObject1.bin");
                e["word/embeddings/oleObject1.bin"] = [0xD0, 0xCF, 0x11, 0xE0];
            }),
            "ole-part-only" => Edit(e => e["word/embeddings/oleObject1.bin"] = [0xD0, 0xCF, 0x11, 0xE0]),
            "altchunk-html" => Edit(e =>
            {
                e["word/document.xml"] = Insert(e["word/document.xml"], "<w:altChunk xmlns:r=\"" + Rels + "\" r:id=\"rIdChunk\"/>");
                e["word/_rels/document.xml.rels"] = AddRelationship(e["word/_rels/document.xml.rels"], "rIdChunk", Rels + "/aFChunk", "chunk.html");
                e["word/chunk.html"] = Encoding.UTF8.GetBytes("<html><body><script>alert(1)</script><img src=\"file:///etc/passwd\"></body></html>");
            }),
            "mail-merge" => Edit(e => e["word/settings.xml"] = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(e["word/settings.xml"])
                .Replace("</w:settings>", "<w:mailMerge><w:mainDocumentType w:val=\"formLetters\"/><w:connectString w:val=\"Provider=Microsoft.ACE.OLEDB.12.0;Data Source=C:\\secret.xlsx\"/><w:query w:val=\"SELECT * FROM x\"/></w:mailMerge></w:settings>", StringComparison.Ordinal))),
            "hyperlink-relationship-to-file" => Edit(e => e["word/_rels/document.xml.rels"] = AddRelationship(
                e["word/_rels/document.xml.rels"], "rIdLink", Rels + "/hyperlink", "file:///etc/passwd\" TargetMode=\"External")),
            "nested-content-controls" => WithBody(string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 50_000)) + "<w:p/>" + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 50_000))),
            "huge-part" => Edit(e => e["word/media/huge.png"] = new byte[17 << 20]),
            _ => throw new ArgumentException(name),
        };
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string Complex(string instruction) =>
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> " + System.Security.SecurityElement.Escape(instruction)
        + " </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>x</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";

    private static byte[] WithParagraph(string content) => WithBody("<w:p>" + content + "</w:p>");

    private static byte[] WithBody(string xml) => Edit(e => e["word/document.xml"] = Insert(e["word/document.xml"], xml));

    private static byte[] Edit(Action<Dictionary<string, byte[]>> change) => HostileTemplateTests.Edit(BuiltInTemplate.Export(), change);

    private static byte[] Xml(string text) => Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>" + text);

    /// <summary>Puts <paramref name="xml"/> at the end of the body, before its section properties.</summary>
    private static byte[] Insert(byte[] document, string xml)
    {
        string text = Encoding.UTF8.GetString(document);
        int at = text.LastIndexOf("<w:sectPr", StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(text.Insert(at, xml));
    }

    private static byte[] AddRelationship(byte[] rels, string id, string type, string target) =>
        Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(rels).Replace("</Relationships>",
            $"<Relationship Id=\"{id}\" Type=\"{type}\" Target=\"{target}\"/></Relationships>", StringComparison.Ordinal));
}
