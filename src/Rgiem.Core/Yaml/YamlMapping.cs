using Rgiem.Core.Text;

namespace Rgiem.Core.Yaml;

public sealed record YamlMapping(IReadOnlyList<YamlEntry> Entries, LinePosition Start, LinePosition End) : YamlNode(Start, End)
{
    public override string KindName => "a mapping";

    public YamlEntry? Find(string key)
    {
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Key.Value, key, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }
}
