using System.Buffers;
using System.Text;
using Rgiem.Core.Text;

namespace Rgiem.Core.Yaml;

/// <summary>
/// A reader for the plain YAML that front matter is written in, without YamlDotNet's scanner: block mappings and
/// sequences indented with spaces, one-line plain, single- and double-quoted scalars (without escapes), one-line flow
/// mappings and sequences, and folded or literal block scalars whose lines share one indentation. It gives the nodes,
/// with the positions, that <see cref="YamlReader"/> reads through YamlDotNet for the same text, and gives up (null)
/// on anything else (anchors, aliases, tags, directives, tabs, multi-line plain or flow values, empty values, escapes,
/// indentation it does not expect, errors): the caller then reads the text with YamlDotNet, which also reports the
/// errors. A test compares both readers on thousands of random and mutated front matters
/// (<c>PlainYamlReaderEquivalenceTests</c>).
/// </summary>
internal sealed class PlainYamlReader
{
    /// <summary>Well below <see cref="YamlReader.MaxNodes"/> and <see cref="YamlReader.MaxDepth"/>: beyond, YamlDotNet's reader reports.</summary>
    private const int MaxNodes = 5_000;
    private const int MaxDepth = 16;
    private const int MaxKeyLength = 200;


    /// <summary>What a plain scalar may not start with (YAML's indicators; '-', '?' and ':' too, to keep it simple).</summary>
    private static readonly SearchValues<char> Indicators = SearchValues.Create("-?:,[]{}#&*!|>'\"%@`");

    private static readonly SearchValues<char> FlowStops = SearchValues.Create(",[]{}:#'\"");

    private readonly string text;
    private readonly int firstLine;
    private readonly int[] starts;
    private readonly int[] ends;
    private readonly int lineCount;
    private readonly YamlKeyTable? keyTable;
    private int nodes;

    /// <summary>Most lines a thread keeps in <see cref="lineStarts"/> and <see cref="lineEnds"/> between texts.</summary>
    private const int MaxScratchLines = 1 << 14;

    /// <summary>
    /// The line starts and ends of the text being read on this thread (a reader lives only inside <see cref="TryRead"/>, and
    /// no node keeps them): made once a thread instead of twice a front matter, with no count of the lines first (issue 21, h28c).
    /// </summary>
    [ThreadStatic]
    private static int[]? lineStarts;

    [ThreadStatic]
    private static int[]? lineEnds;

    /// <summary>
    /// The entries and items of the collections being read on this thread, a list a depth (a collection's children are
    /// deeper): a collection's nodes are gathered there and copied into an array of their count, instead of a list a
    /// collection grown from four (issue 21, h29c). No node keeps them.
    /// </summary>
    [ThreadStatic]
    private static List<YamlEntry>?[]? entryScratch;

    [ThreadStatic]
    private static List<YamlNode>?[]? itemScratch;

    private static List<YamlEntry> EntryScratch(int depth) => Scratch(ref entryScratch, depth);

    private static List<YamlNode> ItemScratch(int depth) => Scratch(ref itemScratch, depth);

    /// <summary>The empty list of <paramref name="depth"/> in <paramref name="lists"/> (a thread's), made on first use.</summary>
    private static List<T> Scratch<T>(ref List<T>?[]? lists, int depth)
    {
        var all = lists ??= new List<T>?[MaxDepth + 2];
        var list = all[depth] ??= new List<T>(16);
        list.Clear();
        return list;
    }

    private PlainYamlReader(string text, int firstLine, int[] starts, int[] ends, int lineCount, YamlKeyTable? keyTable)
    {
        this.keyTable = keyTable;
        this.text = text;
        this.firstLine = firstLine;
        this.starts = starts;
        this.ends = ends;
        this.lineCount = lineCount;
    }

    /// <summary>The root node, or null when the text is not in the subset this reader knows (then read it with YamlDotNet).</summary>
    /// <param name="keys">The keys expected, whose strings a plain key written with one of them shares (the text is the same); null: every key is a new string.</param>
    public static YamlNode? TryRead(string text, int firstLine, YamlKeyTable? keys = null)
    {
        if (HasUnusual(text))
        {
            return null;
        }

        var starts = lineStarts ??= new int[64];
        var ends = lineEnds ??= new int[64];
        int line = 0;
        int start = 0;
        while (true)
        {
            if (line == starts.Length)
            {
                Array.Resize(ref starts, starts.Length * 2);
                Array.Resize(ref ends, ends.Length * 2);
                if (starts.Length <= MaxScratchLines)
                {
                    (lineStarts, lineEnds) = (starts, ends);
                }
            }

            int newline = text.IndexOf('\n', start);
            starts[line] = start;
            if (newline < 0)
            {
                ends[line] = text.Length;
                break;
            }

            ends[line] = newline;
            start = newline + 1;
            line++;
        }

        int count = line + 1;
        var reader = new PlainYamlReader(text, firstLine, starts, ends, count, keys);

        // A last line without a line end that holds only spaces or a comment: YamlDotNet ends the collections indented
        // deeper than where it stops reading on that line, and the others on the next. Front matter always ends with a line end.
        return ends[line] > starts[line] && reader.NextContent(line) == count ? null : reader.Document();
    }

    private YamlNode? Document()
    {
        int li = NextContent(0);
        if (li >= lineCount || Indent(li) != 0)
        {
            return null;
        }

        var root = Block(ref li, 0, 0);
        return root is not null && NextContent(li) >= lineCount ? root : null;
    }

    /// <summary>A block mapping or sequence whose first line is <paramref name="li"/>, indented by <paramref name="indent"/>.</summary>
    private YamlNode? Block(ref int li, int indent, int depth) =>
        IsDash(li, indent) ? Sequence(ref li, indent, depth) : Mapping(ref li, indent, depth);

    /// <summary>A block mapping whose first key is at column <paramref name="column"/> of line <paramref name="li"/>; <paramref name="li"/> ends at the next line with content after it.</summary>
    private YamlMapping? Mapping(ref int li, int column, int depth)
    {
        if (depth > MaxDepth || ++nodes > MaxNodes)
        {
            return null;
        }

        var start = At(li, column);
        var entries = EntryScratch(depth);
        while (true)
        {
            var entry = Entry(ref li, column, depth + 1);
            if (entry is null)
            {
                return null;
            }

            entries.Add(entry);
            li = NextContent(li);
            if (li >= lineCount)
            {
                break;
            }

            int indent = Indent(li);
            if (indent > column || (indent == column && IsDash(li, column)))
            {
                return null;
            }

            if (indent < column)
            {
                break;
            }
        }

        return new YamlMapping(entries.ToArray(), start, NextToken(li));
    }

    /// <summary>A block sequence whose first dash is at column <paramref name="column"/> of line <paramref name="li"/>.</summary>
    private YamlSequence? Sequence(ref int li, int column, int depth)
    {
        if (depth > MaxDepth || ++nodes > MaxNodes)
        {
            return null;
        }

        var start = At(li, column);
        var items = ItemScratch(depth);
        while (true)
        {
            int lineStart = starts[li];
            int at = column + 1;
            if (lineStart + at >= ends[li] || text[lineStart + at] != ' ')
            {
                return null;
            }

            while (lineStart + at < ends[li] && text[lineStart + at] == ' ')
            {
                at++;
            }

            if (lineStart + at >= ends[li])
            {
                return null;
            }

            char first = text[lineStart + at];
            YamlNode? item;
            if (first is '{' or '[' or '"' or '\'')
            {
                item = InlineEnd(li, at, column, depth + 1);
                li++;
            }
            else if (first is '-' or '>' or '|' || Indicators.Contains(first))
            {
                return null;
            }
            else if (KeyEnd(li, at) >= 0)
            {
                item = Mapping(ref li, at, depth + 1);
                if (item is null)
                {
                    return null;
                }

                items.Add(item);
                if (li >= lineCount)
                {
                    break;
                }

                int next = Indent(li);
                if (next == column && IsDash(li, column))
                {
                    continue;
                }

                if (next > column)
                {
                    return null;
                }

                break;
            }
            else
            {
                item = InlineEnd(li, at, column, depth + 1);
                li++;
            }

            if (item is null)
            {
                return null;
            }

            items.Add(item);
            li = NextContent(li);
            if (li >= lineCount)
            {
                break;
            }

            int indent = Indent(li);
            if (indent > column)
            {
                return null;
            }

            if (indent < column || !IsDash(li, column))
            {
                break;
            }
        }

        return new YamlSequence(items.ToArray(), start, NextToken(li));
    }

    /// <summary>One <c>key: value</c> of a block mapping; <paramref name="li"/> ends on the line after the value.</summary>
    private YamlEntry? Entry(ref int li, int column, int depth)
    {
        int keyEnd = KeyEnd(li, column);
        if (keyEnd < 0 || ++nodes > MaxNodes)
        {
            return null;
        }

        int lineStart = starts[li];
        int lineEnd = ends[li];
        var key = new YamlScalar(KeyText(lineStart + column, keyEnd - column), true, At(li, column), At(li, keyEnd));
        int at = keyEnd + 1;
        while (lineStart + at < lineEnd && text[lineStart + at] == ' ')
        {
            at++;
        }

        if (lineStart + at >= lineEnd || text[lineStart + at] == '#')
        {
            // The value is on the lines below: a more indented block, or a sequence at the key's indentation.
            int next = NextContent(li + 1);
            if (next >= lineCount)
            {
                return null;
            }

            int indent = Indent(next);
            YamlNode? nested;
            if (indent > column)
            {
                nested = Block(ref next, indent, depth);
            }
            else if (indent == column && IsDash(next, column))
            {
                nested = Sequence(ref next, column, depth);
            }
            else
            {
                return null;
            }

            li = next;
            return nested is null ? null : new YamlEntry(key, nested);
        }

        char first = text[lineStart + at];
        if (first is '>' or '|')
        {
            var block = BlockScalar(ref li, at, column);
            return block is null ? null : new YamlEntry(key, block);
        }

        var value = InlineEnd(li, at, column, depth);
        li++;
        return value is null ? null : new YamlEntry(key, value);
    }

    /// <summary>
    /// A value that ends on its line (a scalar or a flow collection) starting at column <paramref name="at"/>, followed by
    /// nothing but spaces and a comment, and not continued on a line indented more than <paramref name="indent"/>.
    /// </summary>
    private YamlNode? InlineEnd(int li, int at, int indent, int depth)
    {
        int lineStart = starts[li];
        int lineEnd = ends[li];
        int pos = lineStart + at;
        YamlNode? value;
        char first = text[pos];
        if (first is '{' or '[')
        {
            value = Flow(li, ref pos, depth);
        }
        else if (first is '"' or '\'')
        {
            value = Quoted(li, ref pos);
        }
        else
        {
            value = BlockPlain(li, ref pos);
        }

        if (value is null || !OnlyComment(pos, lineEnd))
        {
            return null;
        }

        int next = NextContent(li + 1);
        return next < lineCount && Indent(next) > indent ? null : value;
    }

    /// <summary>A plain scalar in block context, to the end of the line or a comment.</summary>
    private YamlScalar? BlockPlain(int li, ref int pos)
    {
        int lineEnd = ends[li];
        if (Indicators.Contains(text[pos]))
        {
            return null;
        }

        int start = pos;
        int end = pos;
        int i = pos;
        while (i < lineEnd)
        {
            char c = text[i];
            if (c == ':' && (i + 1 >= lineEnd || text[i + 1] == ' '))
            {
                return null;
            }

            if (c == '#' && text[i - 1] == ' ')
            {
                break;
            }

            if (c != ' ')
            {
                end = i + 1;
            }

            i++;
        }

        pos = end;
        return Scalar(text.Substring(start, end - start), true, li, start, end);
    }

    /// <summary>A single- or double-quoted scalar on one line, without escapes.</summary>
    private YamlScalar? Quoted(int li, ref int pos)
    {
        int lineEnd = ends[li];
        char quote = text[pos];
        int start = pos;
        int i = pos + 1;
        StringBuilder? value = null;
        int from = i;
        while (true)
        {
            int close = text.AsSpan(i, lineEnd - i).IndexOfAny(quote, '\\');
            if (close < 0)
            {
                return null;
            }

            close += i;
            if (text[close] == '\\')
            {
                if (quote == '"')
                {
                    return null;
                }

                i = close + 1;
                continue;
            }

            if (quote == '\'' && close + 1 < lineEnd && text[close + 1] == '\'')
            {
                value ??= new StringBuilder();
                value.Append(text, from, close + 1 - from);
                i = close + 2;
                from = i;
                continue;
            }

            string content;
            if (value is null)
            {
                content = text.Substring(from, close - from);
            }
            else
            {
                content = value.Append(text, from, close - from).ToString();
            }

            pos = close + 1;
            return Scalar(content, false, li, start, pos);
        }
    }

    /// <summary>A flow mapping or sequence that closes on its line.</summary>
    private YamlNode? Flow(int li, ref int pos, int depth)
    {
        if (depth > MaxDepth || ++nodes > MaxNodes)
        {
            return null;
        }

        int lineStart = starts[li];
        int lineEnd = ends[li];
        char open = text[pos];
        char close = open == '{' ? '}' : ']';
        int start = pos;
        pos++;
        SkipSpaces(ref pos, lineEnd);
        if (pos < lineEnd && text[pos] == close)
        {
            // YamlDotNet ends a flow collection at its closing bracket, not after it.
            var closing = At(li, pos - lineStart);
            pos++;
            return open == '{'
                ? new YamlMapping([], At(li, start - lineStart), closing)
                : new YamlSequence([], At(li, start - lineStart), closing);
        }

        var entries = open == '{' ? EntryScratch(depth) : null;
        var items = open == '[' ? ItemScratch(depth) : null;
        while (true)
        {
            SkipSpaces(ref pos, lineEnd);
            if (pos >= lineEnd)
            {
                return null;
            }

            var first = FlowNode(li, ref pos, depth + 1, isKey: entries is not null);
            if (first is null)
            {
                return null;
            }

            SkipSpaces(ref pos, lineEnd);
            if (pos >= lineEnd)
            {
                return null;
            }

            if (entries is not null)
            {
                if (first is not YamlScalar key || text[pos] != ':' || pos + 1 >= lineEnd || text[pos + 1] != ' ')
                {
                    return null;
                }

                pos += 2;
                SkipSpaces(ref pos, lineEnd);
                if (pos >= lineEnd || text[pos] is ',' or '}' or ']')
                {
                    return null;
                }

                var value = FlowNode(li, ref pos, depth + 1);
                if (value is null)
                {
                    return null;
                }

                entries.Add(new YamlEntry(key, value));
                SkipSpaces(ref pos, lineEnd);
                if (pos >= lineEnd)
                {
                    return null;
                }
            }
            else
            {
                items!.Add(first);
            }

            char c = text[pos];
            if (c == close)
            {
                var closing = At(li, pos - lineStart);
                pos++;
                return entries is not null
                    ? new YamlMapping(entries.ToArray(), At(li, start - lineStart), closing)
                    : new YamlSequence(items!.ToArray(), At(li, start - lineStart), closing);
            }

            if (c != ',')
            {
                return null;
            }

            pos++;
            SkipSpaces(ref pos, lineEnd);
            if (pos >= lineEnd || text[pos] == close)
            {
                return null;
            }
        }
    }

    /// <param name="isKey">Whether the node is a flow mapping's key (then a plain one may share a string of the key table).</param>
    private YamlNode? FlowNode(int li, ref int pos, int depth, bool isKey = false)
    {
        char first = text[pos];
        if (first is '{' or '[')
        {
            return Flow(li, ref pos, depth);
        }

        if (first is '"' or '\'')
        {
            return ++nodes > MaxNodes ? null : Quoted(li, ref pos);
        }

        if (Indicators.Contains(first) || ++nodes > MaxNodes)
        {
            return null;
        }

        // A plain scalar in flow context: up to a flow indicator or ": "; ':' anywhere else and comments are left to YamlDotNet.
        int lineEnd = ends[li];
        int start = pos;
        int end = pos;
        int i = pos;
        while (true)
        {
            if (i >= lineEnd)
            {
                return null;
            }

            char c = text[i];
            if (FlowStops.Contains(c))
            {
                if (c is ',' or ']' or '}' or '[' or '{')
                {
                    if (c is '[' or '{')
                    {
                        return null;
                    }

                    break;
                }

                if (c == ':')
                {
                    if (i + 1 < lineEnd && text[i + 1] == ' ')
                    {
                        break;
                    }

                    // "08:15" is part of the scalar; a colon before a flow indicator or the line's end is left to YamlDotNet.
                    if (i + 1 >= lineEnd || text[i + 1] is ',' or '[' or ']' or '{' or '}')
                    {
                        return null;
                    }
                }

                if (c == '#' && text[i - 1] == ' ')
                {
                    return null;
                }
            }

            if (c != ' ')
            {
                end = i + 1;
            }

            i++;
        }

        pos = end;
        return Scalar(isKey ? KeyText(start, end - start) : text.Substring(start, end - start), true, li, start, end);
    }

    /// <summary>A plain key's text: the key table's string when it holds it, else a new one.</summary>
    private string KeyText(int start, int length) =>
        keyTable is not null ? keyTable.Key(text, start, length) : text.Substring(start, length);

    /// <summary>A folded (<c>&gt;</c>, <c>&gt;-</c>) or literal (<c>|</c>, <c>|-</c>) block scalar whose lines share one indentation.</summary>
    private YamlScalar? BlockScalar(ref int li, int at, int parentIndent)
    {
        if (++nodes > MaxNodes)
        {
            return null;
        }

        int lineStart = starts[li];
        int lineEnd = ends[li];
        int pos = lineStart + at;
        bool folded = text[pos] == '>';
        pos++;
        bool strip = false;
        if (pos < lineEnd && text[pos] == '-')
        {
            strip = true;
            pos++;
        }

        if (pos < lineEnd && text[pos] != ' ')
        {
            return null;
        }

        if (!OnlyComment(pos, lineEnd))
        {
            return null;
        }

        int first = li + 1;
        if (first >= lineCount || IsSpacesOnly(first))
        {
            return null;
        }

        int indent = Indent(first);
        if (indent <= parentIndent)
        {
            return null;
        }

        var value = new StringBuilder();
        int empties = 0;
        bool any = false;
        int i = first;
        for (; i < lineCount; i++)
        {
            if (IsSpacesOnly(i))
            {
                if (ends[i] - starts[i] > indent)
                {
                    return null;
                }

                empties++;
                continue;
            }

            int lineIndent = Indent(i);
            if (lineIndent < indent)
            {
                break;
            }

            if (lineIndent > indent)
            {
                return null;
            }

            if (any)
            {
                if (folded && empties == 0)
                {
                    value.Append(' ');
                }
                else
                {
                    value.Append('\n', folded ? empties : empties + 1);
                }
            }

            value.Append(text, starts[i] + indent, ends[i] - starts[i] - indent);
            any = true;
            empties = 0;
        }

        if (!strip)
        {
            value.Append('\n');
        }

        if (i == lineCount && ends[lineCount - 1] != starts[lineCount - 1])
        {
            return null;
        }

        var end = At(i < lineCount ? i : lineCount - 1, 0);
        var scalar = new YamlScalar(value.ToString(), false, At(li, at), end);
        li = i;
        return scalar;
    }

    /// <summary>The column of the colon ending a plain key that starts at <paramref name="column"/>, or -1 (then the line is not a <c>key: value</c> this reader reads).</summary>
    private int KeyEnd(int li, int column)
    {
        int lineStart = starts[li];
        int lineEnd = ends[li];
        int pos = lineStart + column;
        if (pos >= lineEnd || !char.IsAsciiLetterOrDigit(text[pos]))
        {
            return -1;
        }

        for (int i = pos; i < lineEnd && i - pos <= MaxKeyLength; i++)
        {
            char c = text[i];
            if (c == ':')
            {
                return text[i - 1] != ' ' && (i + 1 == lineEnd || text[i + 1] == ' ') ? i - lineStart : -1;
            }

            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ' ' or '.' or '/'))
            {
                return -1;
            }
        }

        return -1;
    }

    private bool IsDash(int li, int column)
    {
        int pos = starts[li] + column;
        return pos < ends[li] && text[pos] == '-' && (pos + 1 == ends[li] || text[pos + 1] == ' ');
    }

    private int Indent(int li)
    {
        int pos = starts[li];
        int end = ends[li];
        while (pos < end && text[pos] == ' ')
        {
            pos++;
        }

        return pos - starts[li];
    }

    private bool IsSpacesOnly(int li) => Indent(li) == ends[li] - starts[li];

    /// <summary>The first line at or after <paramref name="li"/> that is neither blank nor a comment, or the line count.</summary>
    private int NextContent(int li)
    {
        for (; li < lineCount; li++)
        {
            int pos = starts[li] + Indent(li);
            if (pos < ends[li] && text[pos] != '#')
            {
                return li;
            }
        }

        return lineCount;
    }

    /// <summary>Where YamlDotNet ends a block collection: at the next token (the start of line <paramref name="li"/>'s content), or at the end of the stream.</summary>
    private LinePosition NextToken(int li)
    {
        if (li < lineCount)
        {
            return At(li, Indent(li));
        }

        // The end of the stream: the start of the line after the last character.
        return ends[lineCount - 1] == starts[lineCount - 1] ? At(lineCount - 1, 0) : At(lineCount, 0);
    }

    /// <summary>True when the rest of the line from <paramref name="pos"/> is spaces, maybe followed by a comment after a space.</summary>
    private bool OnlyComment(int pos, int lineEnd)
    {
        int i = pos;
        while (i < lineEnd && text[i] == ' ')
        {
            i++;
        }

        return i == lineEnd || (text[i] == '#' && i > pos);
    }

    private void SkipSpaces(ref int pos, int lineEnd)
    {
        while (pos < lineEnd && text[pos] == ' ')
        {
            pos++;
        }
    }

    private YamlScalar Scalar(string value, bool plain, int li, int start, int end) =>
        new(value, plain, At(li, start - starts[li]), At(li, end - starts[li]));

    private LinePosition At(int li, int column) => new(firstLine + li, column);

    /// <summary>
    /// True when <paramref name="text"/> holds a character the reader leaves to YamlDotNet wherever it appears: tabs,
    /// carriage returns and the other C0 controls but the line feed, DEL and the C1 controls, YAML's other line breaks,
    /// byte order marks and non-characters, surrogates. One vectorized search a range (a <see cref="SearchValues{T}"/>
    /// of these characters takes the probabilistic path, several times slower on NativeAOT; issue 21); the set is the
    /// one of <c>PlainYamlReaderDefinition.Unusual</c> in the tests, compared there character by character.
    /// </summary>
    internal static bool HasUnusual(ReadOnlySpan<char> text) =>
        text.IndexOfAnyInRange('\u0000', '\u0009') >= 0
        || text.IndexOfAnyInRange('\u000B', '\u001F') >= 0
        || text.IndexOfAnyInRange('\u007F', '\u009F') >= 0
        || text.IndexOfAnyInRange('\uD800', '\uDFFF') >= 0
        || text.IndexOfAny('\u2028', '\u2029', '\uFEFF') >= 0
        || text.IndexOfAnyInRange('\uFFFE', '\uFFFF') >= 0;
}
