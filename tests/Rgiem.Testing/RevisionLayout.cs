using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace Rgiem.Testing;

/// <summary>
/// The structure of a document after Accept All or Reject All, as Word computes it, for comparing a delta with the
/// versions it was made from — empty paragraphs included, so that an extra empty paragraph is a difference. Each
/// block is one line: <c>p[Style] text</c> for a paragraph, <c>row</c> for a table row and <c>cell[Style] text</c>
/// for each paragraph of its cells. A paragraph whose mark is removed (inserted marks on reject, deleted marks on
/// accept) joins the next paragraph of its container, as in Word, except the container's last paragraph, whose mark
/// Word never removes; removed rows go; runs in the removed kind of revision go.
/// </summary>
public static class RevisionLayout
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <param name="accept">True for Accept All, false for Reject All, null for a document without revisions (read as is).</param>
    public static IReadOnlyList<string> Lines(byte[] docx, bool? accept)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        var body = XDocument.Load(stream).Root!.Element(W + "body")!;
        var lines = new List<string>();
        Container(body, accept ?? true, "p", lines);
        return lines;
    }

    private static void Container(XElement container, bool accept, string kind, List<string> lines)
    {
        var removed = accept ? W + "del" : W + "ins";
        var pending = new StringBuilder();
        var children = container.Elements().Where(e => e.Name == W + "p" || e.Name == W + "tbl").ToList();
        for (int i = 0; i < children.Count; i++)
        {
            var child = children[i];
            if (child.Name == W + "tbl")
            {
                foreach (var row in child.Elements(W + "tr"))
                {
                    if (row.Element(W + "trPr")?.Element(removed) is not null)
                    {
                        continue;
                    }

                    lines.Add("row");
                    foreach (var cell in row.Elements(W + "tc"))
                    {
                        Container(cell, accept, "cell", lines);
                    }
                }

                continue;
            }

            pending.Append(Text(child, removed));
            bool isLast = i == children.Count - 1;
            if (!isLast && child.Element(W + "pPr")?.Element(W + "rPr")?.Element(removed) is not null)
            {
                continue;
            }

            string style = child.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val")?.Value ?? string.Empty;
            lines.Add(kind + "[" + style + "] " + pending);
            pending.Clear();
        }
    }

    private static string Text(XElement paragraph, XName removed)
    {
        var text = new StringBuilder();
        foreach (var run in paragraph.Descendants(W + "r"))
        {
            if (run.Ancestors(removed).Any())
            {
                continue;
            }

            foreach (var element in run.Elements())
            {
                if (element.Name == W + "t" || element.Name == W + "delText")
                {
                    text.Append(element.Value);
                }
                else if (element.Name == W + "tab")
                {
                    text.Append('\t');
                }
                else if (element.Name == W + "br")
                {
                    text.Append('\n');
                }
            }
        }

        return text.ToString();
    }
}
