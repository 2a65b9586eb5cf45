using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Markdown;
using Rgiem.Core.Model;
using Inline = Rgiem.Core.Model.Inline;
using Md = Markdig.Syntax;
using MdInlines = Markdig.Syntax.Inlines;

namespace Rgiem.Core.Binding;

/// <summary>
/// Stage 4b: turns the Markdig syntax tree into model blocks. Headings get their clause numbers here,
/// in one pass with the clause numbering, and paragraphs that start with an action label become
/// <see cref="ActionBlock"/>s that know whether they sit in clause 0.
/// </summary>
internal sealed partial class BodyBinder(LocationMapper map, string? actionPrefix, DiagnosticBag diagnostics, SpanMapper? spans = null, IncludeResolver? includes = null)
{
    private const int MaxInlineDepth = 64;

    private readonly ClauseNumberer numberer = new();

    /// <summary>The footnote definitions bound so far: a second citation of one becomes a repeat.</summary>
    private readonly HashSet<Footnote> boundNotes = [];

    private int figureCount;
    private int tableCount;

    /// <summary>The annex whose figures and tables are being numbered (null in the body).</summary>
    private string? captionAnnex;

    /// <summary>Above zero while the text of a footnote is bound: no action items, no clause numbers there.</summary>
    private int noteDepth;

    /// <summary>How many notes deep a citation inside a note is still followed (RG2059 past it).</summary>
    internal const int MaxNoteDepth = 8;

    /// <summary>The notes whose text is being bound now, outermost first: a citation of one of them is a cycle (RG2058).</summary>
    private readonly HashSet<Footnote> notesBeingBound = new(ReferenceEqualityComparer.Instance);

    /// <summary>Positions of the file being bound: the record's, or an included file's while its blocks are bound.</summary>
    private LocationMapper map = map;

    private SpanMapper? spans = spans;

    public IReadOnlyList<Model.Block> Bind(MarkdownDocument document)
    {
        var blocks = BindBlocks(document, topLevel: true);
        ReportUnusedNotes(document);
        return blocks;
    }

    /// <summary>Binds Markdown that is not the body (the front matter's <c>action</c>): no clause numbering.</summary>
    public IReadOnlyList<Model.Block> BindFragment(MarkdownDocument document) => BindBlocks(document, topLevel: false);

    private List<Model.Block> BindBlocks(ContainerBlock container, bool topLevel)
    {
        var blocks = new List<Model.Block>(container.Count);
        for (int i = 0; i < container.Count; i++)
        {
            var block = container[i];
            if (block is FencedCodeBlock fenced && DirectiveName(fenced) is { } name)
            {
                BindDirective(fenced, name, topLevel, blocks);
            }
            else if (BindBlock(block, topLevel) is not { } bound)
            {
                continue;
            }
            else if (bound is TableBlock table)
            {
                // Pandoc's table caption: a paragraph "Table: title" (or ": title") just before or just after the table.
                (IReadOnlyList<Inline> Text, string? Id, SourceLocation Location)? caption = null;
                if (blocks.Count > 0 && blocks[^1] is Model.ParagraphBlock before && TableCaption(before) is { } above)
                {
                    blocks.RemoveAt(blocks.Count - 1);
                    caption = above;
                }
                else if (i + 1 < container.Count && container[i + 1] is Md.ParagraphBlock { Inline.FirstChild: LiteralInline start } next
                    && (start.Content.AsSpan().StartsWith("Table:", StringComparison.Ordinal) || start.Content.AsSpan().StartsWith(": ", StringComparison.Ordinal))
                    && BindBlock(next, topLevel) is Model.ParagraphBlock after && TableCaption(after) is { } below)
                {
                    caption = below;
                    i++;
                }

                blocks.Add(caption is { } c
                    ? table with { Caption = c.Text, Id = c.Id, CaptionLocation = c.Location, Number = NextCaptionNumber(ref tableCount) }
                    : table);
            }
            else
            {
                blocks.Add(bound);
            }
        }

        return blocks;
    }

    /// <summary>"include" for a fence opened with <c>```{include}</c> (MyST's directive syntax), else null.</summary>
    private static string? DirectiveName(FencedCodeBlock fenced)
    {
        var match = DirectivePattern().Match(fenced.Info ?? string.Empty);
        return match.Success ? match.Groups["name"].Value : null;
    }

    /// <summary>
    /// <c>```{include} path</c> binds the blocks of another Markdown file in place (clause numbering continues
    /// through it); <c>```{statistics}</c> leaves a <see cref="StatisticsDirectiveBlock"/> for the compiler to fill;
    /// <c>```{toc}</c> a <see cref="TocDirectiveBlock"/> where the table of contents goes.
    /// </summary>
    private void BindDirective(FencedCodeBlock fenced, string name, bool topLevel, List<Model.Block> blocks)
    {
        string argument = fenced.Arguments?.Trim() ?? string.Empty;
        bool hasContent = fenced.Lines.ToString().Trim().Length > 0;
        int length = fenced.OpeningFencedCharCount + (fenced.Info?.Length ?? 0) + (argument.Length > 0 ? argument.Length + 1 : 0);
        var location = map(fenced.Line, fenced.Column, length);
        switch (name)
        {
            case "include" or "statistics" or "toc" or "call" when !topLevel:
                diagnostics.Add(DirectiveDescriptors.MalformedDirective, location, $"'```{{{name}}}' must stand at the top level of the body, not inside a list or a quote");
                return;

            case "include" when argument.Length == 0 || hasContent:
                diagnostics.Add(DirectiveDescriptors.MalformedDirective, location, "'```{include}' takes the path of one file on its own line and nothing inside, e.g. '```{include} annexes/terms-of-reference.md' closed by '```'");
                return;

            case "include":
                BindInclude(argument, location, blocks);
                return;

            case "statistics" when argument.Length > 0 || hasContent:
                diagnostics.Add(DirectiveDescriptors.MalformedDirective, location, "'```{statistics}' takes no argument and nothing inside: it writes the statistics of the meetings in 'covers'");
                return;

            case "statistics":
                // Its table is captioned and numbered with the others; a "Table:" paragraph just before gives the caption.
                var caption = blocks.Count > 0 && blocks[^1] is Model.ParagraphBlock before ? TableCaption(before) : null;
                if (caption is not null)
                {
                    blocks.RemoveAt(blocks.Count - 1);
                }

                blocks.Add(new StatisticsDirectiveBlock(location)
                {
                    Number = NextCaptionNumber(ref tableCount),
                    Caption = caption?.Text,
                    Id = caption?.Id,
                    CaptionLocation = caption?.Location,
                });
                return;

            case "toc" when argument.Length > 0 || hasContent:
                diagnostics.Add(DirectiveDescriptors.MalformedDirective, location, "'```{toc}' takes no argument and nothing inside: it puts the table of contents where it stands (its title is 'toc-title')");
                return;

            case "toc":
                blocks.Add(new TocDirectiveBlock(location));
                return;

            case "call" when argument.Length > 0:
                diagnostics.Add(DirectiveDescriptors.MalformedDirective, location, "'```{call}' takes no argument: write the call paragraphs inside it, closed by '```'");
                return;

            case "call":
                BindCall(fenced, location, blocks);
                return;

            default:
                diagnostics.Add(DirectiveDescriptors.UnknownDirective, location, name);
                blocks.Add(new Model.CodeBlock(fenced.Lines.ToString(), Locate(fenced)));
                return;
        }
    }

    private void BindInclude(string target, SourceLocation location, List<Model.Block> blocks)
    {
        if (includes is null)
        {
            // Text bound without a file behind it (a test, a fragment): there is no folder to resolve against.
            diagnostics.Add(DirectiveDescriptors.IncludeNotFound, location, target, target);
            return;
        }

        if (includes.Enter(target, location, diagnostics) is not { } file)
        {
            return;
        }

        var (savedMap, savedSpans) = (map, spans);
        map = (line, column, length) => SourceLocation.At(file.Source.Path, line, column, length);
        spans = (start, end) => SourceLocation.FromOffsets(file.Source, start, end + 1);
        try
        {
            blocks.AddRange(BindBlocks(file.Document, topLevel: true));
            ReportUnusedNotes(file.Document);
        }
        finally
        {
            map = savedMap;
            spans = savedSpans;
            includes.Exit();
        }
    }

    private Model.Block? BindBlock(Md.Block block, bool topLevel)
    {
        var location = Locate(block);
        switch (block)
        {
            case Md.HeadingBlock heading:
                var headingTitle = BindInlines(heading.Inline);
                return RunInHeading(headingTitle) is { } runIn
                    ? new Model.ParagraphBlock(runIn, location) { Kind = ParagraphKind.Headingb }
                    : BindHeading(headingTitle, heading.Level, topLevel, location);

            case Md.ParagraphBlock paragraph:
                var inlines = BindInlines(paragraph.Inline);
                return AsFigure(inlines, location) ?? BindParagraph(inlines, location);

            case Md.ListBlock list:
                int start = list.IsOrdered && int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 1;
                var items = new List<Model.ListItemBlock>(list.Count);
                for (int i = 0; i < list.Count; i++)
                {
                    if (list[i] is Md.ListItemBlock item)
                    {
                        items.Add(new Model.ListItemBlock(BindBlocks(item, false), Locate(item)));
                    }
                }

                return new Model.ListBlock(list.IsOrdered, start, items, location) { Style = StyleOf(list) };

            case Md.QuoteBlock quote:
                return new Model.QuoteBlock(BindBlocks(quote, false), location);

            case Table table:
                return BindTable(table, location);

            case GridTableBlock grid:
                return BindGridTable(grid, location);

            case SimplePipeTableBlock simple:
                return BindSimpleTable(simple, location);

            case Md.CodeBlock code:
                return new Model.CodeBlock(code.Lines.ToString(), location);

            case ThematicBreakBlock:
                return new RuleBlock(location);

            case HtmlBlock html:
                // A suppression comment (<!-- rgiem-disable-next-line RG7001 -->) is for rgiem, not for the document.
                if (!IsSuppressionComment(html.Lines.ToString()))
                {
                    diagnostics.Add(StructureDescriptors.RawHtml, location, Abbreviate(html.Lines.ToString()));
                }

                return null;

            default:
                return null;
        }
    }

    /// <summary>
    /// A picture: the file is checked (inside the project, a PNG or JPEG, not too large) and read for its size; when it
    /// cannot be shown, the diagnostic is reported and its alternative text stands in its place.
    /// </summary>
    private void BindImage(MdInlines.LinkInline image, List<Inline> result, int depth)
    {
        var alt = BindInlines(image, depth + 1);
        string target = image.Url ?? string.Empty;
        int length = image.Span.Length > 0 ? image.Span.Length : 2;
        var location = map(image.Line, image.Column, length);
        (string FullPath, ImageInfo Info)? resolved = null;
        if (includes is null)
        {
            diagnostics.Add(StructureDescriptors.ImageNotFound, location, target, target);
        }
        else
        {
            resolved = includes.ResolveImage(target, location, diagnostics);
        }

        if (resolved is { } file)
        {
            result.Add(new ImageRun(BlockWalker.PlainText(alt).Trim(), string.IsNullOrEmpty(image.Title) ? null : image.Title, target, file.FullPath, file.Info, location)
            {
                Caption = alt,
            });
        }
        else
        {
            result.AddRange(alt);
        }
    }

    /// <summary>
    /// A paragraph that holds only a picture (and its id, <c>{#fig:name}</c>) is a figure: numbered through the body
    /// (<c>A.1</c> in Annex A), captioned with its title or else its alternative text.
    /// </summary>
    private FigureBlock? AsFigure(List<Inline> inlines, SourceLocation location)
    {
        if (noteDepth > 0 || inlines.Count is 0 or > 2 || inlines[0] is not ImageRun image)
        {
            return null;
        }

        string? id = null;
        if (inlines.Count == 2)
        {
            if (inlines[1] is not TextRun attributes || AttributeId(attributes.Text) is not { } written)
            {
                return null;
            }

            id = written;
        }

        IReadOnlyList<Inline> caption = image.Title is { } title ? [new TextRun(title, image.Location)] : image.Caption;
        return new FigureBlock(image, caption, NextCaptionNumber(ref figureCount), id, location);
    }

    /// <summary>The text and id of a table caption paragraph (<c>Table: title {#tbl:name}</c>), or null for any other paragraph.</summary>
    private static (IReadOnlyList<Inline> Text, string? Id, SourceLocation Location)? TableCaption(Model.ParagraphBlock paragraph)
    {
        if (paragraph.Inlines.Count == 0 || paragraph.Inlines[0] is not TextRun first)
        {
            return null;
        }

        int prefix = first.Text.StartsWith("Table:", StringComparison.Ordinal) ? 6 : first.Text.StartsWith(": ", StringComparison.Ordinal) ? 1 : -1;
        if (prefix < 0)
        {
            return null;
        }

        var text = InlineEditing.TrimStart(InlineEditing.RemovePrefix(paragraph.Inlines, prefix)).ToList();
        string? id = null;
        if (text.Count > 0 && text[^1] is TextRun last && TrailingAttributePattern().Match(last.Text) is { Success: true } match)
        {
            id = match.Groups["id"].Value;
            string rest = last.Text[..match.Index].TrimEnd();
            text[^1] = last with { Text = rest };
            if (rest.Length == 0)
            {
                text.RemoveAt(text.Count - 1);
            }
        }

        return (text, id, paragraph.Location);
    }

    /// <summary>The id of a trailing attribute block <c>{#fig:name}</c> (pandoc's syntax), or null.</summary>
    internal static string? AttributeId(string text)
    {
        var match = AttributePattern().Match(text);
        return match.Success ? match.Groups["id"].Value : null;
    }

    /// <summary>The next figure or table number: 1, 2… in the body, A.1, A.2… in Annex A.</summary>
    private string NextCaptionNumber(ref int count)
    {
        string? annex = numberer.InAnnex ? numberer.CurrentTopLevel : null;
        if (!string.Equals(annex, captionAnnex, StringComparison.Ordinal))
        {
            captionAnnex = annex;
            figureCount = 0;
            tableCount = 0;
        }

        count++;
        string number = count.ToString(CultureInfo.InvariantCulture);
        return annex is null ? number : annex + "." + number;
    }

    /// <summary>The block's whole span when the text is the file itself; else its first position.</summary>
    private SourceLocation Locate(Md.Block block) =>
        spans is not null && block.Span.Length > 0 ? spans(block.Span.Start, block.Span.End) : map(block.Line, block.Column, 0);

    private Model.HeadingBlock BindHeading(List<Inline> bound, int level, bool topLevel, SourceLocation location)
    {
        var (title, id) = TakeTrailingId(bound);
        string text = InlineEditing.PlainText(title);
        var label = HeadingLabelParser.Parse(text, level);
        title = label.Unnumbered
            ? InlineEditing.RemoveSuffix(title, label.SuffixLength)
            : InlineEditing.RemovePrefixAndTrimStart(title, label.PrefixLength);
        if (!topLevel)
        {
            return new Model.HeadingBlock(level, HeadingKind.Unnumbered, null, false, title, location) { Id = id };
        }

        var (number, written) = numberer.Next(label, level);
        var kind = label.Unnumbered ? HeadingKind.Unnumbered : label.Kind;
        if (kind == HeadingKind.Annex && numberer.AnnexPastZ)
        {
            diagnostics.Add(StructureDescriptors.AnnexPastZ, location);
        }
        else if (kind == HeadingKind.Clause && !written && HeadingLabelParser.OutOfRangeNumber(text) is { } huge)
        {
            diagnostics.Add(StructureDescriptors.ClauseNumberOutOfRange, location, huge.Length > 24 ? huge[..24] + "…" : huge, number);
        }
        return new Model.HeadingBlock(level, kind, number, written, title, location) { Id = id };
    }

    private Model.Block BindParagraph(IReadOnlyList<Inline> inlines, SourceLocation location)
    {
        if (noteDepth > 0)
        {
            return new Model.ParagraphBlock(inlines, location);
        }

        if (!MayStartWithActionLabel(inlines))
        {
            return new Model.ParagraphBlock(inlines, location) { Kind = KindOf(inlines) };
        }

        string text = InlineEditing.PlainText(inlines);
        bool inSummary = numberer.CurrentTopLevel == "0" && !numberer.InAnnex;
        var start = inlines.Count > 0 && inlines[0] is TextRun { Location: { } first } ? first : location;

        // The label's length and the ranges of its groups, without a Match (issue 21).
        int numbered = ActionLabelPattern.NumberedLabel(text, out var numberedN);
        if (numbered >= 0)
        {
            return MakeAction(ActionStyle.Numbered, null, text.AsSpan(numberedN), text, numbered, inlines, inSummary, start, location);
        }

        int prefixed = ActionLabelPattern.PrefixedLabel(text, out var prefixRange, out var prefixedN);
        if (prefixed >= 0 && ActionLabelPattern.IsGroupLike(text.AsSpan(prefixRange), actionPrefix))
        {
            // The record's own prefix is the string it was read into; another is cut out of the text once.
            var written = text.AsSpan(prefixRange);
            string prefix = actionPrefix is not null && written.SequenceEqual(actionPrefix) ? actionPrefix : written.ToString();
            return MakeAction(ActionStyle.Prefixed, prefix, text.AsSpan(prefixedN), text, prefixed, inlines, inSummary, start, location);
        }

        return new Model.ParagraphBlock(inlines, location) { Kind = KindOf(inlines) };
    }

    /// <summary>
    /// False when the plain text of <paramref name="inlines"/> cannot start with an action label (<see cref="ActionLabelPattern"/>):
    /// a label starts with a capital A-Z and holds only ASCII letters, digits, hyphens and spaces before its colon, so the
    /// first other character must be that colon. Reads only the start of the paragraph; most paragraphs fail at once.
    /// </summary>
    internal static bool MayStartWithActionLabel(IReadOnlyList<Inline> inlines)
    {
        // Most paragraphs start with a text run that decides it: no walk of the leaves (an enumerator each) is needed.
        bool first = true;
        if (inlines.Count > 0 && inlines[0] is TextRun { Text: var opening } && Decide(opening, ref first) is { } decided)
        {
            return decided;
        }

        first = true;
        foreach (var leaf in BlockWalker.Leaves(inlines))
        {
            if (Decide(BlockWalker.LeafText(leaf), ref first) is { } answer)
            {
                return answer;
            }
        }

        return false;
    }

    /// <summary>
    /// Reads one piece of <see cref="MayStartWithActionLabel"/>'s text: its answer, or null when the piece ends undecided.
    /// After the first character, the run of label characters is skipped with a vectorized search (<see cref="LabelChars"/>:
    /// the ASCII ones; a no-break space or another Unicode digit is stepped over one by one): most paragraphs' first words are all label characters up
    /// to the first comma or full stop (issue 21). <c>HeadingLabelEquivalenceTests</c> holds it to the loop it replaced.
    /// </summary>
    private static bool? Decide(string piece, ref bool first)
    {
        int i = 0;
        if (first)
        {
            if (piece.Length == 0)
            {
                return null;
            }

            if (!char.IsAsciiLetterUpper(piece[0]))
            {
                return false;
            }

            first = false;
            i = 1;
        }

        while (true)
        {
            int next = piece.AsSpan(i).IndexOfAnyExcept(LabelChars);
            if (next < 0)
            {
                return null;
            }

            i += next;
            char c = piece[i];
            if (!(c == '\u00A0' || char.IsDigit(c)))
            {
                return c == ':';
            }

            i++;
        }
    }

    /// <summary>The ASCII characters an action label holds before its colon: letters, digits, '-' and ' ' (all ASCII: vectorized).</summary>
    private static readonly SearchValues<char> LabelChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789- ");

    /// <param name="text">The paragraph's plain text, whose first <paramref name="matchLength"/> characters are the label.</param>
    private static ActionBlock MakeAction(
        ActionStyle style,
        string? prefix,
        ReadOnlySpan<char> number,
        string text,
        int matchLength,
        IReadOnlyList<Inline> inlines,
        bool inSummary,
        SourceLocation start,
        SourceLocation location)
    {
        int labelLength = text.AsSpan(0, matchLength).TrimEnd(" \t\u00A0").Length;
        var labelLocation = start with { End = start.Start with { Character = start.Start.Character + labelLength } };
        var rest = InlineEditing.RemovePrefix(inlines, matchLength);
        return new ActionBlock(style, prefix, int.Parse(number, CultureInfo.InvariantCulture), rest, inSummary, labelLocation, location);
    }

    /// <summary>A pipe table column's alignment in the model (Markdig's table and the simple table alike).</summary>
    private static ColumnAlignment AlignmentOf(TableColumnAlign? alignment) => alignment switch
    {
        TableColumnAlign.Left => ColumnAlignment.Left,
        TableColumnAlign.Center => ColumnAlignment.Center,
        TableColumnAlign.Right => ColumnAlignment.Right,
        _ => ColumnAlignment.Default,
    };

    private TableBlock BindTable(Table table, SourceLocation location)
    {
        var alignments = new List<ColumnAlignment>(table.ColumnDefinitions.Count);
        foreach (var definition in table.ColumnDefinitions)
        {
            alignments.Add(AlignmentOf(definition.Alignment));
        }

        var rows = new List<Model.TableRow>(table.Count);
        for (int r = 0; r < table.Count; r++)
        {
            if (table[r] is not Markdig.Extensions.Tables.TableRow row)
            {
                continue;
            }

            var cells = new List<Model.TableCell>(row.Count);
            for (int c = 0; c < row.Count; c++)
            {
                if (row[c] is not Markdig.Extensions.Tables.TableCell cell)
                {
                    continue;
                }

                // A cell holds one paragraph (or none): its bound inlines are the cell's, without a copy.
                List<Inline> inlines;
                if (cell.Count == 1 && cell[0] is Md.ParagraphBlock only)
                {
                    inlines = BindCellParagraph(only);
                }
                else
                {
                    inlines = [];
                    for (int p = 0; p < cell.Count; p++)
                    {
                        if (cell[p] is not Md.ParagraphBlock paragraph)
                        {
                            continue;
                        }

                        if (inlines.Count > 0)
                        {
                            inlines.Add(new TextRun(" "));
                        }

                        inlines.AddRange(BindCellParagraph(paragraph));
                    }
                }

                cells.Add(new Model.TableCell(inlines));
            }

            rows.Add(new Model.TableRow(cells, row.IsHeader));
        }

        // Markdig may report a trailing empty column definition for a closing pipe.
        int columns = rows.Count == 0 ? alignments.Count : 0;
        foreach (var bound in rows)
        {
            columns = Math.Max(columns, bound.Cells.Count);
        }

        int kept = Math.Min(alignments.Count, Math.Max(columns, 1));
        if (kept < alignments.Count)
        {
            alignments.RemoveRange(kept, alignments.Count - kept);
        }

        return new TableBlock(alignments, rows, location);
    }

    /// <summary>
    /// The table of a <see cref="SimplePipeTableBlock"/>: what <see cref="BindTable"/> makes of Markdig's table of the same
    /// lines (each cell one run of its text, where the text starts; as many alignments as cells in a row).
    /// </summary>
    private TableBlock BindSimpleTable(SimplePipeTableBlock table, SourceLocation location)
    {
        int columns = table.Alignments.Count;
        var alignments = new List<ColumnAlignment>(columns);
        foreach (var alignment in table.Alignments)
        {
            alignments.Add(AlignmentOf(alignment));
        }

        var rows = new List<Model.TableRow>(table.Cells.Count / columns);
        for (int first = 0; first < table.Cells.Count; first += columns)
        {
            var cells = new List<Model.TableCell>(columns);
            for (int c = first; c < first + columns; c++)
            {
                var cell = table.Cells[c];
                var run = new TextRun(cell.Text, map(cell.Line, cell.Column, cell.Text.Length));
                cells.Add(new Model.TableCell(new List<Inline>(1) { run }));
            }

            rows.Add(new Model.TableRow(cells, first == 0));
        }

        return new TableBlock(alignments, rows, location);
    }

    private List<Inline> BindCellParagraph(Md.ParagraphBlock paragraph)
    {
        if (paragraph.Inline?.FirstChild is LiteralInline { NextSibling: null } only && !only.Content.AsSpan().Contains('@'))
        {
            // Most cells hold one piece of text without a citation: its run is made where the text starts, once, instead
            // of made and moved (the merge and the cut of citations leave one run as it is).
            int blanks = BlanksBefore(only.Content);
            var location = map(only.Line, only.Column, only.Content.Length);
            if (blanks > 0)
            {
                location = location with { Start = location.Start with { Character = location.Start.Character + blanks }, End = location.End with { Character = location.End.Character + blanks } };
            }

            return [new TextRun(only.Content.ToString(), location)];
        }

        var bound = BindInlines(paragraph.Inline);
        if (paragraph.Inline?.FirstChild is LiteralInline first && bound.Count > 0 && bound[0] is TextRun { Location: { } at } run)
        {
            // Markdig trims the blanks of "| DOC5 |" but leaves the column on the first blank.
            int lead = BlanksBefore(first.Content);
            bound[0] = run with { Location = at with { Start = at.Start with { Character = at.Start.Character + lead }, End = at.End with { Character = at.End.Character + lead } } };
        }

        return bound;
    }

    private static int BlanksBefore(Markdig.Helpers.StringSlice content)
    {
        int count = 0;
        for (int i = content.Start - 1; i >= 0 && i < content.Text.Length && content.Text[i] is ' ' or '\t'; i--)
        {
            count++;
        }

        return count;
    }

    private List<Inline> BindInlines(ContainerInline? container, int depth = 0)
    {
        if (container is null)
        {
            return [];
        }

        // Most containers hold one run per child: the list is made to that size (a paragraph of one line, one run).
        int count = 0;
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            count++;
        }

        var result = new List<Inline>(count);
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            BindInline(child, result, depth);
        }

        var merged = MergeText(result);
        if (!merged.Exists(static i => i is CriticDelimiter or NoteStart))
        {
            // No note to cut out and no CriticMarkup to pair: both would return the list as it is, and merging the
            // merged runs again changes nothing.
            return SplitCrossReferences(merged);
        }

        return SplitCrossReferences(MergeText(CriticPairing.Pair(ExtractInlineNotes(merged), diagnostics)));
    }

    /// <summary>
    /// A footnote citation: its definition's blocks are bound at the first citation; a later citation of the same
    /// label repeats them (pandoc gives each citation a note of its own).
    /// </summary>
    private FootnoteRun BindFootnote(FootnoteLink link)
    {
        var footnote = link.Footnote;
        string label = (footnote.Label ?? string.Empty).TrimStart('^');
        var location = map(link.Line, link.Column, label.Length + 3);
        bool repeat = !boundNotes.Add(footnote);
        notesBeingBound.Add(footnote);
        noteDepth++;
        try
        {
            return new FootnoteRun(label, BindBlocks(footnote, topLevel: false), location) { Repeat = repeat };
        }
        finally
        {
            noteDepth--;
            notesBeingBound.Remove(footnote);
        }
    }

    /// <summary>
    /// RG2058 when <paramref name="link"/> cites a note whose text is being bound (the note cites itself, directly or
    /// through the notes it cites), RG2059 past <see cref="MaxNoteDepth"/> notes: the citation as the author wrote it.
    /// Null when the note can be bound.
    /// </summary>
    private TextRun? NoteCannotNest(FootnoteLink link)
    {
        bool cycle = notesBeingBound.Contains(link.Footnote);
        if (!cycle && noteDepth < MaxNoteDepth)
        {
            return null;
        }

        string label = (link.Footnote.Label ?? string.Empty).TrimStart('^');
        var location = map(link.Line, link.Column, label.Length + 3);
        if (cycle)
        {
            diagnostics.Add(StructureDescriptors.FootnoteCitesItself, location, label,
                noteDepth switch { 1 => "directly", 2 => "through another note", _ => "through " + (noteDepth - 1) + " other notes" });
        }
        else
        {
            diagnostics.Add(StructureDescriptors.FootnotesNestTooDeep, location, label, MaxNoteDepth);
        }

        return new TextRun("[^" + label + "]", location);
    }

    /// <summary>RG2031 for each <c>[^label]:</c> definition of <paramref name="document"/> that nothing cites.</summary>
    private void ReportUnusedNotes(MarkdownDocument document)
    {
        if (document.GetLinkReferenceDefinitions(false) is not { } group)
        {
            return;
        }

        var unused = group.Links.Values
            .OfType<FootnoteLinkReferenceDefinition>()
            .Select(d => d.Footnote)
            .Where(f => f.Order < 0)
            .OrderBy(f => f.Line)
            .ThenBy(f => f.Column);
        foreach (var footnote in unused)
        {
            string label = (footnote.Label ?? string.Empty).TrimStart('^');
            diagnostics.Add(StructureDescriptors.FootnoteUnused, map(footnote.Line, 0, label.Length + 4), label);
        }
    }

    /// <summary>
    /// Pandoc's inline notes, <c>^[text]</c>: Markdig leaves the brackets as text around the note's inlines (emphasis,
    /// code and links inside are bound as usual), so the note is cut out of the bound inlines here.
    /// </summary>
    private static List<Inline> ExtractInlineNotes(List<Inline> inlines)
    {
        for (int i = 0; i < inlines.Count; i++)
        {
            if (inlines[i] is not NoteStart open)
            {
                continue;
            }

            if (FindClosingBracket(inlines, i + 1, 0) is not { } close)
            {
                // No closing bracket: the "^[" was text.
                inlines[i] = new TextRun("^[", open.Location);
                continue;
            }

            var inner = new List<Inline>(inlines.Skip(i + 1).Take(close.Index - i - 1));
            var closing = (TextRun)inlines[close.Index];
            inner.Add(Slice(closing, 0, close.Offset));
            inner.RemoveAll(x => x is TextRun { Text.Length: 0 });
            var replacement = new List<Inline> { new FootnoteRun(null, [new Model.ParagraphBlock(SplitCrossReferences(MergeText(inner)), open.Location)], open.Location) };
            if (close.Offset + 1 < closing.Text.Length)
            {
                replacement.Add(Slice(closing, close.Offset + 1, closing.Text.Length));
            }

            inlines.RemoveRange(i, close.Index - i + 1);
            inlines.InsertRange(i, replacement);
        }

        return inlines;
    }

    /// <summary>The run and offset of the ']' that closes a '[' opened before (<paramref name="index"/>, <paramref name="offset"/>).</summary>
    private static (int Index, int Offset)? FindClosingBracket(List<Inline> inlines, int index, int offset)
    {
        int depth = 0;
        for (int i = index; i < inlines.Count; i++)
        {
            if (inlines[i] is not TextRun run)
            {
                continue;
            }

            for (int c = i == index ? offset : 0; c < run.Text.Length; c++)
            {
                if (run.Text[c] == '[')
                {
                    depth++;
                }
                else if (run.Text[c] == ']' && depth-- == 0)
                {
                    return (i, c);
                }
            }
        }

        return null;
    }

    private static TextRun Slice(TextRun run, int start, int end) => new(
        run.Text[start..end],
        run.Location is { } at
            ? at with
            {
                Start = at.Start with { Character = at.Start.Character + start },
                End = at.Start with { Character = at.Start.Character + end },
            }
            : null);

    private void BindInline(MdInlines.Inline inline, List<Inline> result, int depth)
    {
        switch (inline)
        {
            case ContainerInline deep when depth >= MaxInlineDepth:
                // Deeper than any real text (a run of 10,000 '*'): keep the words, drop the styling, no recursion.
                BindFlattened(deep, result);
                break;

            case LiteralInline literal:
                result.Add(new TextRun(literal.Content.ToString(), map(literal.Line, literal.Column, literal.Content.Length)));
                break;

            case MdInlines.EmphasisInline emphasis when depth < MaxInlineDepth:
                var children = BindInlines(emphasis, depth + 1);
                InlineStyle? style = (emphasis.DelimiterChar, emphasis.DelimiterCount) switch
                {
                    ('*' or '_', 1) => InlineStyle.Italic,
                    ('*' or '_', >= 2) => InlineStyle.Bold,
                    ('~', 2) => InlineStyle.Strikethrough,
                    ('~', 1) => InlineStyle.Subscript,
                    ('^', _) => InlineStyle.Superscript,
                    _ => null,
                };
                if (style is { } s)
                {
                    result.Add(new StyledRun(s, children));
                }
                else
                {
                    result.AddRange(children);
                }

                break;

            case FootnoteLink { IsBackLink: true }:
                // Markdig's link back from the note to its citation: HTML only.
                break;

            case FootnoteLink note when NoteCannotNest(note) is { } refused:
                // Printed as written, like a citation without a definition: its note is already being bound, or the
                // notes nest too deep to follow (each level is a recursion of the binder).
                result.Add(refused);
                break;

            case FootnoteLink note:
                result.Add(BindFootnote(note));
                break;

            case InlineNoteStart start:
                result.Add(new NoteStart(map(start.Line, start.Column, 2)));
                break;

            case CriticMarker critic:
                result.Add(new CriticDelimiter(critic.Token, critic.Text, critic.Author, critic.Date, map(critic.Line, critic.Column, critic.Length)));
                break;

            case UndefinedFootnoteInline undefined:
                var citation = map(undefined.Line, undefined.Column, undefined.Label.Length + 3);
                diagnostics.Add(StructureDescriptors.FootnoteUndefined, citation, undefined.Label);
                result.Add(new TextRun("[^" + undefined.Label + "]", citation));
                break;

            case MdInlines.CodeInline code:
                result.Add(new CodeRun(code.Content));
                break;

            case MdInlines.LinkInline { IsImage: true } image:
                BindImage(image, result, depth);
                break;

            case MdInlines.LinkInline link when depth < MaxInlineDepth:
                result.Add(new LinkRun(link.Url ?? string.Empty, BindInlines(link, depth + 1)));
                break;

            case AutolinkInline autolink:
                string url = autolink.IsEmail && !autolink.Url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
                    ? "mailto:" + autolink.Url
                    : autolink.Url;
                result.Add(new LinkRun(url, [new TextRun(autolink.Url, map(autolink.Line, autolink.Column, autolink.Url.Length))]));
                break;

            case MdInlines.LineBreakInline lineBreak:
                result.Add(lineBreak.IsHard ? new BreakRun() : new TextRun(" "));
                break;

            case HtmlEntityInline entity:
                result.Add(new TextRun(entity.Transcoded.ToString(), map(entity.Line, entity.Column, 0)));
                break;

            case HtmlInline html:
                if (!IsSuppressionComment(html.Tag))
                {
                    diagnostics.Add(StructureDescriptors.RawHtml, map(html.Line, html.Column, html.Tag.Length), Abbreviate(html.Tag));
                }

                break;

            case ContainerInline other:
                foreach (var child in other)
                {
                    BindInline(child, result, depth + 1);
                }

                break;

            default:
                string text = inline.ToString() ?? string.Empty;
                if (text.Length > 0 && !text.StartsWith("Markdig.", StringComparison.Ordinal))
                {
                    result.Add(new TextRun(text, map(inline.Line, inline.Column, text.Length)));
                }

                break;
        }
    }

    /// <summary>Binds the leaves under <paramref name="container"/> in order, walking with a stack instead of the call stack.</summary>
    private void BindFlattened(ContainerInline container, List<Inline> result)
    {
        var pending = new Stack<MdInlines.Inline>();
        PushChildren(container, pending);
        while (pending.Count > 0)
        {
            var inline = pending.Pop();
            if (inline is ContainerInline nested)
            {
                PushChildren(nested, pending);
            }
            else
            {
                BindInline(inline, result, MaxInlineDepth);
            }
        }

        static void PushChildren(ContainerInline parent, Stack<MdInlines.Inline> stack)
        {
            for (var child = parent.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>
    /// Joins adjacent text runs on the same line, so rules see whole words ("TSAG-TD624R2" is one run). A run of runs
    /// to join is joined with one concatenation (the first run's location, the texts in order); a list with nothing to
    /// join is returned as it is. The tests hold it to the run-by-run merge it replaced (<c>BodyBinderAllocationEquivalenceTests</c>).
    /// </summary>
    internal static List<Inline> MergeText(List<Inline> inlines)
    {
        List<Inline>? merged = null;
        for (int i = 0; i < inlines.Count; i++)
        {
            if (inlines[i] is not TextRun first)
            {
                merged?.Add(inlines[i]);
                continue;
            }

            // The runs that join the one at i: each on the line of the text joined so far, right after it.
            int end = i + 1;
            int length = first.Text.Length;
            while (end < inlines.Count && inlines[end] is TextRun next && SameLine(first.Location, length, next))
            {
                length += next.Text.Length;
                end++;
            }

            if (end == i + 1)
            {
                merged?.Add(first);
                continue;
            }

            merged ??= inlines.GetRange(0, i);
            merged.Add(first with { Text = Concat(inlines, i, end, length) });
            i = end - 1;
        }

        return merged ?? inlines;
    }

    /// <summary>The texts of the text runs <c>inlines[start..end)</c>, <paramref name="length"/> characters in all, as one string.</summary>
    private static string Concat(List<Inline> inlines, int start, int end, int length) =>
        string.Create(length, (inlines, start, end), static (span, state) =>
        {
            int at = 0;
            for (int i = state.start; i < state.end; i++)
            {
                string text = ((TextRun)state.inlines[i]).Text;
                text.CopyTo(span[at..]);
                at += text.Length;
            }
        });

    /// <summary><see cref="SameLine(TextRun, TextRun)"/> for a run of <paramref name="length"/> characters at <paramref name="location"/>.</summary>
    private static bool SameLine(SourceLocation? location, int length, TextRun b) =>
        location is null || b.Location is null
            ? location is null && b.Location is null
            : location.Start.Line == b.Location.Start.Line
              && location.Start.Character + length == b.Location.Start.Character;

    private static bool SameLine(TextRun a, TextRun b) =>
        a.Location is null || b.Location is null
            ? a.Location is null && b.Location is null
            : a.Location.Start.Line == b.Location.Start.Line
              && a.Location.Start.Character + a.Text.Length == b.Location.Start.Character;

    /// <summary>Where a pandoc inline note <c>^[</c> starts, until <see cref="ExtractInlineNotes"/> cuts the note out.</summary>
    private sealed record NoteStart(SourceLocation Location) : Inline;

    private static string Abbreviate(string html)
    {
        string line = html.Trim().Split('\n')[0];
        return line.Length > 40 ? line[..40] + "…" : line;
    }

    [GeneratedRegex(@"^\s*\{#(?<id>[A-Za-z][A-Za-z0-9_:.-]*)\}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AttributePattern();

    [GeneratedRegex(@"\s*\{#(?<id>[A-Za-z][A-Za-z0-9_:.-]*)\}\s*$", RegexOptions.CultureInvariant)]
    internal static partial Regex TrailingAttributePattern();

    [GeneratedRegex(@"^\{(?<name>[A-Za-z][A-Za-z0-9_-]*)\}$", RegexOptions.CultureInvariant)]
    private static partial Regex DirectivePattern();

    /// <summary>An HTML comment that holds only rgiem suppressions (<see cref="Diagnostics.Suppressions"/>).</summary>
    private static bool IsSuppressionComment(string html)
    {
        string text = html.Trim();
        return text.StartsWith("<!--", StringComparison.Ordinal) && text.EndsWith("-->", StringComparison.Ordinal)
            && text.Split("-->", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .All(c => c.StartsWith("<!--", StringComparison.Ordinal) && c[4..].TrimStart().StartsWith("rgiem-", StringComparison.Ordinal));
    }
}
