using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Core.Model;
using Rgiem.Docx.HouseStyle;

namespace Rgiem.Docx.Writers;

/// <summary>
/// The table of contents of <c>toc: true</c>: a "Contents" title and a Word TOC field over headings 1–3.
/// The field's result is written out already — one entry per heading, linked to the heading's bookmark — but
/// without page numbers: rgiem does not lay out pages, and a number it guessed would be wrong. Word shows the
/// entries as written and adds the page numbers when the field is updated (F9, or Update Table); nothing asks
/// Word to update fields on opening, which would make it prompt (docs/word-compatibility.md).
/// </summary>
internal static class TocWriter
{
    public const string Instruction = " TOC \\o \"1-3\" \\h \\z \\u ";

    public static IReadOnlyList<OpenXmlElement> Write(IReadOnlyList<HeadingBlock> headings, string title = "Contents")
    {
        var output = new List<OpenXmlElement> { ParagraphFactory.Styled(StyleIds.TocHeading, InlineWriter.TextRun(title)) };
        var entries = new List<Paragraph>();
        for (int i = 0; i < headings.Count; i++)
        {
            var heading = headings[i];
            int level = heading.Kind == HeadingKind.Annex ? 1 : heading.Level;
            if (level > 3)
            {
                continue;
            }

            string label = heading.Kind == HeadingKind.Annex
                ? "Annex " + heading.Number + (heading.Title.Count > 0 ? ": " : string.Empty)
                : heading.Number is { } number ? number + "\t" : string.Empty;
            string bookmark = RenderState.HeadingBookmark(i);
            var link = new Hyperlink { Anchor = bookmark, History = OnOffValue.FromBoolean(true) };
            link.Append(InlineWriter.TextRun(label + BlockWalker.PlainText(heading.Title)));
            entries.Add(ParagraphFactory.Styled(StyleIds.Toc(level), link));
        }

        if (entries.Count == 0)
        {
            entries.Add(ParagraphFactory.Styled(StyleIds.Toc1, InlineWriter.TextRun("No headings.")));
        }

        var first = entries[0];
        OpenXmlElement after = first.ParagraphProperties!;
        foreach (var run in FieldRuns.Begin(Instruction))
        {
            after = after.InsertAfterSelf(run);
        }

        entries[^1].Append(FieldRuns.End());
        output.AddRange(entries);
        return output;
    }
}
