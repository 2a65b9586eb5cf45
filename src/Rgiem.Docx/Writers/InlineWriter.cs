using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Core.Model;

namespace Rgiem.Docx.Writers;

/// <summary>Writes model inlines as Word runs: tabs as <c>w:tab</c>, emphasis as run properties, links as hyperlinks.</summary>
internal sealed class InlineWriter(RenderState state)
{
    /// <summary>How deep emphasis and links nest before the rest is written as plain text.</summary>
    internal const int MaxDepth = 64;

    /// <summary>Writes the text of a footnote into the footnotes and returns its id; set by the body writer.</summary>
    public Func<FootnoteRun, int>? Notes { get; set; }

    public IEnumerable<OpenXmlElement> Write(IEnumerable<Inline> inlines, RunStyleSet styles = default)
    {
        var output = new List<OpenXmlElement>();
        Write(inlines, styles, output, 0);
        return output;
    }

    /// <summary>A run of plain text with the given formatting; tabs and line feeds become Word tab and break elements.</summary>
    public static Run TextRun(string text, RunStyleSet styles = default)
    {
        var run = new Run();
        if (styles.Properties() is { } properties)
        {
            run.RunProperties = properties;
        }

        AppendText(run, XmlText.Clean(text));
        return run;
    }

    /// <summary>Writes <paramref name="inlines"/> at nesting <paramref name="depth"/> (also what <see cref="DirectBodyWriter"/> falls back to).</summary>
    internal void Write(IEnumerable<Inline> inlines, RunStyleSet styles, List<OpenXmlElement> output, int depth)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Core.Model.TextRun text:
                    if (text.Text.Length > 0)
                    {
                        output.Add(TextRun(text.Text, styles));
                    }

                    break;
                case StyledRun styled when depth < MaxDepth:
                    Write(styled.Children, styles.With(styled.Style), output, depth + 1);
                    break;
                case StyledRun styled:
                    output.Add(TextRun(BlockWalker.PlainText(styled.Children), styles));
                    break;
                case CodeRun code:
                    output.Add(TextRun(code.Text, styles with { Code = true }));
                    break;
                case BreakRun:
                    output.Add(new Run(new Break()));
                    break;
                case LinkRun link:
                    WriteLink(link, styles, output, depth);
                    break;
                case ImageRun image:
                    if (FigureDrawing.Create(state, image) is { } drawing)
                    {
                        output.Add(drawing);
                    }

                    break;
                case CrossReferenceRun reference:
                    WriteCrossReference(reference, styles, output);
                    break;
                case RevisionRun revision:
                    var changed = new List<OpenXmlElement>();
                    WriteChildren(revision.Children, styles, changed, depth);
                    output.AddRange(state.Review.Wrap(revision.Kind, revision.Attribution, changed));
                    break;
                case CommentRun { HighlightOnly: true } highlight:
                    WriteChildren(highlight.Anchor, styles with { Highlight = true }, output, depth);
                    break;
                case CommentRun comment:
                    WriteComment(comment, styles, output, depth);
                    break;
                case FootnoteRun note when Notes is not null && !state.InFootnote:
                    output.Add(FootnoteReferenceRun(Notes(note)));
                    break;
                case FootnoteRun note:
                    // A note inside a note (or where notes have no place): its text in parentheses.
                    output.Add(TextRun(" (" + string.Join(" ", BlockWalker.Descendants(note.Blocks).SelectMany(BlockWalker.InlineGroups).Select(BlockWalker.PlainText)) + ")", styles));
                    break;
            }
        }
    }

    /// <summary>
    /// A citation of a figure, table, clause or annex: a REF field to the target's bookmark (<c>\h</c>: a link to it in
    /// Word), whose result is already the target's label ("Figure 3", "Annex A"; "clause " then the REF to "2.1"). An id
    /// without a target (RG2041) is written as the author wrote it.
    /// </summary>
    private void WriteCrossReference(CrossReferenceRun reference, RunStyleSet styles, List<OpenXmlElement> output)
    {
        if (state.CrossReferences?.Targets.GetValueOrDefault(reference.Id) is not { } target)
        {
            output.Add(TextRun(reference.Written, styles));
            return;
        }

        string prefix = target.Prefix(reference.Capitalized);
        if (prefix.Length > 0)
        {
            output.Add(TextRun(prefix, styles));
        }

        output.AddRange(FieldRuns.Begin($"REF {state.BookmarkName(target.Id)} \\h"));
        output.Add(TextRun(target.Label, styles));
        output.Add(FieldRuns.End());
    }

    /// <summary>
    /// A comment: its text into the comments part (one paragraph, after the <c>annotationRef</c> Word shows the mark
    /// with; a footnote there is written in parentheses), its anchor between the range marks, then its reference.
    /// </summary>
    private void WriteComment(CommentRun comment, RunStyleSet styles, List<OpenXmlElement> output, int depth)
    {
        var text = new InlineWriter(state);
        var paragraph = new Paragraph(new Run(new AnnotationReferenceMark()));
        paragraph.Append(text.Write(comment.Text));
        int id = state.Review.AddComment(comment.Attribution, [paragraph]);
        string value = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        output.Add(new CommentRangeStart { Id = value });
        WriteChildren(comment.Anchor, styles, output, depth);
        output.Add(new CommentRangeEnd { Id = value });
        output.Add(new Run(new CommentReference { Id = value }));
    }

    /// <summary>The superscript number of footnote <paramref name="id"/> in the text.</summary>
    private static Run FootnoteReferenceRun(int id) =>
        new(new RunProperties(new RunStyle { Val = HouseStyle.StyleIds.FootnoteReference }), new FootnoteReference { Id = id });

    private void WriteLink(LinkRun link, RunStyleSet styles, List<OpenXmlElement> output, int depth)
    {
        // The target goes into the relationships part as XML text: characters XML cannot hold are dropped first.
        if (!Uri.TryCreate(XmlText.Clean(link.Url).Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "mailto" or "ftp"))
        {
            // Relative and internal links have no target in a Word document: keep the text, formatted as
            // around it and not as a link (a hyperlink style on text that goes nowhere misleads the reader).
            WriteChildren(link.Children, styles, output, depth);
            return;
        }

        var children = new List<OpenXmlElement>();
        WriteChildren(link.Children, styles with { Link = true }, children, depth);
        string id = state.NextRelationshipId();
        state.Relationships.AddHyperlink(uri, id);
        var hyperlink = new Hyperlink { Id = id, History = OnOffValue.FromBoolean(true) };

        // A hyperlink holds runs, not other hyperlinks: a nested link keeps its text inside the outer one.
        foreach (var child in children)
        {
            if (child is Hyperlink nested)
            {
                hyperlink.Append(nested.Elements<Run>().Select(r => (Run)r.CloneNode(true)));
            }
            else
            {
                hyperlink.Append(child);
            }
        }

        output.Add(hyperlink);
    }

    private void WriteChildren(IReadOnlyList<Inline> children, RunStyleSet styles, List<OpenXmlElement> output, int depth)
    {
        if (depth < MaxDepth)
        {
            Write(children, styles, output, depth + 1);
        }
        else
        {
            output.Add(TextRun(BlockWalker.PlainText(children), styles));
        }
    }

    private static void AppendText(Run run, string text)
    {
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\t' or '\n' or '\r'))
            {
                continue;
            }

            if (i > start)
            {
                run.Append(new Text(text[start..i]) { Space = SpaceProcessingModeValues.Preserve });
            }

            if (i < text.Length)
            {
                run.Append(text[i] == '\t' ? new TabChar() : new Break());
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++; // CR LF is one line break.
                }
            }

            start = i + 1;
        }
    }
}
