using System.Buffers.Binary;

namespace Rgiem.Interop.Tests;

public class LibreOfficeTests
{
    [SkippableTheory]
    [MemberData(nameof(InteropSamples.Names), MemberType = typeof(InteropSamples))]
    public void LibreOffice_converts_the_sample_and_page_1_shows_the_cover(string name)
    {
        var sample = InteropSamples.Get(name);
        string pdf = InteropSamples.Pdf(name);

        Assert.True(Poppler.PageCount(pdf) >= 1);
        string page1 = SeedText.Normalize(Poppler.Text(pdf, 1, 1));
        Assert.Contains(SeedText.Normalize(sample.Record.Metadata.Title!), page1, StringComparison.Ordinal);
        Assert.Contains(name.StartsWith("TSAG-", StringComparison.Ordinal) ? name : "TSAG-TDxxx", page1, StringComparison.Ordinal);
        Assert.Contains("INTERNATIONAL TELECOMMUNICATION UNION", page1, StringComparison.Ordinal);
        Assert.Contains("Abstract:", page1, StringComparison.Ordinal);

        // The cover page has no page header.
        Assert.DoesNotContain("- 1 -", page1, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(InteropSamples.Names), MemberType = typeof(InteropSamples))]
    public void Later_pages_carry_the_page_number_and_the_document_number_at_the_top(string name)
    {
        string pdf = InteropSamples.Pdf(name);
        int pages = Poppler.PageCount(pdf);
        // The e-meeting records of samples/rg-iem/meetings hold a one-paragraph summary: one page, whose
        // cover carries no page header; every other sample runs to later pages.
        if (pages == 1 && name.EndsWith("-e-meeting", StringComparison.Ordinal))
        {
            Assert.NotEqual("-1-", Poppler.Lines(pdf, 1)[0].Replace(" ", string.Empty, StringComparison.Ordinal));
            return;
        }

        Assert.True(pages >= 2, $"{name}: {pages} page(s)");
        string number = name.StartsWith("TSAG-", StringComparison.Ordinal) ? name : "TSAG-TDxxx";
        for (int page = 2; page <= pages; page++)
        {
            // pdftotext drops the narrow spaces of the 9 pt header line ("-2-"): compare without spaces.
            var lines = Poppler.Lines(pdf, page);
            Assert.Equal($"-{page}-", lines[0].Replace(" ", string.Empty, StringComparison.Ordinal));
            Assert.Equal(number, lines[1]);
        }
    }

    [SkippableFact]
    public void Each_annex_starts_a_page()
    {
        string pdf = InteropSamples.Pdf("TSAG-TD255");
        int pages = Poppler.PageCount(pdf);
        var starts = Enumerable.Range(2, pages - 1)
            .Select(p => Poppler.Lines(pdf, p)[2])
            .ToList();
        Assert.Contains(starts, s => s.StartsWith("Annex A:", StringComparison.Ordinal));
        Assert.Contains(starts, s => s.StartsWith("Annex B:", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [MemberData(nameof(InteropSamples.Names), MemberType = typeof(InteropSamples))]
    public void Page_1_renders_as_an_A4_portrait_picture(string name)
    {
        string pdf = InteropSamples.Pdf(name);
        string png = Poppler.RenderPage(pdf, 1, 80, Path.Combine(Path.GetDirectoryName(pdf)!, name + "-page1"));
        byte[] header = File.ReadAllBytes(png).AsSpan(0, 24).ToArray();
        int width = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16));
        int height = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20));

        // 210 x 297 mm at 80 dpi: 661 x 935 pixels.
        Assert.InRange(width, 655, 667);
        Assert.InRange(height, 929, 941);
    }
}
