using System.Globalization;
using System.Reflection;
using System.Text;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Rgiem.Core.Tests.Performance;

/// <summary>
/// A text dump of a Markdig syntax tree: every block and inline in order, with its type and every public property of a
/// plain type (strings, numbers, flags, enums, source spans, string slices and line groups: the text, the positions and
/// the syntax details such as a list's bullet or an emphasis delimiter), and for a property that points to another node,
/// that node's type and position. Two trees with the same dump are the same to the binder.
/// </summary>
/// <remarks>Not thread-safe (a cache of properties by type): one test class uses it.</remarks>
internal static class MarkdownTreeDump
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "Parent", "Parser", "FirstChild", "LastChild", "NextSibling", "PreviousSibling", "Root", "Inline", "Descendants",
    };

    private static readonly Dictionary<Type, PropertyInfo[]> PropertiesOf = [];

    public static string Of(MarkdownDocument document)
    {
        var text = new StringBuilder();
        Block(document, 0, text);
        if (document.GetLinkReferenceDefinitions(false) is { } group)
        {
            foreach (var (label, definition) in group.Links.OrderBy(l => l.Key, StringComparer.Ordinal))
            {
                text.Append("definition ").Append(label).Append(' ');
                Properties(definition, text);
                text.Append('\n');
            }
        }

        return text.ToString();
    }

    private static void Block(Block block, int depth, StringBuilder text)
    {
        text.Append(' ', depth * 2).Append(block.GetType().Name).Append(' ');
        Properties(block, text);
        text.Append('\n');
        if (block is LeafBlock { Inline: { } inline })
        {
            Inline(inline, depth + 1, text);
        }

        if (block is Rgiem.Core.Markdown.SimplePipeTableBlock simple)
        {
            // The simple table's columns and cells (h28a): positions and texts.
            text.Append(' ', (depth + 1) * 2).Append("alignments ").AppendJoin(',', simple.Alignments).Append('\n');
            foreach (var cell in simple.Cells)
            {
                text.Append(' ', (depth + 1) * 2).Append(cell).Append('\n');
            }
        }

        if (block is ContainerBlock container)
        {
            foreach (var child in container)
            {
                Block(child, depth + 1, text);
            }
        }
    }

    private static void Inline(Inline inline, int depth, StringBuilder text)
    {
        text.Append(' ', depth * 2).Append(inline.GetType().Name).Append(' ');
        Properties(inline, text);
        text.Append('\n');
        if (inline is ContainerInline container)
        {
            foreach (var child in container)
            {
                Inline(child, depth + 1, text);
            }
        }
    }

    private static void Properties(object node, StringBuilder text)
    {
        var type = node.GetType();
        if (!PropertiesOf.TryGetValue(type, out var properties))
        {
            properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0 && !p.PropertyType.IsByRefLike && !Skipped.Contains(p.Name))
                .OrderBy(p => p.Name, StringComparer.Ordinal)
                .ToArray();
            PropertiesOf[type] = properties;
        }

        foreach (var property in properties)
        {
            object? value;
            try
            {
                value = property.GetValue(node);
            }
            catch (TargetInvocationException)
            {
                continue;
            }

            string? shown = value switch
            {
                null => "null",
                string s => "\"" + s + "\"",
                StringSlice slice => "\"" + slice.ToString() + "\"@" + slice.Start.ToString(CultureInfo.InvariantCulture),
                StringLineGroup lines => "\"" + lines.ToString() + "\"" + string.Concat(lines.Lines.Take(lines.Count).Select(l => string.Create(CultureInfo.InvariantCulture, $" {l.Line}:{l.Column}@{l.Position}/{l.Slice.Start}-{l.Slice.End}"))),
                SourceSpan span => span.Start.ToString(CultureInfo.InvariantCulture) + "-" + span.End.ToString(CultureInfo.InvariantCulture),
                Enum or bool or char or int or long => Convert.ToString(value, CultureInfo.InvariantCulture),
                Block other => other.GetType().Name + "@" + other.Span.Start.ToString(CultureInfo.InvariantCulture),
                Inline other => other.GetType().Name + "@" + other.Span.Start.ToString(CultureInfo.InvariantCulture),
                IEnumerable<string> strings => "[" + string.Join("|", strings) + "]",
                System.Collections.IEnumerable items => "[" + string.Join("|", items.Cast<object?>().Select(Item)) + "]",
                _ => null,
            };
            if (shown is not null)
            {
                text.Append(property.Name).Append('=').Append(shown).Append(' ');
            }
        }
    }

    private static string Item(object? item) => item switch
    {
        null => "null",
        Block block => block.GetType().Name + "@" + block.Span.Start.ToString(CultureInfo.InvariantCulture),
        Inline inline => inline.GetType().Name + "@" + inline.Span.Start.ToString(CultureInfo.InvariantCulture),
        _ => item.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && (p.PropertyType.IsValueType || p.PropertyType == typeof(string)))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Aggregate(item.GetType().Name, (s, p) => s + " " + p.Name + "=" + Convert.ToString(p.GetValue(item), CultureInfo.InvariantCulture)),
    };
}
