using System.Globalization;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.FrontMatter;

namespace Rgiem.Core.Binding;

/// <summary>
/// Where each front matter value was written: paths such as <c>meeting.from</c> or <c>sessions[1].date</c>
/// map to the value's location (in the record, or in rgiem.yaml for a project default).
/// </summary>
/// <remarks>
/// A bound record's map reads its front matter tree (issue 21, h28c): a path is found by walking the tree, key by key and
/// index by index, instead of a table of every path made when the record was bound (a string and two table entries
/// for every value, most never asked for). A path is found exactly when the table held it: the table's paths were the
/// keys of each mapping joined by '.', and <c>[i]</c> for item i of a list (keys are the schema's, without '.' or '[').
/// A summary's map (<see cref="WithoutListItems"/>) and a map read from the build cache are tables, as before.
/// </remarks>
public sealed class SourceMap
{
    /// <summary>The front matter tree this map reads, or null for a map of tables.</summary>
    private readonly ObjectValue? root;
    private readonly SourceLocation fallback;

    /// <summary>The tables: a summary's or a cached map's; for a tree, made the first time they are asked for.</summary>
    private Dictionary<string, SourceLocation>? values;
    private Dictionary<string, SourceLocation>? keys;

    public SourceMap(ObjectValue root, SourceLocation fallback)
    {
        this.root = root;
        this.fallback = fallback;
    }

    private SourceMap(SourceLocation fallback, int valueCount, int keyCount)
    {
        this.fallback = fallback;
        values = new Dictionary<string, SourceLocation>(valueCount, StringComparer.Ordinal);
        keys = new Dictionary<string, SourceLocation>(keyCount, StringComparer.Ordinal);
    }

    /// <summary>How many values (the root's descendants) and keys <see cref="Add"/> will store, at most; outside lists only when <paramref name="outsideLists"/>.</summary>
    private static void Count(FieldValue value, bool outsideLists, ref int valueCount, ref int keyCount)
    {
        switch (value)
        {
            case ObjectValue obj:
                keyCount += obj.Fields.Count;
                valueCount += obj.Fields.Count;
                foreach (var child in obj.Fields.Values)
                {
                    Count(child, outsideLists, ref valueCount, ref keyCount);
                }

                break;
            case ListValue list when !outsideLists:
                valueCount += list.Items.Count;
                for (int i = 0; i < list.Items.Count; i++)
                {
                    Count(list.Items[i], outsideLists, ref valueCount, ref keyCount);
                }

                break;
        }
    }

    /// <summary>
    /// The map without the items of lists (<c>documents[3].title</c>, <c>sessions[1].date</c>): what a record's
    /// summary keeps. An item's location then falls back to its list's.
    /// </summary>
    public SourceMap WithoutListItems()
    {
        if (root is not null)
        {
            // The tree walked without entering lists: the paths without '[' of the whole table, in its order, in tables made to size.
            int valueCount = 0;
            int keyCount = 0;
            Count(root, outsideLists: true, ref valueCount, ref keyCount);
            var tree = new SourceMap(fallback, valueCount, keyCount);
            tree.Add(root, string.Empty, outsideLists: true);
            return tree;
        }

        var map = new SourceMap(fallback, 0, 0);
        foreach (var (path, location) in values!)
        {
            if (!path.Contains('[', StringComparison.Ordinal))
            {
                map.values![path] = location;
            }
        }

        foreach (var (path, location) in keys!)
        {
            if (!path.Contains('[', StringComparison.Ordinal))
            {
                map.keys![path] = location;
            }
        }

        return map;
    }

    /// <summary>Where each value was written, by path (for the build cache, which stores a summary's map).</summary>
    internal IReadOnlyDictionary<string, SourceLocation> Values => Tables().Values;

    /// <summary>Where each key was written, by path.</summary>
    internal IReadOnlyDictionary<string, SourceLocation> Keys => Tables().Keys;

    /// <summary>The location of a path that was not written.</summary>
    internal SourceLocation Fallback => fallback;

    /// <summary>A map read back from the build cache: the same lookups as the map it was stored from.</summary>
    internal static SourceMap FromParts(SourceLocation fallback, IEnumerable<KeyValuePair<string, SourceLocation>> values, IEnumerable<KeyValuePair<string, SourceLocation>> keys)
    {
        var map = new SourceMap(fallback, 0, 0);
        foreach (var (path, location) in values)
        {
            map.values![path] = location;
        }

        foreach (var (path, location) in keys)
        {
            map.keys![path] = location;
        }

        return map;
    }

    /// <summary>The location of the value at <paramref name="path"/>, else of its nearest parent, else the front matter.</summary>
    public SourceLocation Value(string path)
    {
        if (root is not null)
        {
            var rest = path.AsSpan();
            while (true)
            {
                if (Resolve(rest) is { } value)
                {
                    return value.Location;
                }

                int cut = Math.Max(rest.LastIndexOf('.'), rest.LastIndexOf('['));
                if (cut <= 0)
                {
                    return fallback;
                }

                rest = rest[..cut];
            }
        }

        while (true)
        {
            if (values!.TryGetValue(path, out var location))
            {
                return location;
            }

            int cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0)
            {
                return fallback;
            }

            path = path[..cut];
        }
    }

    /// <summary>The location of the key at <paramref name="path"/> (its own line), else the value's.</summary>
    public SourceLocation Key(string path)
    {
        if (root is null)
        {
            return keys!.TryGetValue(path, out var location) ? location : Value(path);
        }

        // A key's path ends with the key: after the last '.', with no index after it (the root's keys have no '.').
        int dot = path.LastIndexOf('.');
        var key = path.AsSpan(dot + 1);
        if (key.IndexOf('[') < 0
            && (dot < 0 ? root : Resolve(path.AsSpan(0, dot))) is ObjectValue parent
            && Field(parent, key, out string? name) is not null)
        {
            return parent.KeyLocations[name!];
        }

        return Value(path);
    }

    public bool Has(string path) => root is not null ? Resolve(path) is not null : values!.ContainsKey(path);

    /// <summary>
    /// The value at <paramref name="path"/> in the tree: the path of a value is its keys joined by '.' (the root's keys
    /// without one) and <c>[i]</c> after a list (i in decimal, without leading zeros); null for any other path.
    /// </summary>
    private FieldValue? Resolve(ReadOnlySpan<char> path)
    {
        FieldValue current = root!;
        int at = 0;
        bool first = true;
        while (at < path.Length)
        {
            if (!first && path[at] == '[')
            {
                int close = path[at..].IndexOf(']');
                if (close < 0 || !TryIndex(path.Slice(at + 1, close - 1), out int index)
                    || current is not ListValue list || index >= list.Items.Count)
                {
                    return null;
                }

                current = list.Items[index];
                at += close + 1;
            }
            else
            {
                if (!first)
                {
                    if (path[at] != '.')
                    {
                        return null;
                    }

                    at++;
                }

                var rest = path[at..];
                int end = rest.IndexOfAny('.', '[');
                var key = end < 0 ? rest : rest[..end];
                if (key.Length == 0 || current is not ObjectValue obj || Field(obj, key, out _) is not { } child)
                {
                    return null;
                }

                current = child;
                at += key.Length;
            }

            first = false;
        }

        return first ? null : current;
    }

    /// <summary>The field <paramref name="key"/> of <paramref name="obj"/>, and its key as a string.</summary>
    private static FieldValue? Field(ObjectValue obj, ReadOnlySpan<char> key, out string? name)
    {
        if (obj.Fields is Dictionary<string, FieldValue> fields && fields.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup))
        {
            return lookup.TryGetValue(key, out name, out var value) ? value : null;
        }

        if (obj.Fields is FieldTable<FieldValue> table)
        {
            return table.TryGetValue(key, out name, out var value) ? value : null;
        }

        name = key.ToString();
        return obj.Fields.TryGetValue(name, out var found) ? found : null;
    }

    /// <summary>A list index as <c>$"{i}"</c> writes it: decimal digits, no sign, no leading zero but in "0".</summary>
    private static bool TryIndex(ReadOnlySpan<char> digits, out int index)
    {
        index = 0;
        if (digits.Length == 0 || (digits.Length > 1 && digits[0] == '0'))
        {
            return false;
        }

        foreach (char c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out index);
    }

    /// <summary>The tables of every path (a tree's made once, the way they were always made).</summary>
    private (Dictionary<string, SourceLocation> Values, Dictionary<string, SourceLocation> Keys) Tables()
    {
        if (values is null || keys is null)
        {
            int valueCount = 0;
            int keyCount = 0;
            Count(root!, outsideLists: false, ref valueCount, ref keyCount);
            var tables = new SourceMap(fallback, valueCount, keyCount);
            tables.Add(root!, string.Empty, outsideLists: false);
            keys = tables.keys;
            values = tables.values;
        }

        return (values!, keys!);
    }

    private void Add(FieldValue value, string path, bool outsideLists)
    {
        if (path.Length > 0)
        {
            values![path] = value.Location;
        }

        switch (value)
        {
            case ObjectValue obj:
                foreach (var (key, child) in obj.Fields)
                {
                    string childPath = path.Length == 0 ? key : path + "." + key;
                    keys![childPath] = obj.KeyLocations[key];
                    Add(child, childPath, outsideLists);
                }

                break;
            case ListValue list when !outsideLists:
                for (int i = 0; i < list.Items.Count; i++)
                {
                    Add(list.Items[i], $"{path}[{i}]", outsideLists);
                }

                break;
        }
    }
}
