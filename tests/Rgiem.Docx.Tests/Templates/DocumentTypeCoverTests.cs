using Rgiem.Core.Compilation;
using Rgiem.Testing;

namespace Rgiem.Docx.Tests.Templates;

/// <summary>Each document form's sample (samples/types) has TSB's cover with the fields its form requires.</summary>
public class DocumentTypeCoverTests
{
    private static readonly Lazy<Dictionary<string, DocxPackage>> Samples = new(() =>
    {
        var compilation = Compiler.Compile(new CompilationOptions([Path.Combine(RepoPaths.Samples, "types")], RepoPaths.Root));
        var result = new Dictionary<string, DocxPackage>(StringComparer.Ordinal);
        foreach (var compiled in compilation.Records)
        {
            Assert.False(compiled.HasErrors, string.Join("; ", compiled.Diagnostics));
            Assert.Empty(compiled.Diagnostics);
            var rendered = Render.Valid(compiled.Bound!.Record, Path.GetDirectoryName(compiled.FullPath));
            result[Path.GetFileNameWithoutExtension(compiled.FullPath)] = rendered.Package;
        }

        return result;
    });

    private const string Contact = "Glenn Parsons\nEricsson\nCanada | Tel:\t+1 613 555 0100\nE-mail:\trg-iem-rapporteur@example.org";

    [Fact]
    public void The_contribution_cover_holds_questions_purpose_keywords_and_abstract()
    {
        var cover = new CoverTable(Samples.Value["2024-07-contribution"].CoverTable);
        Assert.Equal(["CONTRIBUTION"], cover.Cells[4]);
        Assert.Equal("TSAG-C015", cover.Cells[0][^1]);
        Assert.Equal("N/A | Geneva, 29 July – 2 August 2024", cover.Value("Question(s):"));
        Assert.Equal("Proposal", cover.Value("Purpose:"));
        Assert.Equal("industry engagement; metrics; indicators", cover.Value("Keywords:"));
        Assert.StartsWith("This contribution proposes", cover.Value("Abstract:"), StringComparison.Ordinal);
        Assert.Equal(["Question(s):", "Source:", "Title:", "Purpose:", "Contact:", "Keywords:", "Abstract:"], cover.Labels);
    }

    [Fact]
    public void The_tsag_report_cover_has_its_date_line_and_body_line_and_the_note_comes_before_the_contents()
    {
        var package = Samples.Value["2024-08-report"];
        var cover = new CoverTable(package.CoverTable);
        Assert.Equal(["TSAG-R2", "AUGUST 2024", "Original: English"], cover.Cells.Take(3).Select(r => r[^1]));
        Assert.Equal(["TELECOMMUNICATION STANDARDIZATION ADVISORY GROUP\nREPORT 2"], cover.Cells[4]);
        Assert.Equal("N/A | Geneva, 29 July – 2 August 2024", cover.Value("Question(s):"));

        // ```{toc} puts the contents after the opening NOTE; toc-title names them. Their entries have no page numbers
        // (rgiem lays out no pages, and Word adds them when the field is updated), and Word is not asked to update
        // fields on opening (it would prompt).
        var paragraphs = package.Body.Elements(DocxPackage.W + "p").ToList();
        int note = paragraphs.FindIndex(p => DocxPackage.Text(p).StartsWith("NOTE – This report", StringComparison.Ordinal));
        int contents = paragraphs.FindIndex(p => DocxPackage.StyleOf(p) == "TOCHeading");
        Assert.InRange(note, 0, contents - 1);
        Assert.Equal("CONTENTS", DocxPackage.Text(paragraphs[contents]));
        Assert.Contains(package.Body.Descendants(DocxPackage.W + "instrText"), i => i.Value.Contains("TOC \\o", StringComparison.Ordinal));
        Assert.Equal(5, package.Body.Descendants(DocxPackage.W + "bookmarkStart").Count());
        Assert.Empty(package.Settings.Descendants(DocxPackage.W + "updateFields"));
        Assert.DoesNotContain(package.Body.Descendants(DocxPackage.W + "instrText"), i => i.Value.Contains("PAGEREF", StringComparison.Ordinal));
        var entries = package.Body.Elements(DocxPackage.W + "p").Where(p => DocxPackage.StyleOf(p) is "TOC1" or "TOC2" or "TOC3").ToList();
        Assert.Equal(5, entries.Count);
        Assert.All(entries, e => Assert.DoesNotMatch(@"\d$", DocxPackage.Text(e)));

        // toc 1 has TSB's own tab stops (Normal has none to inherit): 1.7 cm, and dots to the right margin.
        var toc1 = package.Style("TOC1").Element(DocxPackage.W + "pPr")!;
        Assert.Equal(["left@964", "right@9639"], toc1.Element(DocxPackage.W + "tabs")!.Elements().Select(t => $"{(string)t.Attribute(DocxPackage.W + "val")!}@{(string)t.Attribute(DocxPackage.W + "pos")!}"));
        Assert.Null(package.Style("Normal").Descendants(DocxPackage.W + "tabs").SingleOrDefault());
    }

    [Fact]
    public void The_liaison_statement_cover_has_TSBs_rows()
    {
        var cover = new CoverTable(Samples.Value["2024-08-liaison"].CoverTable);
        Assert.Equal("TSAG-LSxxx", cover.Cells[0][^1]);
        Assert.Equal(["Question(s):", "N/A", "Meeting:", "Geneva, 29 July – 2 August 2024"], cover.Cells[3]);
        Assert.Equal(["Study Group:", "TSAG", "Working Party:", ""], cover.Cells[4]);
        Assert.Equal(["LIAISON STATEMENT"], cover.Cells[7]);
        Assert.Equal("ITU-D SG1", cover.Value("For action to:"));
        Assert.Equal("ITU-R RAG", cover.Value("For information to:"));
        Assert.Equal("Agreed to at the TSAG meeting (Geneva, 2 August 2024)", cover.Value("Approval:"));
        Assert.Equal("15 November 2024", cover.Value("Deadline:"));
        Assert.Equal(Contact, cover.Value("Contact:"));
        Assert.Equal(
            ["Question(s):", "Study Group:", "Source:", "Title:", "For action to:", "For information to:", "Approval:", "Deadline:", "Contact:", "Abstract:"],
            cover.Labels);
    }

    [Fact]
    public void The_wp2_report_has_the_wp_prefix_and_the_study_group_and_working_party_names()
    {
        var package = Samples.Value["2022-12-wp2-report"];
        var cover = new CoverTable(package.CoverTable);
        Assert.Equal(["TSAG-TD011R1", "TSAG", "Original: English"], cover.Cells.Take(3).Select(r => r[^1]));
        Assert.Equal("Chairman, WP2/TSAG", cover.Value("Source:"));
        var actions = package.BodyParagraphs.Select(DocxPackage.Text).Where(t => t.StartsWith("WP2-", StringComparison.Ordinal)).Select(t => t[..t.IndexOf(':', StringComparison.Ordinal)]).Distinct();
        Assert.Equal(["WP2-1", "WP2-2", "WP2-3", "WP2-4", "WP2-5", "WP2-6", "WP2-7"], actions.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_td_from_tsb_has_no_abstract_row_and_its_study_group_in_full()
    {
        var cover = new CoverTable(Samples.Value["2017-09-tsb-td"].CoverTable);
        Assert.Equal(["SG17-TD580", "STUDY GROUP 17", "Original: English"], cover.Cells.Take(3).Select(r => r[^1]));
        Assert.Equal(["Question(s):", "All/17", "Geneva, 29 August – 6 September 2017"], cover.Cells[3]);
        Assert.Null(cover.AbstractTable);
        Assert.Equal(["Question(s):", "Source:", "Title:", "Purpose:", "Contact:"], cover.Labels);
    }

    [Fact]
    public void A_wtsa_addendum_has_the_conference_cover()
    {
        var cover = new CoverTable(Samples.Value["2016-10-wtsa-addendum"].CoverTable);
        Assert.Equal(
            "INTERNATIONAL TELECOMMUNICATION UNION\nWORLD TELECOMMUNICATION STANDARDIZATION ASSEMBLY (WTSA-16)\nHammamet, 25 October – 3 November 2016",
            cover.Cells[0][0]);
        Assert.Equal(["Addendum 9 to Document 44-E", "10 October 2016", "Original: English"], cover.Cells.Take(3).Select(r => r[^1]));
        Assert.Equal(["PLENARY MEETING"], cover.Cells[3]);
        Assert.Equal(["Source:", "Title:", "Contact:", "Abstract:"], cover.Labels);
    }

    [Fact]
    public void An_interim_e_meeting_report_is_numbered_doc_n_with_a_capital_place_and_no_question_row()
    {
        var cover = new CoverTable(Samples.Value["2023-01-e-meeting-report"].CoverTable);
        Assert.Equal("DOC5 (230131)", cover.Cells[0][^1]);
        Assert.Equal(["", "E-meeting, 31 January 2023"], cover.Cells[3]);
        Assert.DoesNotContain("Question(s):", cover.Labels);
    }
}
