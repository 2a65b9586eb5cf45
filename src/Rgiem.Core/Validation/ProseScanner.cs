using System.Text;
using Rgiem.Core.Binding;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.FrontMatter;
using Rgiem.Core.Model;
using Rgiem.Core.Text;

namespace Rgiem.Core.Validation;

/// <summary>
/// Collects every piece of prose of a record, in document order, for the text rules (references, dates,
/// readiness): the front matter's title, abstract and action paragraph, then headings, paragraphs,
/// list items, quotes, table cells and action items of the body.
/// </summary>
public static class ProseScanner
{
    private static readonly string[] FrontMatterText = ["title", "abstract", "source", "purpose"];

    public static IReadOnlyList<ProseSegment> Collect(BoundRecord bound) => Collect(bound, BodyWalk.Of(bound.Record.Body));

    /// <summary>The same, from the body already walked (<see cref="RecordContext.Walk"/>: one walk a record for every reader).</summary>
    internal static IReadOnlyList<ProseSegment> Collect(BoundRecord bound, BodyWalk body)
    {
        // As many segments as the body's inline groups, and a few for the front matter: the list is not grown.
        int groups = FrontMatterText.Length;
        for (int i = 0; i < body.Blocks.Count; i++)
        {
            groups += body.GroupCount(i);
        }

        var segments = new List<ProseSegment>(groups);
        foreach (string field in FrontMatterText)
        {
            if (bound.Values.Get(field) is ScalarValue { } value && value.Location.Path == bound.Source.Path)
            {
                segments.Add(FromScalar(value, bound.Source, field));
            }
        }

        var text = new StringBuilder();
        if (bound.Record.Metadata.Action.Count > 0)
        {
            // The action paragraph's footnotes are not prose of the record (the body's are): its own blocks only.
            var action = BodyWalk.Of(bound.Record.Metadata.Action);
            for (int i = 0; i < action.BodyCount; i++)
            {
                AddBlock(action, i, segments, "action", text);
            }
        }

        // Footnotes are prose too (the walk's blocks after the body's): their document references and dates are checked where they are written.
        for (int i = 0; i < body.Blocks.Count; i++)
        {
            AddBlock(body, i, segments, null, text);
        }

        return segments;
    }

    private static void AddBlock(BodyWalk walk, int index, List<ProseSegment> segments, string? field, StringBuilder text)
    {
        int count = walk.GroupCount(index);
        if (count == 0)
        {
            return;
        }

        var block = walk.Blocks[index];
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

        for (int group = 0; group < count; group++)
        {
            segments.Add(FromLeaves(walk.Leaves(index, group), block.Location, origin, block, field, text));
        }
    }

    /// <summary>A segment from the leaves of one inline group; <paramref name="text"/> is a builder to reuse (cleared here).</summary>
    private static ProseSegment FromLeaves(ReadOnlySpan<Inline> leaves, SourceLocation fallback, ProseOrigin origin, Block? block, string? field, StringBuilder text)
    {
        // Most groups are one run of text: its string is the segment's, with one anchor.
        if (leaves.Length == 1 && leaves[0] is TextRun single)
        {
            return new ProseSegment(
                single.Text,
                single.Location,
                fallback,
                origin,
                block,
                field);
        }

        text.Clear();

        // At most one anchor a leaf: the list is not grown.
        var anchors = new List<(int, SourceLocation)>(leaves.Length);
        foreach (var leaf in leaves)
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
