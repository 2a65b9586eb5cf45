using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Import;
using Rgiem.Core.Model;
using A = DocumentFormat.OpenXml.Drawing;
using Break = DocumentFormat.OpenXml.Wordprocessing.Break;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Hyperlink = DocumentFormat.OpenXml.Wordprocessing.Hyperlink;
using Run = DocumentFormat.OpenXml.Wordprocessing.Run;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Rgiem.Docx.Import;

/// <summary>
/// Reads the content of a paragraph as model inlines: text with bold, italic, strikethrough, superscript and
/// subscript (direct or from a character style), hyperlinks (elements and HYPERLINK fields), footnotes and
/// endnotes, pictures (extracted), line breaks; tracked insertions kept and deletions left out (as if accepted).
/// Fields keep the text Word last showed; those whose text is not a number or a reference rgiem makes again are
/// reported (RG8204), a table of contents is left out (the front matter's <c>toc</c>). Text boxes, comments,
/// charts, shapes, equations, embedded objects, symbols and page breaks are reported with their place.
/// </summary>
internal sealed partial class InlineReader(ImportContext context)
{
    /// <summary>Fields whose text is a number, a reference or a link that the record or the build makes again.</summary>
    private static readonly HashSet<string> KnownFields = new(StringComparer.Ordinal)
    {
        "SEQ", "REF", "PAGEREF", "NOTEREF", "STYLEREF", "HYPERLINK", "PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION", "TOC", "TC", "XE", "INDEX",
    };

    /// <summary>Reads the blocks of a footnote or endnote (set by the body reader).</summary>
    public Func<OpenXmlElement, IReadOnlyList<Block>>? Notes { get; set; }

    public List<Inline> Read(OpenXmlElement container)
    {
        var segments = new List<InlineSegment>();
        Walk(container.ChildElements, segments);
        return Group(segments);
    }

    /// <summary>Merges neighbours of equal formatting and nests the formatting: bold outside, then italic, strikethrough, super- and subscript.</summary>
    public static List<Inline> Group(List<InlineSegment> segments)
    {
        var output = new List<Inline>();
        int i = 0;
        while (i < segments.Count)
        {
            var format = segments[i].Format;
            var inner = new List<Inline>();
            var text = new StringBuilder();
            for (; i < segments.Count && segments[i].Format == format; i++)
            {
                if (segments[i].Item is TextRun run)
                {
                    text.Append(run.Text);
                    continue;
                }

                if (text.Length > 0)
                {
                    inner.Add(new TextRun(text.ToString()));
                    text.Clear();
                }

                inner.Add(segments[i].Item);
            }

            if (text.Length > 0)
            {
                inner.Add(new TextRun(text.ToString()));
            }

            IReadOnlyList<Inline> wrapped = inner;
            foreach (var (flag, style) in new[]
            {
                (RunFormat.Subscript, InlineStyle.Subscript), (RunFormat.Superscript, InlineStyle.Superscript),
                (RunFormat.Strike, InlineStyle.Strikethrough), (RunFormat.Italic, InlineStyle.Italic), (RunFormat.Bold, InlineStyle.Bold),
            })
            {
                if (format.HasFlag(flag))
                {
                    wrapped = [new StyledRun(style, wrapped)];
                }
            }

            output.AddRange(wrapped);
        }

        return output;
    }

    private void Walk(IEnumerable<OpenXmlElement> elements, List<InlineSegment> segments)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case Run run:
                    ReadRun(run, segments);
                    break;
                case Hyperlink link:
                    var inside = new List<InlineSegment>();
                    Walk(link.ChildElements, inside);
                    string? url = link.Id?.Value is { } id ? context.Main.HyperlinkRelationships.FirstOrDefault(r => r.Id == id)?.Uri.OriginalString : null;
                    if (url is not null && context.Showing)
                    {
                        Sink(segments).Add(new InlineSegment(new LinkRun(url, Group(inside)), RunFormat.None));
                    }
                    else
                    {
                        Sink(segments).AddRange(inside);
                    }

                    break;
                case InsertedRun or MoveToRun:
                    context.TrackedChanges++;
                    Walk(element.ChildElements, segments);
                    break;
                case DeletedRun or MoveFromRun:
                    context.TrackedChanges++;
                    break;
                case SimpleField field:
                    ReadSimpleField(field, segments);
                    break;
                case SdtRun sdt:
                    Walk(sdt.SdtContentRun?.ChildElements ?? (IEnumerable<OpenXmlElement>)[], segments);
                    break;
                case CustomXmlRun:
                case OpenXmlElement { LocalName: "smartTag" }:
                    Walk(element.ChildElements, segments);
                    break;
                case CommentRangeStart comment when comment.Id?.Value is { } commentId:
                    context.ReportComment(commentId);
                    break;
                case DocumentFormat.OpenXml.Math.OfficeMath or DocumentFormat.OpenXml.Math.Paragraph:
                    context.Report(ImportDescriptors.UnsupportedObject, context.Place(), "an equation ('" + PlainText.Start(element) + "')");
                    break;
                case AlternateContent alternate:
                    Walk(alternate.GetFirstChild<AlternateContentChoice>()?.ChildElements ?? (IEnumerable<OpenXmlElement>)[], segments);
                    break;
            }
        }
    }

    private void ReadSimpleField(SimpleField field, List<InlineSegment> segments)
    {
        var frame = new FieldFrame { InResult = true };
        frame.Instruction.Append(field.Instruction?.Value ?? string.Empty);
        Open(frame);
        context.Fields.Add(frame);
        var result = new List<InlineSegment>();
        Walk(field.ChildElements, result);
        context.Fields.Remove(frame);
        Close(frame, frame.Result ?? result, segments);
    }

    private void ReadRun(Run run, List<InlineSegment> segments)
    {
        var format = Format(run.RunProperties);
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case FieldChar fieldChar:
                    Field(fieldChar, segments);
                    continue;
                case FieldCode code:
                    if (context.Fields.Count > 0 && !context.Fields[^1].InResult)
                    {
                        context.Fields[^1].Instruction.Append(code.Text);
                    }

                    continue;
                case CommentReference comment when comment.Id?.Value is { } id:
                    context.ReportComment(id);
                    continue;
            }

            if (!context.Showing)
            {
                continue;
            }

            var sink = Sink(segments);
            switch (child)
            {
                case Text text:
                    sink.Add(new InlineSegment(new TextRun(text.Text), format));
                    break;
                case TabChar or PositionalTab:
                    sink.Add(new InlineSegment(new TextRun("\t"), format));
                    break;
                case Break br when br.Type?.Value == BreakValues.Page || br.Type?.Value == BreakValues.Column:
                    context.Report(ImportDescriptors.Layout, context.Place(), br.Type?.Value == BreakValues.Page ? "a page break" : "a column break");
                    break;
                case Break or CarriageReturn:
                    sink.Add(new InlineSegment(new BreakRun(), RunFormat.None));
                    break;
                case NoBreakHyphen:
                    sink.Add(new InlineSegment(new TextRun("-"), format));
                    break;
                case SymbolChar symbol:
                    context.Report(ImportDescriptors.UnsupportedObject, context.Place(), "a symbol character (" + symbol.Font?.Value + " " + symbol.Char?.Value + ")");
                    break;
                case FootnoteReference note when note.Id?.Value is { } id && context.Footnotes.TryGetValue(id, out var footnote):
                    sink.Add(new InlineSegment(new FootnoteRun(null, Notes?.Invoke(footnote) ?? [], null), RunFormat.None));
                    break;
                case EndnoteReference note when note.Id?.Value is { } id && context.Endnotes.TryGetValue(id, out var endnote):
                    sink.Add(new InlineSegment(new FootnoteRun(null, Notes?.Invoke(endnote) ?? [], null), RunFormat.None));
                    break;
                case Drawing drawing:
                    ReadDrawing(drawing, sink);
                    break;
                case Picture picture:
                    ReadPicture(picture, sink);
                    break;
                case EmbeddedObject:
                    context.Report(ImportDescriptors.UnsupportedObject, context.Place(), "an embedded object");
                    break;
                case AlternateContent alternate:
                    foreach (var choice in alternate.GetFirstChild<AlternateContentChoice>()?.ChildElements ?? (IEnumerable<OpenXmlElement>)[])
                    {
                        if (choice is Drawing d)
                        {
                            ReadDrawing(d, sink);
                        }
                        else if (choice is Picture p)
                        {
                            ReadPicture(p, sink);
                        }
                    }

                    break;
            }
        }
    }

    private void Field(FieldChar fieldChar, List<InlineSegment> segments)
    {
        var type = fieldChar.FieldCharType?.Value;
        if (type == FieldCharValues.Begin)
        {
            context.Fields.Add(new FieldFrame());
        }
        else if (type == FieldCharValues.Separate && context.Fields.Count > 0 && !context.Fields[^1].InResult)
        {
            var frame = context.Fields[^1];
            frame.InResult = true;
            Open(frame);
        }
        else if (type == FieldCharValues.End && context.Fields.Count > 0)
        {
            var frame = context.Fields[^1];
            context.Fields.RemoveAt(context.Fields.Count - 1);
            if (!frame.InResult)
            {
                // A field without a result shows nothing; only its kind is worth a message.
                Open(frame);
            }

            Close(frame, frame.Result ?? [], segments);
        }
    }

    /// <summary>Decides what becomes of a field's result once its instruction is known.</summary>
    private void Open(FieldFrame frame)
    {
        string kind = frame.Kind;
        if (kind == "TOC")
        {
            frame.Skip = true;
            context.HasToc = true;
        }
        else if (kind == "HYPERLINK")
        {
            var target = QuotedArgument().Match(frame.Instruction.ToString());
            bool anchor = frame.Instruction.ToString().Contains("\\l", StringComparison.Ordinal);
            frame.Link = target.Success && !anchor ? target.Groups[1].Value : null;
            frame.Result = [];
        }
        else if (!KnownFields.Contains(kind) || (kind == "REF" && CrossReferenceTargets.Bookmark(frame.Instruction.ToString()) is { } name && context.Targets.Find(name) is not null))
        {
            // Collected: an unknown field's text is reported, a cross-reference's may become a citation.
            frame.Result = [];
        }
    }

    private void Close(FieldFrame frame, List<InlineSegment> result, List<InlineSegment> segments)
    {
        if (frame.Skip || ReferenceEquals(result, segments))
        {
            return;
        }

        var sink = Sink(segments);
        if (frame.Link is { } link)
        {
            sink.Add(new InlineSegment(new LinkRun(link, Group(result)), RunFormat.None));
            return;
        }

        string kind = frame.Kind;
        if (kind == "REF" && CrossReference(frame, result, sink))
        {
            return;
        }

        if (!KnownFields.Contains(kind) && kind.Length > 0)
        {
            string shown = string.Concat(result.Select(s => s.Item is TextRun t ? t.Text : string.Empty));
            context.Report(ImportDescriptors.UnknownField, context.Place(), kind, shown.Length > 40 ? shown[..40] + "…" : shown);
        }

        sink.AddRange(result);
    }

    /// <summary>
    /// A REF field to a heading or caption bookmark whose text is what rgiem's citation of it reads ("Figure 1", "Table A.2",
    /// "Annex A", "clause 2.1" with the word before the field, a heading's title) becomes that citation: <c>@fig:x</c>,
    /// <c>@sec:x</c>, <c>@Sec:x</c> for "Clause 2.1". Any other text (a page number, the whole caption) stays text.
    /// </summary>
    private bool CrossReference(FieldFrame frame, List<InlineSegment> result, List<InlineSegment> sink)
    {
        if (CrossReferenceTargets.Bookmark(frame.Instruction.ToString()) is not { } name || context.Targets.Find(name) is not { } target)
        {
            return false;
        }

        string shown = Core.Import.CoverText.Normalize(string.Concat(result.Select(s => s.Item is TextRun t ? t.Text : string.Empty)));
        var format = result.Count > 0 ? result[0].Format : RunFormat.None;
        bool capitalized = false;
        bool matches = target.Kind switch
        {
            "fig" => FigureLabel().IsMatch(shown),
            "tbl" => TableLabel().IsMatch(shown),
            _ => AnnexReference().IsMatch(shown)
                || (ClauseReference().IsMatch(shown) && TakeClauseWord(sink, out capitalized))
                || (!ClauseReference().IsMatch(shown) && shown.Length > 0 && string.Equals(shown, Core.Import.CoverText.Normalize(PlainText.Of(target.Paragraph)), StringComparison.Ordinal)),
        };
        if (!matches)
        {
            return false;
        }

        sink.Add(new InlineSegment(new CrossReferenceRun(target.Id, capitalized, null), format));
        return true;
    }

    /// <summary>Removes "clause " (or "Clause ") from the end of the text before a clause number's REF field.</summary>
    private static bool TakeClauseWord(List<InlineSegment> sink, out bool capitalized)
    {
        capitalized = false;
        var tail = new System.Text.StringBuilder();
        int first = sink.Count;
        while (first > 0 && sink[first - 1].Item is TextRun && tail.Length < 7)
        {
            first--;
            tail.Insert(0, ((TextRun)sink[first].Item).Text);
        }

        string text = tail.ToString();
        if (!text.EndsWith("lause ", StringComparison.Ordinal) || text.Length < 7 || text[^7] is not ('c' or 'C') || (text.Length > 7 && char.IsLetterOrDigit(text[^8])))
        {
            return false;
        }

        capitalized = text[^7] == 'C';
        int remove = 7;
        while (remove > 0)
        {
            var last = sink[^1];
            string run = ((TextRun)last.Item).Text;
            if (run.Length <= remove)
            {
                sink.RemoveAt(sink.Count - 1);
                remove -= run.Length;
            }
            else
            {
                sink[^1] = last with { Item = new TextRun(run[..^remove]) };
                remove = 0;
            }
        }

        return true;
    }

    /// <summary>Where content goes: the result of the innermost field that collects its result, else the paragraph.</summary>
    private List<InlineSegment> Sink(List<InlineSegment> segments)
    {
        for (int i = context.Fields.Count - 1; i >= 0; i--)
        {
            if (context.Fields[i].InResult && context.Fields[i].Result is { } result)
            {
                return result;
            }
        }

        return segments;
    }

    private void ReadDrawing(Drawing drawing, List<InlineSegment> sink)
    {
        if (drawing.Descendants<A.Blip>().FirstOrDefault()?.Embed?.Value is { } id && context.Image(id) is { } file)
        {
            var properties = drawing.Descendants<DW.DocProperties>().FirstOrDefault();
            string alt = properties?.Description?.Value ?? properties?.Title?.Value ?? string.Empty;
            sink.Add(new InlineSegment(new ImportedImageRun(file, alt, null), RunFormat.None));
            return;
        }

        ReportShape(drawing);
    }

    private void ReadPicture(Picture picture, List<InlineSegment> sink)
    {
        var data = picture.Descendants().FirstOrDefault(e => e.LocalName == "imagedata");
        string? id = data?.GetAttributes().FirstOrDefault(a => a.LocalName == "id" && a.NamespaceUri.Contains("relationships", StringComparison.Ordinal)).Value;
        if (id is not null && context.Image(id) is { } file)
        {
            string alt = data!.GetAttributes().FirstOrDefault(a => a.LocalName == "title").Value ?? string.Empty;
            sink.Add(new InlineSegment(new ImportedImageRun(file, alt, null), RunFormat.None));
            return;
        }

        ReportShape(picture);
    }

    private void ReportShape(OpenXmlElement shape)
    {
        var box = shape.Descendants().FirstOrDefault(e => e.LocalName is "txbxContent" or "txbx");
        if (box is not null)
        {
            context.Report(ImportDescriptors.TextBox, context.Place(), PlainText.Start(box));
        }
        else if (shape.Descendants().Any(e => e.LocalName == "chart"))
        {
            context.Report(ImportDescriptors.UnsupportedObject, context.Place(), "a chart");
        }
        else
        {
            context.Report(ImportDescriptors.UnsupportedObject, context.Place(), "a drawing (shapes)");
        }
    }

    private RunFormat Format(RunProperties? properties)
    {
        if (properties is null)
        {
            return RunFormat.None;
        }

        var (styleBold, styleItalic) = context.Styles.RunFormat(properties.RunStyle?.Val?.Value);
        bool bold = properties.Bold is { } b ? b.Val?.Value ?? true : styleBold;
        bool italic = properties.Italic is { } i ? i.Val?.Value ?? true : styleItalic;
        bool strike = (properties.Strike is { } s && (s.Val?.Value ?? true)) || (properties.DoubleStrike is { } d && (d.Val?.Value ?? true));
        var vertical = properties.VerticalTextAlignment?.Val?.Value;
        var format = RunFormat.None;
        if (bold)
        {
            format |= RunFormat.Bold;
        }

        if (italic)
        {
            format |= RunFormat.Italic;
        }

        if (strike)
        {
            format |= RunFormat.Strike;
        }

        if (vertical == VerticalPositionValues.Superscript)
        {
            format |= RunFormat.Superscript;
        }
        else if (vertical == VerticalPositionValues.Subscript)
        {
            format |= RunFormat.Subscript;
        }

        return format;
    }

    [GeneratedRegex(@"^Figure[ \u00A0][A-Z0-9]{1,2}(?:\.\d{1,3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex FigureLabel();

    [GeneratedRegex(@"^Table[ \u00A0][A-Z0-9]{1,2}(?:\.\d{1,3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex TableLabel();

    [GeneratedRegex(@"^Annex[ \u00A0][A-Z0-9]{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex AnnexReference();

    [GeneratedRegex(@"^(?:\d{1,2}|[A-Z])(?:\.\d{1,2}){0,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseReference();

    [GeneratedRegex("\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedArgument();
}
