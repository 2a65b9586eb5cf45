using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Core.Model;
using Rgiem.Docx.HouseStyle;

namespace Rgiem.Docx.Writers;

/// <summary>
/// Writes the body: headings as "number&lt;TAB&gt;title" in Heading n (the hanging indent lines the titles up),
/// annexes as centred titles on a new page, action items with a bold label, nested lists through the
/// numbering part, and tables with a header row that repeats on every page.
/// </summary>
internal sealed class BodyWriter
{
    private readonly RenderState state;
    private readonly InlineWriter inlines;

    public BodyWriter(RenderState state)
    {
        this.state = state;
        inlines = new InlineWriter(state) { Notes = WriteFootnote };
    }

    /// <summary>The inline writer of this body writer, whose footnotes it writes.</summary>
    internal InlineWriter Inlines => inlines;

    /// <summary>The separator and continuation separator every footnotes part starts with (ids -1 and 0).</summary>
    public static IEnumerable<Footnote> Separators()
    {
        yield return new Footnote(Separator(new SeparatorMark())) { Type = FootnoteEndnoteValues.Separator, Id = -1 };
        yield return new Footnote(Separator(new ContinuationSeparatorMark())) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 };

        static Paragraph Separator(OpenXmlElement mark) => new(
            new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new Run(mark));
    }

    public List<OpenXmlElement> Write(IReadOnlyList<Block> blocks)
    {
        var output = new List<OpenXmlElement>();
        foreach (var block in blocks)
        {
            WriteBlock(block, output, BlockContext.Body);
        }

        return output;
    }

    /// <summary>
    /// Writes the text of a footnote into <see cref="RenderState.Footnotes"/> in <c>footnote text</c>: the number
    /// (<c>footnoteRef</c>), a tab to the hanging indent, the text; returns the footnote's id.
    /// </summary>
    internal int WriteFootnote(FootnoteRun note)
    {
        int id = state.NextFootnoteId();
        var body = new List<OpenXmlElement>();
        state.InFootnote = true;
        try
        {
            foreach (var block in note.Blocks)
            {
                WriteBlock(block, body, BlockContext.Body);
            }
        }
        finally
        {
            state.InFootnote = false;
        }

        foreach (var properties in body.OfType<Paragraph>().Select(p => p.ParagraphProperties?.ParagraphStyleId).OfType<ParagraphStyleId>())
        {
            if (properties.Val?.Value == StyleIds.Normal)
            {
                properties.Val = StyleIds.FootnoteText;
            }
        }

        if (body.Count == 0 || body[0] is not Paragraph first)
        {
            first = ParagraphFactory.Styled(StyleIds.FootnoteText);
            body.Insert(0, first);
        }

        var mark = new Run(new RunProperties(new RunStyle { Val = StyleIds.FootnoteReference }), new FootnoteReferenceMark());
        first.InsertAfter(mark, first.ParagraphProperties);
        mark.InsertAfterSelf(new Run(new TabChar()));
        var footnote = new Footnote { Id = id };
        footnote.Append(body);
        state.AddFootnote(footnote);
        return id;
    }

    /// <summary>The blocks of a grid table's cell, its paragraphs in the cell's style (Table_text or Table_head).</summary>
    private List<OpenXmlElement> WriteCellBlocks(IReadOnlyList<Block> blocks, string paragraphStyle)
    {
        var output = new List<OpenXmlElement>();
        foreach (var block in blocks)
        {
            WriteBlock(block, output, BlockContext.Body);
        }

        foreach (var style in output.OfType<Paragraph>().Select(p => p.ParagraphProperties?.ParagraphStyleId).OfType<ParagraphStyleId>())
        {
            if (style.Val?.Value == StyleIds.Normal)
            {
                style.Val = paragraphStyle;
            }
        }

        return output;
    }

    /// <summary>Writes one block as Open XML elements into <paramref name="output"/> (also what <see cref="DirectBodyWriter"/> falls back to).</summary>
    internal void WriteBlock(Block block, List<OpenXmlElement> output, BlockContext context)
    {
        switch (block)
        {
            case HeadingBlock heading:
                output.Add(WriteHeading(heading));
                break;
            case ParagraphBlock { Kind: not ParagraphKind.Normal } paragraph when context is { ListLevel: < 0, EnumLevel: < 0, Quote: false }:
                output.Add(ParagraphFactory.Styled(StyleOf(paragraph.Kind), inlines.Write(paragraph.Inlines)));
                break;
            case ParagraphBlock paragraph:
                output.Add(WriteParagraph(inlines.Write(paragraph.Inlines), context));
                break;
            case ActionBlock action:
                output.Add(WriteAction(action, context));
                break;
            case ListBlock { Style: not ListStyle.Default } list:
                WriteItuList(list, output, context);
                break;
            case ListBlock list:
                WriteList(list, output, context);
                break;
            case QuoteBlock quote:
                foreach (var child in quote.Blocks)
                {
                    WriteBlock(child, output, context with { Quote = true });
                }

                break;
            case FigureBlock figure:
                output.Add(ParagraphFactory.Styled(StyleIds.Figure, inlines.Write([figure.Image])));
                output.Add(CaptionWriter.Write(state, StyleIds.FigureTitle, "Figure", figure.Number, inlines.Write(figure.Caption), figure.Id));
                break;
            case TableBlock { Caption: { } caption, Number: { } number } table:
                output.Add(CaptionWriter.Write(state, StyleIds.TableTitle, "Table", number, inlines.Write(caption), table.Id));
                output.Add(TableWriter.Write(table, inlines, WriteCellBlocks));
                break;
            case TableBlock table:
                if (output.Count > 0 && output[^1] is Table)
                {
                    // Two tables in a row would merge in Word.
                    output.Add(ParagraphFactory.Styled(StyleIds.Normal));
                }

                output.Add(TableWriter.Write(table, inlines, WriteCellBlocks));
                break;
            case CodeBlock code:
                output.Add(ParagraphFactory.Styled(StyleIds.Code, InlineWriter.TextRun(code.Text.TrimEnd('\n'))));
                break;
            case RuleBlock:
                output.Add(ParagraphFactory.Styled(StyleIds.Normal, [], HorizontalRule));
                break;
        }
    }

    private Paragraph WriteHeading(HeadingBlock heading)
    {
        var paragraph = WriteHeadingText(heading);
        if (state.TableOfContents)
        {
            // The table of contents links to each heading (a bookmark; Word adds the page when the field is updated).
            int index = state.NextHeading();
            string id = (RenderState.FirstHeadingBookmark + index).ToString(CultureInfo.InvariantCulture);
            paragraph.ParagraphProperties!.InsertAfterSelf(new BookmarkStart { Id = id, Name = RenderState.HeadingBookmark(index) });
            paragraph.Append(new BookmarkEnd { Id = id });
        }

        return paragraph;
    }

    private Paragraph WriteHeadingText(HeadingBlock heading)
    {
        var title = inlines.Write(heading.Title).ToList();
        switch (heading.Kind)
        {
            case HeadingKind.Annex:
                string label = "Annex " + heading.Number;
                var content = heading.Id is null
                    ? [InlineWriter.TextRun(title.Count > 0 ? label + ": " : label)]
                    : Target(heading, label, [InlineWriter.TextRun(label)]);
                if (heading.Id is not null && title.Count > 0)
                {
                    content.Add(InlineWriter.TextRun(": "));
                }

                content.AddRange(title);
                return ParagraphFactory.Styled(StyleIds.AnnexTitle, content);

            case HeadingKind.Clause when heading.Number is not null:
                var numbered = heading.Id is null
                    ? [InlineWriter.TextRun(heading.Number + "\t")]
                    : Target(heading, heading.Number, [InlineWriter.TextRun(heading.Number)]);
                if (heading.Id is not null)
                {
                    numbered.Add(InlineWriter.TextRun("\t"));
                }

                numbered.AddRange(title);
                return ParagraphFactory.Styled(StyleIds.Heading(heading.Level), numbered);

            default:
                // No number: no hanging indent either.
                return ParagraphFactory.Styled(StyleIds.Heading(heading.Level), Target(heading, BlockWalker.PlainText(heading.Title).Trim(), title), NoIndent);
        }
    }

    /// <summary>The label of a heading that has an id, inside its cross-reference bookmark; else the label alone.</summary>
    private List<OpenXmlElement> Target(HeadingBlock heading, string text, IEnumerable<OpenXmlElement> label) =>
        heading.Id is { } id ? [.. CaptionWriter.Bookmark(state, id, text, label)] : [.. label];

    private Paragraph WriteAction(ActionBlock action, BlockContext context)
    {
        bool numbered = action.Style == ActionStyle.Numbered;
        var content = new List<OpenXmlElement>
        {
            ParagraphFactory.Bold(action.Label),
            InlineWriter.TextRun(numbered ? "\t" : " "),
        };
        content.AddRange(inlines.Write(action.Inlines));
        if (context.ListLevel >= 0 || context.Quote)
        {
            return WriteParagraph(content, context);
        }

        return ParagraphFactory.Styled(numbered ? StyleIds.ActionNumbered : StyleIds.ActionPrefixed, content);
    }

    internal static string StyleOf(ParagraphKind kind) => kind switch
    {
        ParagraphKind.Note => StyleIds.Note,
        ParagraphKind.Headingb => StyleIds.HeadingB,
        ParagraphKind.Call => StyleIds.Call,
        _ => StyleIds.Normal,
    };

    /// <summary>
    /// An ITU list, as TSB writes it: each item a paragraph in <c>enumlev1</c> (<c>enumlev2</c> nested) that starts with
    /// its mark as text and a tab to the hanging indent: "–" for a dash list, "1)" (nested "a)") for a numbered one.
    /// </summary>
    private void WriteItuList(ListBlock list, List<OpenXmlElement> output, BlockContext context)
    {
        int level = context.EnumLevel + 1;
        string style = level == 0 ? StyleIds.Enumlev1 : StyleIds.Enumlev2;
        for (int k = 0; k < list.Items.Count; k++)
        {
            var item = list.Items[k];
            string mark = list.Style == ListStyle.Dash ? "\u2013" : ItuNumber(list.Start + k, level) + ")";
            var itemContext = context with { EnumLevel = level, ListLevel = -1, NumberingId = null };
            for (int i = 0; i < item.Blocks.Count; i++)
            {
                var block = item.Blocks[i];
                if (block is ParagraphBlock or ActionBlock || (i == 0 && block is not ListBlock))
                {
                    var content = new List<OpenXmlElement> { InlineWriter.TextRun((i == 0 ? mark : string.Empty) + "\t") };
                    content.AddRange(block switch
                    {
                        ParagraphBlock paragraph => inlines.Write(paragraph.Inlines),
                        ActionBlock action => [ParagraphFactory.Bold(action.Label), InlineWriter.TextRun(action.Style == ActionStyle.Numbered ? "\t" : " "), .. inlines.Write(action.Inlines)],
                        _ => [],
                    });
                    output.Add(ParagraphFactory.Styled(style, content));
                    if (block is ParagraphBlock or ActionBlock)
                    {
                        continue;
                    }
                }

                if (i == 0 && block is ListBlock)
                {
                    // An item that starts with a nested list still shows its mark.
                    output.Add(ParagraphFactory.Styled(style, InlineWriter.TextRun(mark + "\t")));
                }

                WriteBlock(block, output, itemContext);
            }
        }
    }

    /// <summary>"3" at the first level, "c" below it (aa, ab… after z).</summary>
    internal static string ItuNumber(int n, int level)
    {
        if (level == 0)
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        var letters = new System.Text.StringBuilder();
        for (n = Math.Max(n, 1); n > 0; n = (n - 1) / 26)
        {
            letters.Insert(0, (char)('a' + ((n - 1) % 26)));
        }

        return letters.ToString();
    }

    private static Paragraph WriteParagraph(IEnumerable<OpenXmlElement> content, BlockContext context)
    {
        if (context.NumberingId is { } numId)
        {
            return ParagraphFactory.Styled(StyleIds.ListParagraph, content, Numbered(context.ListLevel, numId));
        }

        if (context.ListLevel >= 0)
        {
            // A second paragraph in a list item: indented like the item's text, without a number.
            return ParagraphFactory.Styled(StyleIds.ListParagraph, content, Indented(ListNumbering.TextIndent(context.ListLevel)));
        }

        return ParagraphFactory.Styled(context.Quote ? StyleIds.Quote : StyleIds.Normal, content);
    }

    /// <summary>A horizontal rule: the bottom border of an empty paragraph.</summary>
    internal static void HorizontalRule(ParagraphProperties p) =>
        p.ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "auto" });

    /// <summary>A heading without a number: no hanging indent either.</summary>
    internal static void NoIndent(ParagraphProperties p) => p.Indentation = new Indentation { Left = "0", Hanging = "0" };

    /// <summary>The first paragraph of a list item: its level and list.</summary>
    internal static Action<ParagraphProperties> Numbered(int level, int numId) => p => p.NumberingProperties = new NumberingProperties(
        new NumberingLevelReference { Val = level },
        new NumberingId { Val = numId });

    /// <summary>A later paragraph of a list item: indented like the item's text.</summary>
    internal static Action<ParagraphProperties> Indented(int indent) => p => p.Indentation = new Indentation { Left = indent.ToString(CultureInfo.InvariantCulture) };

    private void WriteList(ListBlock list, List<OpenXmlElement> output, BlockContext context)
    {
        int level = Math.Min(context.ListLevel + 1, ListNumbering.MaxLevel);
        int numId = list.Ordered ? state.Numbering.NewOrderedList(level, list.Start) : state.Numbering.BulletNumId;
        foreach (var item in list.Items)
        {
            var first = item.Blocks.Count > 0 ? item.Blocks[0] : null;
            bool firstIsText = first is ParagraphBlock or ActionBlock;
            if (!firstIsText)
            {
                // An item that starts with a nested list or a table still shows its bullet.
                output.Add(WriteParagraph([], context with { ListLevel = level, NumberingId = numId }));
            }

            for (int i = 0; i < item.Blocks.Count; i++)
            {
                var itemContext = i == 0 && firstIsText
                    ? context with { ListLevel = level, NumberingId = numId }
                    : context with { ListLevel = level, NumberingId = null };
                WriteBlock(item.Blocks[i], output, itemContext);
            }
        }
    }

}
