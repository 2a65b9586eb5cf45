using System.Text;
using Rgiem.Core.Binding;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.FrontMatter;
using Rgiem.Core.Model;
using Rgiem.Core.Text;
using Rgiem.Core.Validation;

namespace Rgiem.Core.Tests.Performance.Definitions;

/// <summary>
/// Collects every piece of prose of a record, in document order, for the text rules (references, dates,
/// readiness): the front matter's title, abstract and action paragraph, then headings, paragraphs,
/// list items, quotes, table cells and action items of the body.
/// </summary>
/// <remarks>The prose scanner as it was before issue 21's sixth pass (iterator walks), kept unchanged as the oracle of <c>BodyWalkEquivalenceTests</c>.</remarks>
public static class ProseScannerDefinition
{
    private static readonly string[] FrontMatterText = ["title", "abstract", "source", "purpose"];

    public static IReadOnlyList<ProseSegment> Collect(BoundRecord bound)
    {
        var segments = new List<ProseSegment>();
        foreach (string field in FrontMatterText)
        {
            if (bound.Values.Get(field) is ScalarValue { } value && value.Location.Path == bound.Source.Path)
            {
                segments.Add(FromScalar(value, bound.Source, field));
            }
        }

        foreach (var block in BlockWalker.Descendants(bound.Record.Metadata.Action))
        {
            AddBlock(block, segments, "action");
        }

        foreach (var block in BlockWalker.Descendants(bound.Record.Body))
        {
            AddBlock(block, segments, null);
        }

        // Footnotes are prose too: their document references and dates are checked where they are written.
        foreach (var note in BlockWalker.Footnotes(bound.Record.Body))
        {
            foreach (var block in BlockWalker.Descendants(note.Blocks))
            {
                AddBlock(block, segments, null);
            }
        }

        return segments;
    }

    private static void AddBlock(Block block, List<ProseSegment> segments, string? field)
    {
        var origin = block switch
        {
            HeadingBlock => ProseOrigin.Heading,
            ActionBlock => ProseOrigin.Action,
            TableBlock => ProseOrigin.TableCell,
            _ => ProseOrigin.Paragraph,
        };
        if (field is not null)
        {
            origin = ProseOrigin.FrontMatter;
        }

        foreach (var inlines in BlockWalker.InlineGroups(block))
        {
            segments.Add(FromInlines(inlines, block.Location, origin, block, field));
        }
    }

    internal static ProseSegment FromInlines(IReadOnlyList<Inline> inlines, SourceLocation fallback, ProseOrigin origin, Block? block, string? field)
    {
        var text = new StringBuilder();
        var anchors = new List<(int, SourceLocation)>();
        foreach (var leaf in BlockWalker.Leaves(inlines))
        {
            switch (leaf)
            {
                case TextRun run:
                    if (run.Location is { } location)
                    {
                        anchors.Add((text.Length, location));
                    }

                    text.Append(run.Text);
                    break;
                case CodeRun code:
                    text.Append(code.Text);
                    break;
                case BreakRun:
                    text.Append(' ');
                    break;
            }
        }

        return new ProseSegment(text.ToString(), anchors, fallback, origin, block, field);
    }

    /// <summary>
    /// A front matter scalar: one anchor per source line, so that folded (<c>&gt;</c>), literal (<c>|</c>)
    /// and multi-line plain scalars all map back to the line each word was written on.
    /// </summary>
    private static ProseSegment FromScalar(ScalarValue value, SourceText source, string field)
    {
        var node = value.Node;
        var anchors = new List<(int, SourceLocation)>();
        string first = source.GetLineText(node.Start.Line);
        char indicator = node.Start.Character < first.Length ? first[node.Start.Character] : ' ';
        bool block = indicator is '|' or '>';
        int quote = indicator is '"' or '\'' ? 1 : 0;
        int line = block ? node.Start.Line + 1 : node.Start.Line;
        int lastLine = Math.Max(line, node.End.Line - (block && node.End.Character == 0 ? 1 : 0));
        int offset = 0;
        for (; line <= lastLine && offset <= value.Text.Length; line++)
        {
            string raw = source.GetLineText(line);
            int column = line == node.Start.Line ? node.Start.Character + quote : raw.Length - raw.TrimStart(' ', '\t').Length;
            string content = raw[Math.Min(column, raw.Length)..].TrimEnd();
            if (content.Length == 0)
            {
                continue;
            }

            anchors.Add((offset, SourceLocation.At(source.Path, line, column)));
            offset += content.Length + 1;
        }

        return new ProseSegment(value.Text, anchors, value.Location, ProseOrigin.FrontMatter, null, field);
    }
}
