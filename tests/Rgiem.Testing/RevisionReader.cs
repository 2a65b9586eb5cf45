using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace Rgiem.Testing;

/// <summary>
/// An in-process reader of tracked changes, independent of the Open XML SDK: walks word/document.xml and gives
/// the text of each paragraph (cells included) with every revision accepted or every revision rejected.
/// Accepting drops w:del runs, rows marked deleted and paragraphs whose mark is deleted (their content is all
/// deleted, so joining them to the next paragraph adds nothing); rejecting does the same for insertions and
/// reads w:delText. Empty paragraphs are left out.
/// </summary>
public static class RevisionReader
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static IReadOnlyList<string> Paragraphs(byte[] docx, bool accept)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        var document = XDocument.Load(stream);
        var dropped = accept ? W + "del" : W + "ins";
        var result = new List<string>();
        foreach (var paragraph in document.Descendants(W + "p"))
        {
            if (paragraph.Ancestors(W + "tr").Any(tr => tr.Element(W + "trPr")?.Element(dropped) is not null))
            {
                continue;
            }

            if (paragraph.Element(W + "pPr")?.Element(W + "rPr")?.Element(dropped) is not null)
            {
                continue;
            }

            var text = new StringBuilder();
            foreach (var run in paragraph.Descendants(W + "r"))
            {
                if (run.Ancestors(dropped).Any())
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

            if (text.Length > 0)
            {
                result.Add(text.ToString());
            }
        }

        return result;
    }

    /// <summary>The tracked-change elements of the document by name (ins, del, rPrChange…), for counting.</summary>
    public static int Count(byte[] docx, string localName)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        return XDocument.Load(stream).Descendants(W + localName).Count();
    }
}
