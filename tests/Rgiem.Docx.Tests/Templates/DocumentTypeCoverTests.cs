using Rgiem.Core.Compilation;
using Rgiem.Testing;

namespace Rgiem.Docx.Tests.Templates;

/// <summary>Each document type's sample (samples/types) has a cover that holds the fields its type requires.</summary>
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
    public void The_report_cover_holds_its_number_in_the_type_line_and_the_meeting()
    {
        var package = Samples.Value["2024-08-report"];
        var cover = new CoverTable(package.CoverTable);
        Assert.Equal(["REPORT 2"], cover.Cells[4]);
        Assert.Equal("TSAG-R2", cover.Cells[0][^1]);
        Assert.Equal("N/A | Geneva, 29 July – 2 August 2024", cover.Value("Question(s):"));

        // toc: true: the contents follow the cover; their entries have no page numbers (rgiem lays out no pages, and Word
        // adds them when the field is updated), and Word is not asked to update fields on opening (it would prompt).
        var contents = package.Body.Elements(DocxPackage.W + "p").First(p => DocxPackage.StyleOf(p) == "TOCHeading");
        Assert.Equal("Contents", DocxPackage.Text(contents));
        Assert.Contains(package.Body.Descendants(DocxPackage.W + "instrText"), i => i.Value.Contains("TOC \\o", StringComparison.Ordinal));
        Assert.Equal(5, package.Body.Descendants(DocxPackage.W + "bookmarkStart").Count());
        Assert.Empty(package.Settings.Descendants(DocxPackage.W + "updateFields"));
        Assert.DoesNotContain(package.Body.Descendants(DocxPackage.W + "instrText"), i => i.Value.Contains("PAGEREF", StringComparison.Ordinal));
        var entries = package.Body.Elements(DocxPackage.W + "p").Where(p => DocxPackage.StyleOf(p) is "TOC1" or "TOC2" or "TOC3").ToList();
        Assert.Equal(5, entries.Count);
        Assert.All(entries, e => Assert.DoesNotMatch(@"\d$", DocxPackage.Text(e)));
    }

    [Fact]
    public void The_liaison_statement_cover_holds_to_approval_for_deadline_and_contact()
    {
        var cover = new CoverTable(Samples.Value["2024-08-liaison"].CoverTable);
        Assert.Equal(["LIAISON STATEMENT"], cover.Cells[4]);
        Assert.Equal("TSAG-LSxxx", cover.Cells[0][^1]);
        Assert.Equal("ITU-D SG1, ITU-R RAG", cover.Value("To:"));
        Assert.Equal("Agreed to at the TSAG meeting (Geneva, 2 August 2024)", cover.Value("Approval:"));
        Assert.Equal("Action", cover.Value("For:"));
        Assert.Equal("15 November 2024", cover.Value("Deadline:"));
        Assert.Equal("Glenn Parsons\nEricsson\nCanada | Tel:\t+1 613 555 0100\nE-mail:\trg-iem-rapporteur@example.org", cover.Value("Contact:"));
        Assert.Equal(["Question(s):", "Source:", "Title:", "To:", "Approval:", "For:", "Deadline:", "Contact:", "Abstract:"], cover.Labels);
    }
}
