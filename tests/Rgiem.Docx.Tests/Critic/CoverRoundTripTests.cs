using System.Xml.Linq;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Import.Edits;
using Rgiem.Docx.Import.Edits;
using Rgiem.Testing;
using static Rgiem.Docx.Tests.Critic.EditsHarness;
using static Rgiem.Docx.Tests.DocxPackage;

namespace Rgiem.Docx.Tests.Critic;

/// <summary>
/// The round trip of a review, cover included: a record is built, its DOCX edited as a reviewer does in Word (a cover
/// field changed, a comment on a cover field, body edits), imported with --edits, built again; the two documents have
/// the same revisions (type, author, date, text) and comments, on the cover and in the body.
/// </summary>
public sealed class CoverRoundTripTests
{
    private const string Record = """
        ---
        number: TSAG-TD521
        group: RG-IEM
        parent: TSAG
        study-period: 2022-2024
        meeting: {place: Geneva, from: 2024-07-29, to: 2024-08-02}
        source: Rapporteur, TSAG RG-IEM
        title: "Draft report of the RG-IEM meeting"
        purpose: Report
        contacts:
          - name: Glenn Parsons
            organization: Ericsson
            country: Canada
            email: rapporteur@example.org
        keywords: [TSAG, metrics]
        abstract: This TD contains the draft report of the RG-IEM meeting.
        ---

        # 1 Introduction

        The group met on Tuesday, 30 July 2024 (0930-1045 hours), chaired by the Rapporteur.

        # 2 Action plan

        The group reviewed the updated action plan and *agreed* to forward it to WP2.

        """;



    internal static byte[] Edited() => new WordEdits(Build(Record))
        .Replace("Draft", "Final")
        .Comment("Ericsson", "Which business unit?")
        .Replace("metrics", "statistics", author: "Noah Luo")
        .Insert("chaired by the Rapporteur", " and two associate rapporteurs")
        .Replace("reviewed", "discussed")
        .Comment("action plan", "Which revision?")
        .Save();

    internal static List<string> Revisions(byte[] docx) =>
        [.. DocxPackage.Open(docx).Body.Descendants().Where(e => e.Name == W + "ins" || e.Name == W + "del")
            .Select(e => $"{e.Name.LocalName}|{(string?)e.Attribute(W + "author")}|{(string?)e.Attribute(W + "date")}|{string.Concat(e.Descendants().Where(t => t.Name == W + "t" || t.Name == W + "delText").Select(t => t.Value))}")];

    internal static List<string> Comments(byte[] docx)
    {
        var package = DocxPackage.Open(docx);
        var texts = package.Comments!.Root!.Elements(W + "comment").ToDictionary(c => (string)c.Attribute(W + "id")!, c => $"{(string?)c.Attribute(W + "author")}|{(string?)c.Attribute(W + "date")}|{Text(c)}");

        // Each comment with the text it is anchored on, in document order.
        return [.. package.Body.Descendants(W + "commentRangeStart").Select(start =>
        {
            string id = (string)start.Attribute(W + "id")!;
            var anchor = start.ElementsAfterSelf().TakeWhile(e => !(e.Name == W + "commentRangeEnd" && (string?)e.Attribute(W + "id") == id));
            return texts[id] + "|" + string.Concat(anchor.DescendantsAndSelf(W + "t").Select(t => t.Value));
        })];
    }

    [Fact]
    public void Cover_and_body_edits_come_back_into_the_record_and_build_to_the_same_revisions()
    {
        byte[] edited = Edited();
        var (text, diagnostics) = ImportEdits(Record, edited);

        const string By = "@Ed Itor 2026-12-01T09:30Z: ";
        Assert.Contains("title: \"{~~" + By + "Draft~>Final~~} report of the RG-IEM meeting\"\n", text, StringComparison.Ordinal);
        Assert.Contains("    organization: \"{==Ericsson==}{>>@Rev Iewer 2026-12-01T09:30Z: Which business unit?<<}\"\n", text, StringComparison.Ordinal);
        Assert.Contains("The group {~~" + By + "reviewed~>discussed~~} the updated {==action plan==}", text, StringComparison.Ordinal);
        Assert.DoesNotContain("rgiem-edit", text, StringComparison.Ordinal);
        Assert.Contains("keywords: [TSAG, \"{~~@Noah Luo 2026-12-01T09:30Z: metrics~>statistics~~}\"]\n", text, StringComparison.Ordinal);
        Assert.All(diagnostics, d => Assert.StartsWith("RG8248", d, StringComparison.Ordinal));

        byte[] rebuilt = Build(text);
        var revisions = Revisions(edited);
        Assert.Contains("del|Ed Itor|2026-12-01T09:30:00Z|Draft", revisions);
        Assert.Contains("ins|Ed Itor|2026-12-01T09:30:00Z|Final", revisions);
        Assert.Equal(revisions, Revisions(rebuilt));
        Assert.Equal(Comments(edited), Comments(rebuilt));
        Assert.Contains("Rev Iewer|2026-12-01T09:30:00Z|Which business unit?|Ericsson", Comments(rebuilt));
        WordCompatibility.AssertCompatible(rebuilt);

        // The rebuilt document has nothing the record lacks.
        var (again, second) = ImportEdits(text, rebuilt);
        Assert.Equal(text, again);
        Assert.Equal(["RG8245"], second.Select(d => d[..6]));
    }

    [Fact]
    public void Accept_applies_the_cover_changes_and_keeps_the_cover_comments()
    {
        var (text, diagnostics) = ImportEdits(Record, Edited(), accept: true);

        Assert.Contains("title: \"Final report of the RG-IEM meeting\"\n", text, StringComparison.Ordinal);
        Assert.Contains("keywords: [TSAG, statistics]\n", text, StringComparison.Ordinal);
        Assert.Contains("    organization: \"{==Ericsson==}{>>@Rev Iewer 2026-12-01T09:30Z: Which business unit?<<}\"\n", text, StringComparison.Ordinal);
        Assert.Contains("The group discussed the updated {==action plan==}", text, StringComparison.Ordinal);
        Assert.All(diagnostics, d => Assert.StartsWith("RG8248", d, StringComparison.Ordinal));
    }

    [Fact]
    public void Criticmarkup_in_the_front_matter_is_read_as_accepted_and_shown_on_the_cover()
    {
        string record = Record
            .Replace("title: \"Draft report", "title: \"{~~@Ed Itor 2026-12-01: Draft~>Final~~} report", StringComparison.Ordinal)
            .Replace("keywords: [TSAG, metrics]", "keywords: [TSAG, \"{--@Ed Itor 2026-12-01: metrics--}\", \"{++@Ed Itor 2026-12-01: statistics++}\"]", StringComparison.Ordinal)
            .Replace("country: Canada", "country: \"{==Canada==}{>>@Rev Iewer 2026-12-01: Or the United States?<<}\"", StringComparison.Ordinal);
        var (bound, diagnostics) = Records.Bind(record);
        Assert.True(bound is not null, string.Join("; ", diagnostics));
        Assert.DoesNotContain(diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        var metadata = bound.Record.Metadata;
        Assert.Equal("Final report of the RG-IEM meeting", metadata.Title);
        Assert.Equal(["TSAG", "statistics"], metadata.Keywords);
        Assert.Equal("Canada", metadata.Contacts[0].Country);

        byte[] docx = Build(record);
        Assert.Equal(
            ["del|Ed Itor|2026-12-01T00:00:00Z|Draft", "ins|Ed Itor|2026-12-01T00:00:00Z|Final", "del|Ed Itor|2026-12-01T00:00:00Z|; metrics", "ins|Ed Itor|2026-12-01T00:00:00Z|; statistics"],
            Revisions(docx));
        Assert.Equal(["Rev Iewer|2026-12-01T00:00:00Z|Or the United States?|Canada"], Comments(docx));
        WordCompatibility.AssertCompatible(docx);
    }

    [Theory]
    [InlineData("study-period: 2022-2024", "study-period: \"{~~2022-2024~>2025-2028~~}\"", "RG1045")]
    [InlineData("from: 2024-07-29", "from: \"{~~2024-07-29~>2024-07-30~~}\"", "RG1045")]
    [InlineData("number: TSAG-TD521", "number: \"TSAG-TD{~~521~>522~~}\"", "RG1045")]
    [InlineData("title: \"Draft report", "title: \"{~~Draft report", "RG1046")]
    [InlineData("purpose: Report", "purpose: {++Report++}", "RG1047")]
    public void A_mark_where_the_cover_cannot_show_it_is_reported(string field, string marked, string id)
    {
        var (_, diagnostics) = Records.Bind(Record.Replace(field, marked, StringComparison.Ordinal));
        var diagnostic = Assert.Single(diagnostics, d => d.Id == id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.DoesNotContain(diagnostics, d => d.Id != id && d.Severity == DiagnosticSeverity.Error);
    }
}
