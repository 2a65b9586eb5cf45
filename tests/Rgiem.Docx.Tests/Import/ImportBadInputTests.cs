using System.Text;
using Rgiem.Core.Diagnostics;
using Rgiem.Docx.Import;
using Rgiem.Docx.Templates;
using Rgiem.Docx.Tests.Templates;
using Rgiem.Testing;

namespace Rgiem.Docx.Tests.Import;

/// <summary>A document that is not a safe Word document gets the same diagnostic as a bad template, and no record.</summary>
public sealed class ImportBadInputTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    public static TheoryData<string, string> Cases => new()
    {
        { "not-a-zip", "RG8011" },
        { "zip-bomb", "RG8014" },
        { "macro", "RG8012" },
        { "macro-extension", "RG8012" },
        { "encrypted", "RG8011" },
        { "spreadsheet", "RG8011" },
        { "linked-image", "RG8013" },
        { "missing", "RG8010" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_bad_document_is_refused_as_a_bad_template_is(string name, string id)
    {
        string path = Make(name);
        var diagnostics = new DiagnosticBag();
        Assert.Null(DocxImporter.Import(path, name, "x", diagnostics));
        var error = Assert.Single(diagnostics.ToList(), d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(id, error.Id);
        Assert.Contains(TemplateChecker.Check(path, name).Diagnostics, d => d.Id == id);
    }

    [Fact]
    public void An_encrypted_document_is_named_as_such()
    {
        var diagnostics = new DiagnosticBag();
        DocxImporter.Import(Make("encrypted"), "secret.docx", "x", diagnostics);
        Assert.Contains("encrypted", Assert.Single(diagnostics.ToList()).Message, StringComparison.Ordinal);
    }

    private string Make(string name)
    {
        byte[] good = ImportRoundTrip.Get("rg-iem/2024-07-geneva-report").Docx;
        string path = temp.Combine(name + ".docx");
        switch (name)
        {
            case "not-a-zip":
                File.WriteAllText(path, "This is a plain text file called .docx.");
                break;
            case "zip-bomb":
                File.WriteAllBytes(path, HostileTemplateTests.Edit(good, entries => entries["word/media/bomb.bin"] = new byte[65 << 20]));
                break;
            case "macro":
                File.WriteAllBytes(path, HostileTemplateTests.Edit(good, entries => entries["word/vbaProject.bin"] = [0xD0, 0xCF, 0x11, 0xE0]));
                break;
            case "macro-extension":
                path = temp.Combine("report.docm");
                File.WriteAllBytes(path, good);
                break;
            case "encrypted":
                // An encrypted Word document is an OLE compound file holding EncryptionInfo and EncryptedPackage streams.
                var compound = new byte[4096];
                new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(compound, 0);
                Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(compound, 1024);
                File.WriteAllBytes(path, compound);
                break;
            case "spreadsheet":
                File.WriteAllBytes(path, HostileTemplateTests.Edit(good, entries => entries["[Content_Types].xml"] = Encoding.UTF8.GetBytes(
                    Encoding.UTF8.GetString(entries["[Content_Types].xml"]).Replace("wordprocessingml.document.main+xml", "spreadsheetml.sheet.main+xml", StringComparison.Ordinal))));
                break;
            case "linked-image":
                File.WriteAllBytes(path, HostileTemplateTests.Edit(good, entries => entries["word/_rels/document.xml.rels"] = Encoding.UTF8.GetBytes(
                    Encoding.UTF8.GetString(entries["word/_rels/document.xml.rels"]).Replace("</Relationships>",
                        "<Relationship Id=\"rIdImg\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"file:///etc/passwd\" TargetMode=\"External\"/></Relationships>", StringComparison.Ordinal))));
                break;
            case "missing":
                path = temp.Combine("nowhere.docx");
                break;
        }

        return path;
    }
}
