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
        // The title first (its footnotes and links take their ids), then the label and its bookmark.
        var title = inlines.Write(heading.Title).ToList();
        var layout = HeadingLayout.Of(heading, title.Count > 0);
        List<OpenXmlElement> content;
        if (layout.Label is not { } label)
        {
            content = Target(heading, layout.TargetText, title);
        }
        else if (heading.Id is null)
        {
            content = [InlineWriter.TextRun(label + layout.Separator), .. title];
        }
        else
        {
            content = Target(heading, layout.TargetText, [InlineWriter.TextRun(label)]);
            if (layout.Separator.Length > 0)
            {
                content.Add(InlineWriter.TextRun(layout.Separator));
            }

            content.AddRange(title);
        }

        return ParagraphFactory.Styled(layout.Style, content, layout.NoIndent ? NoIndent : null);
    }

    /// <summary>The label of a heading that has an id, inside its cross-reference bookmark; else the label alone.</summary>
    private List<OpenXmlElement> Target(HeadingBlock heading, string text, IEnumerable<OpenXmlElement> label) =>
        heading.Id is { } id ? [.. CaptionWriter.Bookmark(state, id, text, label)] : [.. label];

    private Paragraph WriteAction(ActionBlock action, BlockContext context)
    {
        var content = new List<OpenXmlElement>
        {
            ParagraphFactory.Bold(action.Label),
            InlineWriter.TextRun(ActionSeparator(action)),
        };
        content.AddRange(inlines.Write(action.Inlines));
        return ActionStyleOf(context, action) is { } style ? ParagraphFactory.Styled(style, content) : WriteParagraph(content, context);
    }

    internal static string StyleOf(ParagraphKind kind) => kind switch
    {
        ParagraphKind.Note => StyleIds.Note,
        ParagraphKind.Headingb => StyleIds.HeadingB,
        ParagraphKind.Call => StyleIds.Call,
        _ => StyleIds.Normal,
    };

    /// <summary>
    /// A list, as <see cref="ListLayout"/> lays it out: an ITU list's paragraphs in <c>enumlev1</c>/<c>enumlev2</c> with
    /// their marks, a bulleted or numbered item's empty numbered paragraph, the item's blocks in their context.
    /// </summary>
    private void WriteList(ListBlock list, List<OpenXmlElement> output, BlockContext context)
    {
        foreach (var step in ListLayout.Steps(list, context, state.Numbering))
        {
            if (step.Style is { } style)
            {
                var content = new List<OpenXmlElement> { InlineWriter.TextRun(step.Mark!) };
                switch (step.Block)
                {
                    case ParagraphBlock paragraph:
                        content.AddRange(inlines.Write(paragraph.Inlines));
                        break;
                    case ActionBlock action:
                        content.Add(ParagraphFactory.Bold(action.Label));
                        content.Add(InlineWriter.TextRun(ActionSeparator(action)));
                        content.AddRange(inlines.Write(action.Inlines));
                        break;
                }

                output.Add(ParagraphFactory.Styled(style, content));
            }
            else if (step.Block is null)
            {
                output.Add(WriteParagraph([], step.Context));
            }
            else
            {
                WriteBlock(step.Block, output, step.Context);
            }
        }
    }

    /// <summary>What follows an action's label: a tab after a number ("RG-IEM-1"), else a space ("Action 1:").</summary>
    internal static string ActionSeparator(ActionBlock action) => action.Style == ActionStyle.Numbered ? "\t" : " ";

    /// <summary>The style of an action's paragraph; null in a list or a quote, where it is a paragraph of its context.</summary>
    internal static string? ActionStyleOf(BlockContext context, ActionBlock action) =>
        context.ListLevel >= 0 || context.Quote ? null : action.Style == ActionStyle.Numbered ? StyleIds.ActionNumbered : StyleIds.ActionPrefixed;

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
}
