using Rgiem.Core.Binding;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Core.Text;
using Rgiem.Testing;

namespace Rgiem.Core.Tests;

public sealed class FigureTests : IDisposable
{
    // A 4x2 PNG at 150 dpi (pHYs 5906 pixels per metre).
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAQAAAACCAIAAADwyuo0AAAACXBIWXMAABcSAAAXEgFnn9JSAAAAEElEQVR4nGP4z8AARwzIHABvqgf5gNwAKAAAAABJRU5ErkJggg==");

    private readonly string root = Path.Combine(Path.GetTempPath(), "rgiem-figures-" + Guid.NewGuid().ToString("N"));

    public FigureTests()
    {
        Directory.CreateDirectory(Path.Combine(root, "images"));
        File.WriteAllBytes(Path.Combine(root, "images", "chart.png"), Png);
        File.WriteAllText(Path.Combine(root, "images", "notes.png"), "not an image");
        File.WriteAllText(Path.Combine(root, "images", "drawing.svg"), "<svg/>");
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private (BoundRecord? Record, IReadOnlyList<string> Diagnostics) Bind(string body)
    {
        string path = Path.Combine(root, "record.md");
        var bag = new DiagnosticBag();
        var source = new SourceText("record.md", SourceText.Normalize(Records.WithBody(body)));
        var bound = RecordBinder.Bind(source, null, bag, new IncludeResolver(path, root, p => Path.GetRelativePath(root, p)));
        return (bound, bag.ToList().Brief());
    }

    [Fact]
    public void The_header_gives_the_size_and_resolution()
    {
        var info = ImageInfo.Probe(Png)!;
        Assert.Equal(("image/png", 4, 2), (info.ContentType, info.Width, info.Height));
        Assert.Equal(150, info.DpiX, 0);
        Assert.Null(ImageInfo.Probe("GIF89a........"u8));
    }

    [Fact]
    public void A_picture_alone_in_its_paragraph_is_a_numbered_figure_and_in_an_annex_numbered_under_its_letter()
    {
        var (bound, diagnostics) = Bind("# 1 Body\n\n![Chart *one*](images/chart.png \"Participation\"){#fig:one}\n\nText ![inline](images/chart.png) here.\n\n![Two](images/chart.png)\n\n# Annex A: More\n\n![Three](images/chart.png)\n");
        Assert.Empty(diagnostics);
        var figures = BlockWalker.Descendants(bound!.Record.Body).OfType<FigureBlock>().ToList();
        Assert.Equal(["1|fig:one|Participation", "2||Two", "A.1||Three"], figures.Select(f => $"{f.Number}|{f.Id}|{BlockWalker.PlainText(f.Caption)}"));
        Assert.Equal("Chart one", figures[0].Image.Alt);
        Assert.Contains(BlockWalker.Descendants(bound.Record.Body).OfType<ParagraphBlock>(), p => p.Inlines.Any(i => i is ImageRun));
        Assert.Equal([Path.Combine(root, "images", "chart.png")], bound.Images);
    }

    [Fact]
    public void Missing_non_image_outside_and_svg_without_png_are_errors_at_their_lines()
    {
        var (_, diagnostics) = Bind("![a](images/missing.png)\n\n![b](images/notes.png)\n\n![c](../outside.png)\n\n![d](images/drawing.svg)\n\n![e](/etc/passwd)\n");
        Assert.Equal(["RG2032@13:1", "RG2033@15:1", "RG2034@17:1", "RG2033@19:1", "RG2034@21:1"], diagnostics);
    }

    [Fact]
    public void A_table_caption_before_or_after_the_table_numbers_it()
    {
        var (bound, diagnostics) = Bind("Table: Before {#tbl:a}\n\n| a |\n|---|\n| 1 |\n\n| b |\n|---|\n| 2 |\n\n: After\n\n| c |\n|---|\n| 3 |\n");
        Assert.Empty(diagnostics);
        var tables = bound!.Record.Body.OfType<TableBlock>().ToList();
        Assert.Equal(["1|tbl:a|Before", "2||After", "||"], tables.Select(t => $"{t.Number}|{t.Id}|{(t.Caption is null ? string.Empty : BlockWalker.PlainText(t.Caption))}"));
        Assert.Equal(3, bound.Record.Body.Count);
    }
}
