using Rgiem.Testing;

namespace Rgiem.Interop.Tests;

/// <summary>
/// samples/body read back by pandoc: its footnotes come back as footnotes (pandoc's Markdown writes them as
/// <c>[^n]</c> references with their text below), and the figure and table captions are present with their numbers
/// (pandoc's Markdown writes the en dash as <c>--</c>).
/// </summary>
public class BodyReadBackTests
{
    [SkippableFact]
    public void Pandoc_reads_the_footnotes_as_footnotes_and_the_captions_as_text()
    {
        string pandoc = ExternalTools.Pandoc;
        var (_, path) = GateDocuments.Written.Single(d => d.Document.Name.StartsWith("body/", StringComparison.Ordinal));
        var (exitCode, output, error) = ExternalTools.Run(pandoc, ["--from=docx", "--to=markdown", "--wrap=none", path], timeoutSeconds: 120);
        Assert.True(exitCode == 0, error);

        Assert.Contains("RG-IEM[^1]", output, StringComparison.Ordinal);
        Assert.Contains("[^1]: RG-IEM is the TSAG Rapporteur Group on Industry Engagement, Metrics", output, StringComparison.Ordinal);
        Assert.Contains("[^2]: The registration figures of TSB, as published in each meeting report.", output, StringComparison.Ordinal);
        Assert.Contains("Figure 1 -- Participation by region", output, StringComparison.Ordinal);
        Assert.Contains("Table 1 -- Meetings of the study period", output, StringComparison.Ordinal);

        // The cross-references read as their targets (the REF fields' results), in the text and in a footnote.
        Assert.Contains("Clause 2 gives them by region (Figure 1) and by meeting (Table 1)", output, StringComparison.Ordinal);
        Assert.Contains("(Table A.1), as in clause 2.", output, StringComparison.Ordinal);
        Assert.Contains("[^3]: See clause 3 of this report, and Table 1.", output, StringComparison.Ordinal);
        Assert.Contains("Table A.1 -- The regions", output, StringComparison.Ordinal);
    }
}
