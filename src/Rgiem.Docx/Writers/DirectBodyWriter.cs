using System.Collections.Concurrent;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Core.Model;
using Rgiem.Docx.HouseStyle;
using Rgiem.Docx.Packaging;

namespace Rgiem.Docx.Writers;

/// <summary>
/// Writes the body of the house style's <c>document.xml</c> straight into a <see cref="Utf8XmlWriter"/> from the model,
/// building no Open XML element for what it knows: headings, paragraphs of every kind, action items, both kinds of lists,
/// quotes, code blocks and rules, tables without spans or cell blocks (a pipe table), and in them text, emphasis, code and
/// line breaks. Anything else — figures, grid tables with spans or blocks, captions, links, cross-references, footnote references, tracked changes and comments — is written by the typed
/// writers (<see cref="BodyWriter.WriteBlock"/>, <see cref="InlineWriter"/>) at the same point, and their elements
/// serialized in place by <see cref="PartXml.WriteFragment"/>, so the ids of the render state are taken in the same
/// order. The result is byte for byte what serializing <see cref="BodyWriter"/>'s elements gives
/// (<c>PartXmlEquivalenceTests</c>); the properties of paragraphs and runs are those elements serialized once per kind.
/// </summary>
internal sealed class DirectBodyWriter(RenderState state, BodyWriter typed, Utf8XmlWriter output)
{
    /// <summary>The WordprocessingML namespace, which <c>w:document</c> declares.</summary>
    public const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>How many serialized paragraph properties are kept (list paragraphs differ by list).</summary>
    private const int MaxKeptProperties = 4096;

    private static readonly ConcurrentDictionary<RunStyleSet, byte[]> RunPropertiesXml = new();
    private static readonly ConcurrentDictionary<(string Style, Extra Extra, int A, int B), byte[]> ParagraphPropertiesXml = new();

    private static readonly ConcurrentDictionary<int, byte[]> CellPropertiesXml = new();
    private static readonly Lazy<byte[]> TablePropertiesXml = new(() => Serialized(TableWriter.Properties()));
    private static readonly Lazy<byte[]> HeaderRowXml = new(() => Serialized(TableWriter.HeaderRowProperties()));

    /// <summary>Where a bookmark's label goes among the elements <see cref="CaptionWriter.Bookmark"/> yields.</summary>
    private static readonly Run LabelPlaceholder = new();

    private readonly List<Utf8XmlWriter> scratch = [];
    private int scratchInUse;

    /// <summary>The last element written was a table (two tables in a row would merge in Word).</summary>
    private bool lastIsTable;

    /// <summary>The paragraph properties besides the style, as <see cref="BodyWriter"/> configures them.</summary>
    private enum Extra
    {
        None,
        NoIndent,
        Rule,
        Numbered,
        Indented,

        /// <summary>A table cell's paragraph: the column's alignment, in a header row or not.</summary>
        Aligned,
    }

    /// <summary>The buffer written into.</summary>
    internal Utf8XmlWriter Output => output;

    /// <summary>The typed writer this one falls back to.</summary>
    internal BodyWriter Typed => typed;

    /// <summary>Writes <paramref name="blocks"/>, as <see cref="BodyWriter.Write"/> does into a new list.</summary>
    public void Write(IReadOnlyList<Block> blocks)
    {
        lastIsTable = false;
        foreach (var block in blocks)
        {
            WriteBlock(block, BlockContext.Body);
        }
    }

    /// <summary>Serializes an element the typed writers built, in place.</summary>
    public static void Element(OpenXmlElement element, Utf8XmlWriter target) => PartXml.WriteFragment(element, target, WordNamespace);

    private void WriteBlock(Block block, BlockContext context)
    {
        switch (block)
        {
            case HeadingBlock heading:
                WriteHeading(heading);
                break;
            case ParagraphBlock { Kind: not ParagraphKind.Normal } paragraph when context is { ListLevel: < 0, EnumLevel: < 0, Quote: false }:
                StartParagraph(BodyWriter.StyleOf(paragraph.Kind));
                WriteInlines(output, paragraph.Inlines, default, 0);
                EndParagraph();
                break;
            case ParagraphBlock paragraph:
                StartParagraph(context);
                WriteInlines(output, paragraph.Inlines, default, 0);
                EndParagraph();
                break;
            case ActionBlock action:
                WriteAction(action, context);
                break;
            case ListBlock list:
                WriteList(list, context);
                break;
            case QuoteBlock quote:
                foreach (var child in quote.Blocks)
                {
                    WriteBlock(child, context with { Quote = true });
                }

                break;
            case CodeBlock code:
                StartParagraph(StyleIds.Code);
                TextRun(output, code.Text.TrimEnd('\n'), default);
                EndParagraph();
                break;
            case RuleBlock:
                StartParagraph(StyleIds.Normal, Extra.Rule);
                EndParagraph();
                break;
            case TableBlock table when TableWriter.IsSimple(table):
                WriteTable(table);
                break;
            default:
                WriteTyped(block, context);
                break;
        }
    }

    /// <summary>A table without spans or cell blocks, as <see cref="TableWriter"/> writes it (with its caption before it).</summary>
    private void WriteTable(TableBlock table)
    {
        if (table is { Caption: { } caption, Number: { } number })
        {
            Element(CaptionWriter.Write(state, StyleIds.TableTitle, "Table", number, typed.Inlines.Write(caption), table.Id), output);
        }
        else if (lastIsTable)
        {
            // As BodyWriter does: two tables in a row would merge in Word.
            StartParagraph(StyleIds.Normal);
            EndParagraph();
        }

        int columns = Math.Max(1, table.ColumnCount);
        int[] widths = TableWriter.ColumnWidths(table, columns);
        output.Raw("<w:tbl>"u8);
        output.Raw(TablePropertiesXml.Value);
        Element(TableWriter.Grid(widths), output);
        foreach (var row in table.Rows)
        {
            output.Raw("<w:tr>"u8);
            if (row.IsHeader)
            {
                output.Raw(HeaderRowXml.Value);
            }

            string style = row.IsHeader ? StyleIds.TableHead : StyleIds.TableText;
            for (int c = 0; c < columns; c++)
            {
                output.Raw("<w:tc>"u8);
                output.Raw(CellPropertiesXml.TryGetValue(widths[c], out var cell) ? cell : CellProperties(widths[c]));
                StartParagraph(style, Extra.Aligned, (int)TableWriter.Alignment(table, c), row.IsHeader ? 1 : 0);
                if (c < row.Cells.Count)
                {
                    WriteInlines(output, row.Cells[c].Inlines, default, 0);
                }

                output.Raw("</w:p></w:tc>"u8);
            }

            output.Raw("</w:tr>"u8);
        }

        output.Raw("</w:tbl>"u8);
        lastIsTable = true;
    }

    private static byte[] CellProperties(int width)
    {
        byte[] bytes = Serialized(TableWriter.CellProperties(width));
        if (CellPropertiesXml.Count < MaxKeptProperties)
        {
            CellPropertiesXml.TryAdd(width, bytes);
        }

        return bytes;
    }

    /// <summary>A block the typed writer writes (a figure, a table): its elements serialized in place.</summary>
    private void WriteTyped(Block block, BlockContext context)
    {
        if (block is TableBlock table && (table.Caption is null || table.Number is null) && lastIsTable)
        {
            // As BodyWriter does: two tables in a row would merge in Word.
            StartParagraph(StyleIds.Normal);
            EndParagraph();
        }

        var elements = new List<OpenXmlElement>();
        typed.WriteBlock(block, elements, context);
        foreach (var element in elements)
        {
            Element(element, output);
        }

        if (elements.Count > 0)
        {
            lastIsTable = elements[^1] is Table;
        }
    }

    private void WriteHeading(HeadingBlock heading)
    {
        // As BodyWriter: the title first (its footnotes and links take their ids), then the label and its bookmark.
        var title = RentScratch();
        try
        {
            WriteInlines(title, heading.Title, default, 0);
            var layout = HeadingLayout.Of(heading, title.Length > 0);
            int? index = state.TableOfContents ? state.NextHeading() : null;
            if (layout.NoIndent)
            {
                StartParagraph(layout.Style, Extra.NoIndent);
            }
            else
            {
                StartParagraph(layout.Style);
            }

            string? bookmark = StartHeadingBookmark(index);
            if (layout.Label is not { } label)
            {
                Target(heading, layout.TargetText, target => target.Raw(title.Written));
            }
            else
            {
                if (heading.Id is null)
                {
                    TextRun(output, label + layout.Separator, default);
                }
                else
                {
                    Target(heading, layout.TargetText, target => TextRun(target, label, default));
                    if (layout.Separator.Length > 0)
                    {
                        TextRun(output, layout.Separator, default);
                    }
                }

                output.Raw(title.Written);
            }

            EndHeading(bookmark);
        }
        finally
        {
            ReturnScratch();
        }
    }

    /// <summary>The table of contents' bookmark of a heading, after its properties; its id, or null without one.</summary>
    private string? StartHeadingBookmark(int? index)
    {
        if (index is not { } n)
        {
            return null;
        }

        string id = (RenderState.FirstHeadingBookmark + n).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Element(new BookmarkStart { Id = id, Name = RenderState.HeadingBookmark(n) }, output);
        return id;
    }

    private void EndHeading(string? bookmark)
    {
        if (bookmark is not null)
        {
            Element(new BookmarkEnd { Id = bookmark }, output);
        }

        EndParagraph();
    }

    /// <summary>The label of a heading that has an id, inside its cross-reference bookmark; else the label alone.</summary>
    private void Target(HeadingBlock heading, string text, Action<Utf8XmlWriter> label)
    {
        if (heading.Id is not { } id)
        {
            label(output);
            return;
        }

        foreach (var element in CaptionWriter.Bookmark(state, id, text, [LabelPlaceholder]))
        {
            if (ReferenceEquals(element, LabelPlaceholder))
            {
                label(output);
            }
            else
            {
                Element(element, output);
            }
        }
    }

    private void WriteAction(ActionBlock action, BlockContext context)
    {
        if (BodyWriter.ActionStyleOf(context, action) is { } style)
        {
            StartParagraph(style);
        }
        else
        {
            StartParagraph(context);
        }

        WriteActionText(action);
        EndParagraph();
    }

    /// <summary>An action's bold label, its separator and its text.</summary>
    private void WriteActionText(ActionBlock action)
    {
        TextRun(output, action.Label, new RunStyleSet { Bold = true });
        TextRun(output, BodyWriter.ActionSeparator(action), default);
        WriteInlines(output, action.Inlines, default, 0);
    }

    /// <summary>A list, as <see cref="ListLayout"/> lays it out (the steps <see cref="BodyWriter"/> follows too).</summary>
    private void WriteList(ListBlock list, BlockContext context)
    {
        foreach (var step in ListLayout.Steps(list, context, state.Numbering))
        {
            if (step.Style is { } style)
            {
                StartParagraph(style);
                TextRun(output, step.Mark!, default);
                switch (step.Block)
                {
                    case ParagraphBlock paragraph:
                        WriteInlines(output, paragraph.Inlines, default, 0);
                        break;
                    case ActionBlock action:
                        WriteActionText(action);
                        break;
                }

                EndParagraph();
            }
            else if (step.Block is null)
            {
                StartParagraph(step.Context);
                EndParagraph();
            }
            else
            {
                WriteBlock(step.Block, step.Context);
            }
        }
    }

    /// <summary>Writes <paramref name="inlines"/> as <see cref="BodyWriter.Inlines"/> writes them (footnotes into the footnotes).</summary>
    internal void WriteInlines(IReadOnlyList<Inline> inlines) => WriteInlines(output, inlines, default, 0);

    private void WriteInlines(Utf8XmlWriter target, IReadOnlyList<Inline> inlines, RunStyleSet styles, int depth)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Core.Model.TextRun text:
                    if (text.Text.Length > 0)
                    {
                        TextRun(target, text.Text, styles);
                    }

                    break;
                case StyledRun styled when depth < InlineWriter.MaxDepth:
                    WriteInlines(target, styled.Children, styles.With(styled.Style), depth + 1);
                    break;
                case StyledRun styled:
                    TextRun(target, BlockWalker.PlainText(styled.Children), styles);
                    break;
                case CodeRun code:
                    TextRun(target, code.Text, styles with { Code = true });
                    break;
                case BreakRun:
                    target.Raw("<w:r><w:br /></w:r>"u8);
                    break;
                default:
                    // Links, pictures, cross-references, footnotes, tracked changes, comments: the typed writer's.
                    var elements = new List<OpenXmlElement>();
                    typed.Inlines.Write([inline], styles, elements, depth);
                    foreach (var element in elements)
                    {
                        Element(element, target);
                    }

                    break;
            }
        }
    }

    /// <summary><see cref="InlineWriter.TextRun"/>: tabs and line feeds as <c>w:tab</c> and <c>w:br</c>, CR LF one break.</summary>
    internal static void TextRun(Utf8XmlWriter target, string text, RunStyleSet styles) =>
        TextRunWith(target, text, styles == default ? null : RunProperties(styles));

    /// <summary>A run of text with the serialized <paramref name="properties"/> (none when null), as <see cref="InlineWriter.TextRun"/>.</summary>
    internal static void TextRunWith(Utf8XmlWriter target, string text, byte[]? properties)
    {
        text = XmlText.Clean(text);
        if (properties is null && text.Length == 0)
        {
            target.Raw("<w:r />"u8);
            return;
        }

        target.Raw("<w:r>"u8);
        if (properties is not null)
        {
            target.Raw(properties);
        }

        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\t' or '\n' or '\r'))
            {
                continue;
            }

            if (i > start)
            {
                target.Raw("<w:t xml:space=\"preserve\">"u8);
                target.Text(text.AsSpan(start, i - start));
                target.Raw("</w:t>"u8);
            }

            if (i < text.Length)
            {
                target.Raw(text[i] == '\t' ? "<w:tab />"u8 : "<w:br />"u8);
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++; // CR LF is one line break.
                }
            }

            start = i + 1;
        }

        target.Raw("</w:r>"u8);
    }

    /// <summary>The paragraph of a block in <paramref name="context"/>, as <see cref="BodyWriter"/>'s <c>WriteParagraph</c>.</summary>
    private void StartParagraph(BlockContext context)
    {
        if (context.NumberingId is { } numId)
        {
            StartParagraph(StyleIds.ListParagraph, Extra.Numbered, context.ListLevel, numId);
        }
        else if (context.ListLevel >= 0)
        {
            StartParagraph(StyleIds.ListParagraph, Extra.Indented, ListNumbering.TextIndent(context.ListLevel));
        }
        else
        {
            StartParagraph(context.Quote ? StyleIds.Quote : StyleIds.Normal);
        }
    }

    private void StartParagraph(string style, Extra extra = Extra.None, int a = 0, int b = 0)
    {
        output.Raw("<w:p>"u8);
        output.Raw(ParagraphProperties(style, extra, a, b));
    }

    private void EndParagraph()
    {
        output.Raw("</w:p>"u8);
        lastIsTable = false;
    }

    /// <summary>The serialized properties of <see cref="ParagraphFactory.Styled(string, IEnumerable{OpenXmlElement}, Action{ParagraphProperties}?)"/>.</summary>
    /// <summary>The serialized properties of a paragraph in <paramref name="style"/> and nothing else.</summary>
    internal static byte[] ParagraphProperties(string style) => ParagraphProperties(style, Extra.None, 0, 0);

    private static byte[] ParagraphProperties(string style, Extra extra, int a, int b)
    {
        var key = (style, extra, a, b);
        if (ParagraphPropertiesXml.TryGetValue(key, out var bytes))
        {
            return bytes;
        }

        Action<ParagraphProperties>? configure = extra switch
        {
            Extra.NoIndent => BodyWriter.NoIndent,
            Extra.Rule => BodyWriter.HorizontalRule,
            Extra.Numbered => BodyWriter.Numbered(a, b),
            Extra.Indented => BodyWriter.Indented(a),
            Extra.Aligned => p => TableWriter.Align(p, (ColumnAlignment)a, header: b != 0),
            _ => null,
        };
        bytes = Serialized(ParagraphFactory.Properties(style, configure));
        if (ParagraphPropertiesXml.Count < MaxKeptProperties)
        {
            ParagraphPropertiesXml.TryAdd(key, bytes);
        }

        return bytes;
    }

    /// <summary>The serialized <see cref="RunStyleSet.Properties"/> (at most 2^8 kinds).</summary>
    internal static byte[] RunProperties(RunStyleSet styles) =>
        RunPropertiesXml.GetOrAdd(styles, static s => Serialized(s.Properties()!));

    internal static byte[] Serialized(OpenXmlElement element)
    {
        var writer = new Utf8XmlWriter(256);
        Element(element, writer);
        return writer.Written.ToArray();
    }

    private Utf8XmlWriter RentScratch()
    {
        if (scratchInUse == scratch.Count)
        {
            scratch.Add(new Utf8XmlWriter(1024));
        }

        var writer = scratch[scratchInUse++];
        writer.Clear();
        return writer;
    }

    private void ReturnScratch() => scratchInUse--;
}
