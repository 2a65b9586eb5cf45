using System.Collections.Concurrent;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Core.Model;
using Rgiem.Docx.HouseStyle;

namespace Rgiem.Docx.Writers;

/// <summary>
/// Writes the house style's cover straight into <c>document.xml</c> from its <see cref="CoverLayout"/>, building no
/// element for the tables, rows, cells, paragraphs and runs of text: their properties are <see cref="CoverPageWriter"/>'s
/// own definitions serialized once per kind and copied. What the layout holds as typed elements (the logo, e-mail links,
/// front matter values with tracked changes or comments) is serialized in place; the "Action:" paragraph's first
/// paragraph is written from the model by <see cref="DirectBodyWriter"/>, the blocks after it by the typed writer as
/// <see cref="CoverPageWriter"/> moves them under the action text. The bytes are those of <see cref="CoverPageWriter.Write"/>'s
/// elements serialized (<c>PartXmlEquivalenceTests</c>).
/// </summary>
internal static class DirectCoverWriter
{
    /// <summary>How many serialized properties of each kind are kept.</summary>
    private const int MaxKept = 4096;

    private static readonly Lazy<byte[]> TablePropertiesXml = new(() => DirectBodyWriter.Serialized(CoverPageWriter.CoverTableProperties()));
    private static readonly Lazy<byte[]> RowPropertiesXml = new(() => DirectBodyWriter.Serialized(CoverPageWriter.RowProperties()));
    private static readonly ConcurrentDictionary<int, byte[]> GridColumnXml = new();
    private static readonly ConcurrentDictionary<(int Width, int Span, int Merge, int Top, int Bottom, bool Center), byte[]> CellPropertiesXml = new();
    private static readonly ConcurrentDictionary<(string Style, bool Centered, int TabAt, int SpacingBefore), byte[]> ParagraphPropertiesXml = new();
    private static readonly ConcurrentDictionary<(bool Bold, int Size), byte[]> SizedRunPropertiesXml = new();

    /// <summary>Writes the cover of <paramref name="layout"/> through <paramref name="body"/>'s buffer.</summary>
    public static void Write(CoverLayout layout, DirectBodyWriter body)
    {
        var output = body.Output;
        WriteTable(layout.Rows, output);
        if (layout.Abstract is { } summary)
        {
            output.Raw("<w:p />"u8);
            WriteTable(summary, output);
        }

        WriteAction(layout.Action, body);
    }

    private static void WriteTable(IReadOnlyList<CoverRow> rows, Utf8XmlWriter output)
    {
        var columns = CoverLayout.Columns(rows);
        output.Raw("<w:tbl>"u8);
        output.Raw(TablePropertiesXml.Value);
        output.Raw("<w:tblGrid>"u8);
        for (int i = 1; i < columns.Count; i++)
        {
            int width = columns[i] - columns[i - 1];
            output.Raw(Kept(GridColumnXml, width, static w => DirectBodyWriter.Serialized(CoverPageWriter.CoverGridColumn(w))));
        }

        output.Raw("</w:tblGrid>"u8);
        foreach (var row in rows)
        {
            output.Raw("<w:tr>"u8);
            output.Raw(RowPropertiesXml.Value);
            int x = 0;
            foreach (var cell in row.Cells)
            {
                int span = columns.IndexOf(x + cell.Width) - columns.IndexOf(x);
                x += cell.Width;
                output.Raw("<w:tc>"u8);
                int merge = cell.Merge is not { } value ? 0 : value == MergedCellValues.Restart ? 1 : 2;
                var key = (cell.Width, span, merge, cell.Top, cell.Bottom, cell.Center);
                output.Raw(CellPropertiesXml.TryGetValue(key, out var properties) ? properties : Keep(CellPropertiesXml, key, DirectBodyWriter.Serialized(CoverPageWriter.CellProperties(cell, span))));
                foreach (var paragraph in cell.Paragraphs)
                {
                    WriteParagraph(paragraph, output);
                }

                output.Raw("</w:tc>"u8);
            }

            output.Raw("</w:tr>"u8);
        }

        output.Raw("</w:tbl>"u8);
    }

    private static void WriteParagraph(CoverParagraph paragraph, Utf8XmlWriter output)
    {
        output.Raw("<w:p>"u8);
        var key = (paragraph.Style, paragraph.Centered, paragraph.TabAt ?? -1, paragraph.SpacingBefore ?? -1);
        output.Raw(ParagraphPropertiesXml.TryGetValue(key, out var properties)
            ? properties
            : Keep(ParagraphPropertiesXml, key, DirectBodyWriter.Serialized(ParagraphFactory.Properties(paragraph.Style, CoverPageWriter.ParagraphConfiguration(paragraph.Centered, paragraph.TabAt, paragraph.SpacingBefore)))));
        foreach (var inline in paragraph.Content)
        {
            if (inline.Elements is { } elements)
            {
                foreach (var element in elements)
                {
                    DirectBodyWriter.Element(element, output);
                }
            }
            else if (inline.Text is { } text)
            {
                byte[]? run = inline.Size > 0
                    ? Kept(SizedRunPropertiesXml, (inline.Bold, inline.Size), static k => DirectBodyWriter.Serialized(CoverPageWriter.SizedRunProperties(k.Bold, k.Size)))
                    : inline.Bold ? DirectBodyWriter.RunProperties(new RunStyleSet { Bold = true }) : null;
                DirectBodyWriter.TextRunWith(output, text, run);
            }
            else
            {
                output.Raw("<w:r><w:br /></w:r>"u8);
            }
        }

        output.Raw("</w:p>"u8);
    }

    /// <summary>
    /// The "Action:" paragraph, as <see cref="CoverPageWriter"/> writes it: the label, a tab and the first paragraph's
    /// text, then the other blocks moved under the action text (<see cref="CoverPageWriter.IndentUnderAction"/>).
    /// </summary>
    private static void WriteAction(IReadOnlyList<Block> action, DirectBodyWriter body)
    {
        if (action.Count == 0)
        {
            return;
        }

        var output = body.Output;
        output.Raw("<w:p>"u8);
        output.Raw(DirectBodyWriter.ParagraphProperties(StyleIds.CoverAction));
        DirectBodyWriter.TextRun(output, "Action:", new RunStyleSet { Bold = true });
        DirectBodyWriter.TextRun(output, "\t", default);
        int start = 0;
        if (action[0] is ParagraphBlock first)
        {
            body.WriteInlines(first.Inlines);
            start = 1;
        }

        output.Raw("</w:p>"u8);
        if (start == action.Count)
        {
            return;
        }

        // The typed writer writes the rest into one list, as BodyWriter.Write does (its first element is never a table
        // the next one would have to keep apart from: the paragraph before is not in it, and not a table either).
        var rest = new List<OpenXmlElement>();
        for (int i = start; i < action.Count; i++)
        {
            body.Typed.WriteBlock(action[i], rest, BlockContext.Body);
        }

        foreach (var element in rest)
        {
            if (element is Paragraph paragraph)
            {
                CoverPageWriter.IndentUnderAction(paragraph);
            }

            DirectBodyWriter.Element(element, output);
        }
    }

    private static byte[] Kept<TKey>(ConcurrentDictionary<TKey, byte[]> kept, TKey key, Func<TKey, byte[]> make)
        where TKey : notnull =>
        kept.TryGetValue(key, out var bytes) ? bytes : Keep(kept, key, make(key));

    private static byte[] Keep<TKey>(ConcurrentDictionary<TKey, byte[]> kept, TKey key, byte[] bytes)
        where TKey : notnull
    {
        if (kept.Count < MaxKept)
        {
            kept.TryAdd(key, bytes);
        }

        return bytes;
    }
}
