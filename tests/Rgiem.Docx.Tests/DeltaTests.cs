using System.IO.Compression;
using System.Xml.Linq;
using Rgiem.Core.Delta;
using Rgiem.Testing;

namespace Rgiem.Docx.Tests;

public class DeltaTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    [Theory]
    [MemberData(nameof(DeltaCorpus.Names), MemberType = typeof(DeltaCorpus))]
    public void Accepting_every_revision_gives_the_new_text_and_rejecting_every_revision_the_old_text(string name)
    {
        var pair = DeltaCorpus.Get(name);
        var (delta, _) = DeltaCorpus.Render(pair.Old, pair.New);

        Assert.Equal(Reference(pair.New), RevisionReader.Paragraphs(delta, accept: true));
        Assert.Equal(Reference(pair.Old), RevisionReader.Paragraphs(delta, accept: false));
    }

    [Theory]
    [MemberData(nameof(DeltaCorpus.Names), MemberType = typeof(DeltaCorpus))]
    public void Reject_all_gives_the_old_document_and_accept_all_the_new_one_paragraph_for_paragraph(string name)
    {
        // Empty paragraphs and table cells count: Reject All must not leave an extra empty paragraph in a cell whose
        // only paragraph changed (a cell's last paragraph mark is never removed).
        var pair = DeltaCorpus.Get(name);
        var (delta, _) = DeltaCorpus.Render(pair.Old, pair.New);

        Assert.Equal(RevisionLayout.Lines(DeltaCorpus.Render(pair.Old, pair.Old).Docx, accept: null), RevisionLayout.Lines(delta, accept: false));
        Assert.Equal(RevisionLayout.Lines(DeltaCorpus.Render(pair.New, pair.New).Docx, accept: null), RevisionLayout.Lines(delta, accept: true));
    }

    [Fact]
    public void A_delta_switches_change_tracking_on()
    {
        var pair = DeltaCorpus.Get("word-change");
        using var zip = new ZipArchive(new MemoryStream(DeltaCorpus.Render(pair.Old, pair.New).Docx), ZipArchiveMode.Read);
        using var stream = zip.GetEntry("word/settings.xml")!.Open();
        Assert.Single(XDocument.Load(stream).Descendants(W + "trackRevisions"));
    }

    [Fact]
    public void A_delta_of_a_text_with_itself_has_no_revision_and_the_text_of_a_normal_build()
    {
        var pair = DeltaCorpus.Get("identical");
        var (delta, revisions) = DeltaCorpus.Render(pair.New, pair.New);
        var (record, _) = Records.Bind(pair.New);
        var (_, build) = Render.Valid(record!.Record);

        Assert.Equal(0, revisions);
        Assert.Equal(RevisionReader.Paragraphs(build.Content!, accept: true), RevisionReader.Paragraphs(delta, accept: true));
    }

    [Theory]
    [MemberData(nameof(DeltaCorpus.Names), MemberType = typeof(DeltaCorpus))]
    public void Every_pair_but_the_identical_one_has_revisions(string name)
    {
        var pair = DeltaCorpus.Get(name);
        var (_, revisions) = DeltaCorpus.Render(pair.Old, pair.New);
        Assert.Equal(name == "identical", revisions == 0);
    }

    [Fact]
    public void A_renumbered_clause_changes_only_its_number()
    {
        var pair = DeltaCorpus.Get("heading-renumbered");
        var body = Body(DeltaCorpus.Render(pair.Old, pair.New).Docx);
        var closing = body.Descendants(W + "p").Single(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value)).Contains("Closing", StringComparison.Ordinal));

        Assert.Equal("4", string.Concat(closing.Elements(W + "ins").Descendants(W + "t").Select(t => t.Value)));
        Assert.Equal("3", string.Concat(closing.Elements(W + "del").Descendants(W + "delText").Select(t => t.Value)));
        Assert.Contains("Closing", string.Concat(closing.Elements(W + "r").Descendants(W + "t").Select(t => t.Value)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_word_is_a_deletion_and_an_insertion_inside_the_paragraph()
    {
        var pair = DeltaCorpus.Get("word-change");
        var body = Body(DeltaCorpus.Render(pair.Old, pair.New).Docx);
        var paragraph = body.Descendants(W + "p").Single(p => p.Descendants(W + "delText").Any());

        Assert.Equal("approved", string.Concat(paragraph.Descendants(W + "delText").Select(t => t.Value)));
        Assert.Equal(["adopted", " revised"], paragraph.Elements(W + "ins").Select(i => string.Concat(i.Descendants(W + "t").Select(t => t.Value))));
        Assert.Null(paragraph.Element(W + "pPr")?.Element(W + "rPr"));
    }

    [Fact]
    public void Rows_are_inserted_and_deleted_as_table_row_revisions()
    {
        var pair = DeltaCorpus.Get("table-rows");
        var body = Body(DeltaCorpus.Render(pair.Old, pair.New).Docx);
        var rows = body.Descendants(W + "tr").Where(r => r.Element(W + "trPr") is { } trPr && (trPr.Element(W + "ins") ?? trPr.Element(W + "del")) is not null).ToList();

        Assert.Equal(2, rows.Count);
        Assert.Contains("TD624", string.Concat(rows.Single(r => r.Element(W + "trPr")!.Element(W + "del") is not null).Descendants(W + "delText").Select(t => t.Value)), StringComparison.Ordinal);
        Assert.Contains("TD626", string.Concat(rows.Single(r => r.Element(W + "trPr")!.Element(W + "ins") is not null).Descendants(W + "t").Select(t => t.Value)), StringComparison.Ordinal);
    }

    [Fact]
    public void Inserted_and_deleted_paragraphs_mark_their_paragraph_marks()
    {
        var pair = DeltaCorpus.Get("moved-paragraph");
        var body = Body(DeltaCorpus.Render(pair.Old, pair.New).Docx);
        var marks = body.Descendants(W + "p").Select(p => p.Element(W + "pPr")?.Element(W + "rPr")).Where(r => r is not null).ToList();

        Assert.Single(marks, m => m!.Element(W + "del") is not null);
        Assert.Single(marks, m => m!.Element(W + "ins") is not null);
    }

    [Fact]
    public void Bold_added_to_unchanged_words_is_a_formatting_change()
    {
        var pair = DeltaCorpus.Get("formatting");
        var body = Body(DeltaCorpus.Render(pair.Old, pair.New).Docx);
        var change = Assert.Single(body.Descendants(W + "rPrChange"));

        Assert.NotNull(change.Parent!.Element(W + "b"));
        Assert.Equal("the agenda", change.Parent!.Parent!.Element(W + "t")!.Value);
        Assert.Empty(body.Descendants(W + "delText"));
    }

    [Fact]
    public void Revisions_carry_the_author_the_date_and_sequential_ids()
    {
        var pair = DeltaCorpus.Get("table-rows");
        var body = Body(DeltaCorpus.Render(pair.Old, pair.New).Docx);
        var marks = body.Descendants().Where(e => e.Name == W + "ins" || e.Name == W + "del" || e.Name == W + "rPrChange").ToList();

        Assert.All(marks, m => Assert.Equal("Rapporteur", (string?)m.Attribute(W + "author")));
        Assert.All(marks, m => Assert.StartsWith("2024-07-30T00:00:00", (string?)m.Attribute(W + "date"), StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(1, marks.Count), marks.Select(m => int.Parse((string)m.Attribute(W + "id")!, System.Globalization.CultureInfo.InvariantCulture)).Order());
    }

    [Fact]
    public void The_same_pair_always_gives_the_same_bytes()
    {
        var pair = DeltaCorpus.Get("cover-fields");
        Assert.Equal(DeltaCorpus.Render(pair.Old, pair.New).Docx, DeltaCorpus.Render(pair.Old, pair.New).Docx);
    }

    [Fact]
    public void CriticMarkup_marks_deleted_and_inserted_words_and_blocks()
    {
        string delta = CriticMarkup.Write("One two three.\n\nGone paragraph here.\n", "One two four.\n\nNew words entirely elsewhere.\n");
        Assert.Equal("One two {--three--}{++four++}.\n\n{--Gone paragraph here.--}\n\n{++New words entirely elsewhere.++}\n", delta);
    }

    private static IReadOnlyList<string> Reference(string text) => RevisionReader.Paragraphs(DeltaCorpus.Render(text, text).Docx, accept: true);

    private static XElement Body(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        return XDocument.Load(stream).Root!.Element(W + "body")!;
    }
}
