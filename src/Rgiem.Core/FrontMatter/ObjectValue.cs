using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.FrontMatter;

/// <summary>
/// A validated mapping: the valid values of known keys, and the location of every known key written
/// (also those whose value was rejected, so that a bad value is not reported again as missing).
/// </summary>
public sealed record ObjectValue(
    IReadOnlyDictionary<string, FieldValue> Fields,
    IReadOnlyDictionary<string, SourceLocation> KeyLocations,
    SourceLocation Location) : FieldValue(Location)
{
    /// <summary>An object without fields: its tables are shared empty ones (nothing adds to them; issue 21, h29c).</summary>
    public static ObjectValue Empty(SourceLocation location) => new(
        FieldTable<FieldValue>.Empty,
        FieldTable<SourceLocation>.Empty,
        location);

    public FieldValue? Get(string key) => Fields.GetValueOrDefault(key);

    public string? Text(string key) => (Get(key) as ScalarValue)?.Text;

    public DateOnly? Date(string key) => (Get(key) as DateValue)?.Date;

    public int? Count(string key) => (Get(key) as CountValue)?.Count;

    /// <summary>The texts of the list <paramref name="key"/> (an item whose changes accepted leave nothing is left out).</summary>
    public IReadOnlyList<string> TextList(string key)
    {
        if (Get(key) is not ListValue list)
        {
            return [];
        }

        // A loop instead of OfType, Where, Select and ToList (issue 21, h28c): the same items, in a list made to size.
        var items = list.Items;
        var texts = new List<string>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i] is ScalarValue scalar && (scalar.Review is null || scalar.Text.Length > 0))
            {
                texts.Add(scalar.Text);
            }
        }

        return texts;
    }

    public IReadOnlyList<ObjectValue> Objects(string key)
    {
        if (Get(key) is not ListValue list)
        {
            return [];
        }

        var items = list.Items;
        var objects = new List<ObjectValue>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i] is ObjectValue obj)
            {
                objects.Add(obj);
            }
        }

        return objects;
    }

    /// <summary>Layers this object over <paramref name="defaults"/>: keys set here win, per top-level key.</summary>
    public ObjectValue Over(ObjectValue? defaults)
    {
        if (defaults is null || defaults.Fields.Count == 0)
        {
            return this;
        }

        // Sized for both at once, filled in the order the copy constructors gave (the defaults' order, then this one's
        // new keys), so that enumeration is unchanged, without growing the tables key by key.
        var fields = new Dictionary<string, FieldValue>(defaults.Fields.Count + Fields.Count, StringComparer.Ordinal);
        foreach (var (key, value) in defaults.Fields)
        {
            fields.Add(key, value);
        }

        var keys = new Dictionary<string, SourceLocation>(defaults.KeyLocations.Count + KeyLocations.Count, StringComparer.Ordinal);
        foreach (var (key, location) in defaults.KeyLocations)
        {
            keys.Add(key, location);
        }

        foreach (var (key, value) in Fields)
        {
            fields[key] = value;
        }

        foreach (var (key, location) in KeyLocations)
        {
            keys[key] = location;
            if (!Fields.ContainsKey(key))
            {
                // Written here but rejected: the default must not stand in for it silently.
                fields.Remove(key);
            }
        }

        return new ObjectValue(fields, keys, Location);
    }
}
