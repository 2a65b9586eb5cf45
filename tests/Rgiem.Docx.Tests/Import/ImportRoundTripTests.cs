using Rgiem.Core.Diagnostics;
using Rgiem.Testing;

namespace Rgiem.Docx.Tests.Import;

/// <summary>
/// <c>import(build(record))</c> for every sample: the same value on every cover field, and a rebuilt document whose
/// every paragraph (style, list level and text, body, tables and footnotes) is the original's.
/// </summary>
public sealed class ImportRoundTripTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [MemberData(nameof(ImportRoundTrip.Names), MemberType = typeof(ImportRoundTrip))]
    public void Importing_a_built_sample_gives_its_cover_fields_back(string name)
    {
        var sample = ImportRoundTrip.Get(name);
        var result = ImportRoundTrip.Run(sample.Docx, temp.FullPath, "imported");
        var expected = ImportRoundTrip.CoverFields(sample.Record.Metadata);
        var actual = ImportRoundTrip.CoverFields(result.Record.Metadata);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(ImportRoundTrip.Names), MemberType = typeof(ImportRoundTrip))]
    public void Importing_a_built_sample_and_building_it_again_gives_the_same_document_text(string name)
    {
        var sample = ImportRoundTrip.Get(name);
        var result = ImportRoundTrip.Run(sample.Docx, temp.FullPath, "imported");
        Assert.Equal(ImportRoundTrip.Paragraphs(sample.Docx), ImportRoundTrip.Paragraphs(result.Docx));
    }

    [Theory]
    [MemberData(nameof(ImportRoundTrip.Names), MemberType = typeof(ImportRoundTrip))]
    public void A_document_rgiem_built_imports_without_a_warning(string name)
    {
        var result = ImportRoundTrip.Run(ImportRoundTrip.Get(name).Docx, temp.FullPath, "imported");
        Assert.DoesNotContain(result.ImportDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
    }

    [Fact]
    public void The_import_of_a_report_keeps_headings_actions_tables_figures_and_footnotes_as_markdown()
    {
        var result = ImportRoundTrip.Run(ImportRoundTrip.Get("body/2024-09-participation-report").Docx, temp.FullPath, "report");
        string markdown = result.Markdown;
        Assert.Contains("\n# 2 Participation\n", markdown, StringComparison.Ordinal);
        Assert.Contains("![Participation in the RG-IEM meetings by region", markdown, StringComparison.Ordinal);
        Assert.Contains("](report-1.png \"Participation by region\")", markdown, StringComparison.Ordinal);
        Assert.Contains("Table: Meetings of the study period\n\n| Meeting | Place | Delegates |\n|---|---|---:|\n| December 2022 | Geneva | 41 |", markdown, StringComparison.Ordinal);
        Assert.Contains("meetings of RG-IEM[^1] during", markdown, StringComparison.Ordinal);
        Assert.Contains("\n[^2]: The registration figures of TSB", markdown, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Samples, "body", "participation-by-region.png")), File.ReadAllBytes(Path.Combine(temp.FullPath, "out", "report-1.png")));
    }
}
