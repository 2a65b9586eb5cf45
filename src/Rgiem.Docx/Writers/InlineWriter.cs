using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Core.Model;

namespace Rgiem.Docx.Writers;

/// <summary>Writes model inlines as Word runs: tabs as <c>w:tab</c>, emphasis as run properties, links as hyperlinks.</summary>
internal sealed class InlineWriter(RenderState state)
{
    private const int MaxDepth = 64;

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

    private void Write(IEnumerable<Inline> inlines, RunStyleSet styles, List<OpenXmlElement> output, int depth)
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
                    output.Add(WriteLink(link, styles, depth));
                    break;
            }
        }
    }

    private OpenXmlElement WriteLink(LinkRun link, RunStyleSet styles, int depth)
    {
        var children = new List<OpenXmlElement>();
        if (depth < MaxDepth)
        {
            Write(link.Children, styles with { Link = true }, children, depth + 1);
        }
        else
        {
            children.Add(TextRun(BlockWalker.PlainText(link.Children), styles with { Link = true }));
        }

        if (!Uri.TryCreate(link.Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "mailto" or "ftp"))
        {
            // Relative and internal links have no target in a Word document: keep the text.
            return new Run(children.OfType<Run>().SelectMany(r => r.ChildElements.Select(c => c.CloneNode(true))));
        }

        string id = state.NextRelationshipId();
        state.Main.AddHyperlinkRelationship(uri, isExternal: true, id);
        var hyperlink = new Hyperlink { Id = id, History = OnOffValue.FromBoolean(true) };
        hyperlink.Append(children);
        return hyperlink;
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
            }

            start = i + 1;
        }
    }
}
