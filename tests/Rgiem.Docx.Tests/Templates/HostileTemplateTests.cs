using System.IO.Compression;
using System.Text;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Docx.Templates;

namespace Rgiem.Docx.Tests.Templates;

/// <summary>Each hostile template is refused with its own error, before anything is written.</summary>
public sealed class HostileTemplateTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "rgiem-hostile-" + Guid.NewGuid().ToString("N"));

    public HostileTemplateTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    public static TheoryData<string, string> Cases => new()
    {
        { "macro-extension", "RG8012" },
        { "vba-project", "RG8012" },
        { "attached-template", "RG8013" },
        { "linked-image", "RG8013" },
        { "corrupt-zip", "RG8011" },
        { "not-ooxml", "RG8011" },
        { "spreadsheet", "RG8011" },
        { "too-many-entries", "RG8014" },
        { "zip-bomb", "RG8014" },
        { "missing", "RG8010" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_hostile_template_is_refused_and_nothing_is_rendered(string name, string id)
    {
        string path = Make(name);
        byte[]? before = File.Exists(path) ? File.ReadAllBytes(path) : null;
        var record = new MeetingRecord("r.md", new RecordMetadata { Title = "T", Template = path }, []);
        var result = new DocxRenderer().Render(record, folder);
        Assert.Null(result.Content);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(id, error.Id);

        Assert.Contains(TemplateChecker.Check(path, name).Diagnostics, d => d.Id == id);
        if (before is not null)
        {
            Assert.Equal(before, File.ReadAllBytes(path));
        }
    }

    private string Make(string name)
    {
        byte[] good = BuiltInTemplate.Export();
        string path = Path.Combine(folder, name + ".dotx");
        switch (name)
        {
            case "macro-extension":
                path = Path.Combine(folder, "group.dotm");
                File.WriteAllBytes(path, good);
                break;
            case "vba-project":
                File.WriteAllBytes(path, Edit(good, entries => entries["word/vbaProject.bin"] = [0xD0, 0xCF, 0x11, 0xE0]));
                break;
            case "attached-template":
                File.WriteAllBytes(path, Edit(good, entries => entries["word/_rels/settings.xml.rels"] = Encoding.UTF8.GetBytes(
                    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\" Target=\"https://example.org/group.dotx\" TargetMode=\"External\"/></Relationships>")));
                break;
            case "linked-image":
                File.WriteAllBytes(path, Edit(good, entries => entries["word/_rels/document.xml.rels"] = Encoding.UTF8.GetBytes(
                    Encoding.UTF8.GetString(entries["word/_rels/document.xml.rels"]).Replace("</Relationships>",
                        "<Relationship Id=\"rIdImg\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"file:///etc/passwd\" TargetMode=\"External\"/></Relationships>", StringComparison.Ordinal))));
                break;
            case "corrupt-zip":
                File.WriteAllBytes(path, good.Take(good.Length / 2).ToArray());
                break;
            case "not-ooxml":
                File.WriteAllText(path, "This is not a Word template.");
                break;
            case "spreadsheet":
                File.WriteAllBytes(path, Edit(good, entries => entries["[Content_Types].xml"] = Encoding.UTF8.GetBytes(
                    Encoding.UTF8.GetString(entries["[Content_Types].xml"]).Replace("wordprocessingml.template.main+xml", "spreadsheetml.sheet.main+xml", StringComparison.Ordinal))));
                break;
            case "too-many-entries":
                File.WriteAllBytes(path, Edit(good, entries =>
                {
                    for (int i = 0; i < 1001; i++)
                    {
                        entries[$"customXml/item{i}.xml"] = [];
                    }
                }));
                break;
            case "zip-bomb":
                File.WriteAllBytes(path, Edit(good, entries => entries["word/media/bomb.bin"] = new byte[65L << 20 > int.MaxValue ? 0 : (65 << 20)]));
                break;
            case "missing":
                path = Path.Combine(folder, "nowhere.dotx");
                break;
        }

        return path;
    }

    /// <summary>Rewrites a package with its entries changed by <paramref name="change"/>.</summary>
    internal static byte[] Edit(byte[] package, Action<Dictionary<string, byte[]>> change)
    {
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using (var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        {
            foreach (var entry in input.Entries)
            {
                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                entries[entry.FullName] = buffer.ToArray();
            }
        }

        change(entries);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in entries)
            {
                using var stream = archive.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                stream.Write(data);
            }
        }

        return output.ToArray();
    }
}
