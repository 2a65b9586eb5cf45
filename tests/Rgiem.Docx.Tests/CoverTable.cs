using System.Xml.Linq;
using static Rgiem.Docx.Tests.DocxPackage;

namespace Rgiem.Docx.Tests;

/// <summary>
/// The cover of a rendered document as rows of cell texts (paragraphs joined by LF): the rows of the cover
/// table and of the Abstract table that follows it (TSB's forms put the Abstract in a table of its own).
/// </summary>
public sealed class CoverTable(XElement table)
{
    public XElement Element { get; } = table;

    /// <summary>The Abstract table after the cover table (after an empty paragraph), or null.</summary>
    public XElement? AbstractTable { get; } = table.ElementsAfterSelf().Take(2).LastOrDefault() is { } next && next.Name == W + "tbl" ? next : null;

    public IReadOnlyList<XElement> Rows => [.. Element.Elements(W + "tr"), .. AbstractTable?.Elements(W + "tr") ?? []];

    public IReadOnlyList<IReadOnlyList<string>> Cells =>
        Rows.Select(r => (IReadOnlyList<string>)r.Elements(W + "tc").Select(CellText).ToList()).ToList();

    /// <summary>Every row whose first cell is <paramref name="label"/>, as the texts of its other cells.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Labelled(string label) =>
        Cells.Where(c => c.Count > 1 && c[0] == label).Select(c => (IReadOnlyList<string>)c.Skip(1).ToList()).ToList();

    /// <summary>The one row labelled <paramref name="label"/>, its value cells joined by " | ".</summary>
    public string Value(string label) => string.Join(" | ", Assert.Single(Labelled(label)).Where(v => v.Length > 0));

    /// <summary>The labels of the labelled rows in order (first cells ending with a colon).</summary>
    public IReadOnlyList<string> Labels => Cells.Where(c => c.Count > 1 && c[0].EndsWith(':')).Select(c => c[0]).ToList();

    public static string CellText(XElement cell) => string.Join("\n", cell.Elements(W + "p").Select(Text));
}
