using Rgiem.Core.Text;

namespace Rgiem.Core.Yaml;

/// <summary>A YAML node with its position in the file (zero-based, already offset to file lines).</summary>
public abstract record YamlNode(LinePosition Start, LinePosition End)
{
    /// <summary>A short description of the node kind for messages ("a list", "a mapping", "text").</summary>
    public abstract string KindName { get; }
}
