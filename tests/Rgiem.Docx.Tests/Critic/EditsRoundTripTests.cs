using Rgiem.Core.Diagnostics;
using Rgiem.Core.Import.Edits;
using Rgiem.Docx.Import.Edits;
using Rgiem.Testing;
using static Rgiem.Docx.Tests.Critic.EditsHarness;
using static Rgiem.Docx.Tests.DocxPackage;

namespace Rgiem.Docx.Tests.Critic;

public class EditsRoundTripTests
{
    private const string Body = "# 1 Introduction\n\n"
        + "The group met on Tuesday, 30 July 2024 (0930-1045 hours), chaired by the Rapporteur.\n\n"
        + "# 2 Action plan\n\n"
        + "The group reviewed the updated action plan and *agreed* to forward it to WP2.\n\n"
        + "| Metric | 2024 |\n|---|--:|\n| CxO meetings | 3 |\n| New members | 11 |\n";



    private static byte[] Edit(byte[] docx) => new WordEdits(docx)
        .Insert("chaired by the Rapporteur", " and two associate rapporteurs")
        .Delete("updated ")
        .Replace("reviewed", "discussed")
        .Comment("action plan", "Which revision?")
        .Replace("3", "4", author: "Noah Luo")
        .Save();

    [Fact]
    public void Word_edits_come_back_as_criticmarkup_at_their_places()
    {
        string record = Records.WithBody(Body);
        var (text, diagnostics) = ImportEdits(record, Edit(Build(record)));
        Assert.Empty(diagnostics);
        string expected = record
            .Replace("chaired by the Rapporteur.", "chaired by the Rapporteur{++@Ed Itor 2026-12-01T09:30Z:  and two associate rapporteurs++}.", StringComparison.Ordinal)
            .Replace("The group reviewed the updated action plan", "The group {~~@Ed Itor 2026-12-01T09:30Z: reviewed~>discussed~~} the {--@Ed Itor 2026-12-01T09:30Z: updated --}{==action plan==}{>>@Rev Iewer 2026-12-01T09:30Z: Which revision?<<}", StringComparison.Ordinal)
            .Replace("| CxO meetings | 3 |", "| CxO meetings | {~~@Noah Luo 2026-12-01T09:30Z: 3~>4~~} |", StringComparison.Ordinal);
        Assert.Equal(expected, text);
    }

    [Fact]
    public void The_imported_record_builds_to_the_same_revisions_and_a_second_import_adds_nothing()
    {
        string record = Records.WithBody(Body);
        byte[] edited = Edit(Build(record));
        var (text, _) = ImportEdits(record, edited);
        byte[] rebuilt = Build(text);

        static List<string> Revisions(byte[] docx)
        {
            var body = DocxPackage.Open(docx).Body;
            return body.Descendants().Where(e => e.Name == W + "ins" || e.Name == W + "del")
                .Select(e => $"{e.Name.LocalName}|{(string?)e.Attribute(W + "author")}|{(string?)e.Attribute(W + "date")}|{string.Concat(e.Descendants().Where(t => t.Name == W + "t" || t.Name == W + "delText").Select(t => t.Value))}")
                .ToList();
        }

        Assert.Equal(Revisions(edited), Revisions(rebuilt));
        var comments = DocxPackage.Open(rebuilt).Comments!.Root!.Elements(W + "comment").ToList();
        Assert.Equal("Rev Iewer|2026-12-01T09:30:00Z|Which revision?", $"{(string?)comments[0].Attribute(W + "author")}|{(string?)comments[0].Attribute(W + "date")}|{Text(comments[0])}");
        WordCompatibility.AssertCompatible(rebuilt);

        // The rebuilt document has nothing the record lacks.
        var (again, diagnostics) = ImportEdits(text, rebuilt);
        Assert.Equal(text, again);
        Assert.Equal(["RG8245: 'edited.docx' has no tracked change or comment that the record does not already have; nothing was written"], diagnostics);
    }

    [Fact]
    public void Accept_applies_the_changes_and_keeps_the_comments()
    {
        string record = Records.WithBody(Body);
        var (text, diagnostics) = ImportEdits(record, Edit(Build(record)), accept: true);
        Assert.Empty(diagnostics);
        Assert.Contains("chaired by the Rapporteur and two associate rapporteurs.", text, StringComparison.Ordinal);
        Assert.Contains("The group discussed the {==action plan==}{>>@Rev Iewer 2026-12-01T09:30Z: Which revision?<<} and *agreed*", text, StringComparison.Ordinal);
        Assert.Contains("| CxO meetings | 4 |", text, StringComparison.Ordinal);
    }

    [Fact]
    public void What_cannot_be_placed_is_reported()
    {
        string record = Records.WithBody(Body);
        byte[] docx = Build(record);
        // Changed without track changes: the text differs, no revision says so.
        var (_, diagnostics) = ImportEdits(record, Untracked(docx));
        Assert.Contains(diagnostics, d => d.StartsWith("RG8242", StringComparison.Ordinal));
    }

    private static byte[] Untracked(byte[] docx)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, true))
        {
            var text = document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().First(t => t.Text.Contains("chaired by", StringComparison.Ordinal));
            text.Text = text.Text.Replace("chaired by", "led by", StringComparison.Ordinal);
        }

        return stream.ToArray();
    }
}
