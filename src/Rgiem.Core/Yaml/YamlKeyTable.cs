namespace Rgiem.Core.Yaml;

/// <summary>
/// The keys a reader expects (the record format's), each held once: <see cref="PlainYamlReader"/> takes a plain key
/// written with one of them from here instead of making a new string a key and a record (issue 21, h29c). A key not in
/// the table is made as before; either way the key's text is the same.
/// </summary>
public sealed class YamlKeyTable
{
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public YamlKeyTable(IEnumerable<string> keys)
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string key in keys)
        {
            table.TryAdd(key, key);
        }

        lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The key <paramref name="text"/>[<paramref name="start"/>..+<paramref name="length"/>]: the table's string when it holds it, else a new one.</summary>
    public string Key(string text, int start, int length) =>
        lookup.TryGetValue(text.AsSpan(start, length), out string? key) ? key : text.Substring(start, length);
}
