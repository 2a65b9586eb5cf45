using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Rgiem.Core.FrontMatter;

/// <summary>
/// The values (or key locations) of a short validated mapping, in two arrays made to size and searched in order: what
/// a <see cref="Dictionary{TKey, TValue}"/> filled only by adds gives (the same lookups, ordinal, and the same order of
/// enumeration: the order of the adds) without its buckets and entries. Each item of a list of mappings
/// (<c>documents</c>, <c>sessions</c>) had two dictionaries; these take about half their memory (issue 21, h29c).
/// Filled by <see cref="FrontMatterValidator"/> only, with keys it has not added yet.
/// </summary>
internal sealed class FieldTable<TValue> : IReadOnlyDictionary<string, TValue>
{
    private readonly string[] keys;
    private readonly TValue[] values;
    private int count;

    public FieldTable(int capacity)
    {
        keys = capacity == 0 ? [] : new string[capacity];
        values = capacity == 0 ? [] : new TValue[capacity];
    }

    /// <summary>An empty table, shared (nothing adds to it).</summary>
    public static FieldTable<TValue> Empty { get; } = new(0);

    public int Count => count;

    public IEnumerable<string> Keys
    {
        get
        {
            for (int i = 0; i < count; i++)
            {
                yield return keys[i];
            }
        }
    }

    public IEnumerable<TValue> Values
    {
        get
        {
            for (int i = 0; i < count; i++)
            {
                yield return values[i];
            }
        }
    }

    public TValue this[string key] => IndexOf(key) is >= 0 and var i ? values[i] : throw new KeyNotFoundException($"The given key '{key}' was not present in the dictionary.");

    /// <summary>Adds a key the table does not hold yet (the caller's rule: a duplicate key is rejected before).</summary>
    public void Add(string key, TValue value)
    {
        keys[count] = key;
        values[count] = value;
        count++;
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value)
    {
        int i = IndexOf(key);
        if (i < 0)
        {
            value = default;
            return false;
        }

        value = values[i];
        return true;
    }

    /// <summary>The value of the key <paramref name="key"/> given as characters, and the key's string (the lookup a dictionary's alternate lookup gives).</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, [MaybeNullWhen(false)] out string name, [MaybeNullWhen(false)] out TValue value)
    {
        int i = IndexOf(key);
        if (i < 0)
        {
            name = null;
            value = default;
            return false;
        }

        name = keys[i];
        value = values[i];
        return true;
    }

    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator()
    {
        for (int i = 0; i < count; i++)
        {
            yield return new KeyValuePair<string, TValue>(keys[i], values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return IndexOf(key.AsSpan());
    }

    /// <summary>The index of <paramref name="key"/> (compared ordinally), or -1.</summary>
    private int IndexOf(ReadOnlySpan<char> key)
    {
        for (int i = 0; i < count; i++)
        {
            if (key.SequenceEqual(keys[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
