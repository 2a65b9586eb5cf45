using Rgiem.Core.Diagnostics;
using Rgiem.Core.FrontMatter;

namespace Rgiem.Core.Tests.Performance.Definitions;

/// <summary>
/// <c>SourceMap</c> as it was before h28c (issue 21): a table of every path, made when the record is bound; kept
/// unchanged as the oracle of <c>FrontMatterBindingEquivalenceTests</c>.
/// </summary>
internal sealed class SourceMapDefinition
{
    private readonly Dictionary<string, SourceLocation> values;
    private readonly Dictionary<string, SourceLocation> keys;
    private readonly SourceLocation fallback;

    public SourceMapDefinition(ObjectValue root, SourceLocation fallback)
    {
        this.fallback = fallback;

        // Made to size from a count of the tree (issue 21): a record's map holds a path for each value and each key, and
        // the growing tables were most of it. No path is removed, so the order of the entries is the order they were added.
        int valueCount = 0;
        int keyCount = 0;
        Count(root, ref valueCount, ref keyCount);
        values = new Dictionary<string, SourceLocation>(valueCount, StringComparer.Ordinal);
        keys = new Dictionary<string, SourceLocation>(keyCount, StringComparer.Ordinal);
        Add(root, string.Empty);
    }

    private SourceMapDefinition(SourceLocation fallback)
    {
        this.fallback = fallback;
        values = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        keys = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
    }

    /// <summary>How many values (the root's descendants) and keys <see cref="Add"/> will store, at most.</summary>
    private static void Count(FieldValue value, ref int valueCount, ref int keyCount)
    {
        switch (value)
        {
            case ObjectValue obj:
                keyCount += obj.Fields.Count;
                valueCount += obj.Fields.Count;
                foreach (var child in obj.Fields.Values)
                {
                    Count(child, ref valueCount, ref keyCount);
                }

                break;
            case ListValue list:
                valueCount += list.Items.Count;
                for (int i = 0; i < list.Items.Count; i++)
                {
                    Count(list.Items[i], ref valueCount, ref keyCount);
                }

                break;
        }
    }

    /// <summary>
    /// The map without the items of lists (<c>documents[3].title</c>, <c>sessions[1].date</c>): what a record's
    /// summary keeps. An item's location then falls back to its list's.
    /// </summary>
    public SourceMapDefinition WithoutListItems()
    {
        var map = new SourceMapDefinition(fallback);
        foreach (var (path, location) in values.Where(p => !p.Key.Contains('[', StringComparison.Ordinal)))
        {
            map.values[path] = location;
        }

        foreach (var (path, location) in keys.Where(p => !p.Key.Contains('[', StringComparison.Ordinal)))
        {
            map.keys[path] = location;
        }

        return map;
    }

    /// <summary>Where each value was written, by path (for the build cache, which stores a summary's map).</summary>
    internal IReadOnlyDictionary<string, SourceLocation> Values => values;

    /// <summary>Where each key was written, by path.</summary>
    internal IReadOnlyDictionary<string, SourceLocation> Keys => keys;

    /// <summary>The location of a path that was not written.</summary>
    internal SourceLocation Fallback => fallback;

    /// <summary>A map read back from the build cache: the same lookups as the map it was stored from.</summary>
    internal static SourceMapDefinition FromParts(SourceLocation fallback, IEnumerable<KeyValuePair<string, SourceLocation>> values, IEnumerable<KeyValuePair<string, SourceLocation>> keys)
    {
        var map = new SourceMapDefinition(fallback);
        foreach (var (path, location) in values)
        {
            map.values[path] = location;
        }

        foreach (var (path, location) in keys)
        {
            map.keys[path] = location;
        }

        return map;
    }

    /// <summary>The location of the value at <paramref name="path"/>, else of its nearest parent, else the front matter.</summary>
    public SourceLocation Value(string path)
    {
        while (true)
        {
            if (values.TryGetValue(path, out var location))
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
    public SourceLocation Key(string path) => keys.TryGetValue(path, out var location) ? location : Value(path);

    public bool Has(string path) => values.ContainsKey(path);

    private void Add(FieldValue value, string path)
    {
        if (path.Length > 0)
        {
            values[path] = value.Location;
        }

        switch (value)
        {
            case ObjectValue obj:
                foreach (var (key, child) in obj.Fields)
                {
                    string childPath = path.Length == 0 ? key : path + "." + key;
                    keys[childPath] = obj.KeyLocations[key];
                    Add(child, childPath);
                }

                break;
            case ListValue list:
                for (int i = 0; i < list.Items.Count; i++)
                {
                    Add(list.Items[i], $"{path}[{i}]");
                }

                break;
        }
    }
}
