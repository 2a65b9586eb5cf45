using Rgiem.Core.Text;

namespace Rgiem.Core.Yaml;

public sealed record YamlSequence(IReadOnlyList<YamlNode> Items, LinePosition Start, LinePosition End) : YamlNode(Start, End)
{
    public override string KindName => "a list";
}
