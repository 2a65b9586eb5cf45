using System.Text.RegularExpressions;
using Markdig.Syntax;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Markdown;
using Rgiem.Core.Model;
using Md = Markdig.Syntax;

namespace Rgiem.Core.Binding;

/// <summary>
/// ITU paragraph kinds: <c>NOTE –</c> paragraphs (Note), <c>### Title {.headingb}</c> (a run-in heading without a
/// number, Headingb), <c>```{call}</c> (Call paragraphs), and the ITU list forms: <c>+</c> items are dash items,
/// <c>1)</c> items numbered "1)" (nested "a)"), both in the enumlev styles.
/// </summary>
internal sealed partial class BodyBinder
{
    /// <summary>The list style of a Markdown list: <c>+</c> is an ITU dash list, <c>1)</c> an ITU numbered list.</summary>
    private static ListStyle StyleOf(Md.ListBlock list) => list switch
    {
        { IsOrdered: false, BulletType: '+' } => ListStyle.Dash,
        { IsOrdered: true, OrderedDelimiter: ')' } => ListStyle.Itu,
        _ => ListStyle.Default,
    };

    /// <summary>A paragraph that starts <c>NOTE –</c>, <c>NOTE 1 –</c> (or with a hyphen) is an ITU note.</summary>
    private static ParagraphKind KindOf(IReadOnlyList<Model.Inline> inlines) =>
        inlines.Count > 0 && inlines[0] is TextRun { Text: var text } && text.StartsWith("NOTE", StringComparison.Ordinal) && NotePattern().IsMatch(text)
            ? ParagraphKind.Note
            : ParagraphKind.Normal;

    /// <summary>A heading written <c>### Title {.headingb}</c>: the title, else null.</summary>
    private static IReadOnlyList<Model.Inline>? RunInHeading(IReadOnlyList<Model.Inline> title)
    {
        if (title.Count == 0 || title[^1] is not TextRun last || !last.Text.EndsWith('}') || HeadingbPattern().Match(last.Text) is not { Success: true } match)
        {
            return null;
        }

        var rest = title.ToList();
        string text = last.Text[..match.Index];
        if (text.Length == 0)
        {
            rest.RemoveAt(rest.Count - 1);
        }
        else
        {
            rest[^1] = last with { Text = text };
        }

        return rest;
    }

    /// <summary>
    /// <c>```{call}</c>: its content is Markdown (positions in the file kept), each paragraph of it a Call paragraph.
    /// </summary>
    private void BindCall(FencedCodeBlock fenced, SourceLocation location, List<Model.Block> blocks)
    {
        string content = fenced.Lines.ToString();
        int firstLine = fenced.Line + 1;
        var document = MarkdownParser.Parse(content, location.Path, diagnostics, firstLine);
        if (document is null)
        {
            return;
        }

        var (savedMap, savedSpans) = (map, spans);
        var outer = map;
        map = (line, column, length) => outer(line + firstLine, column + fenced.Column, length);
        spans = null;
        try
        {
            foreach (var block in BindBlocks(document, topLevel: false))
            {
                blocks.Add(block is Model.ParagraphBlock paragraph ? paragraph with { Kind = ParagraphKind.Call } : block);
            }
        }
        finally
        {
            map = savedMap;
            spans = savedSpans;
        }
    }

    [GeneratedRegex(@"^NOTE(?:[ \u00A0]+\d{1,2})?[ \u00A0]+[\u2013\u2014-][ \u00A0]", RegexOptions.CultureInvariant)]
    private static partial Regex NotePattern();

    [GeneratedRegex(@"[ \t]*\{\.headingb\}[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingbPattern();
}
