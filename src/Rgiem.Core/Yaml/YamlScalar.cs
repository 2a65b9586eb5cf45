using Rgiem.Core.Text;

namespace Rgiem.Core.Yaml;

/// <summary>A scalar value. <see cref="IsPlain"/> is false for quoted and block scalars.</summary>
public sealed record YamlScalar(string Value, bool IsPlain, LinePosition Start, LinePosition End) : YamlNode(Start, End)
{
    public override string KindName => IsNull ? "empty" : "text";

    /// <summary>True for a plain <c>~</c>, <c>null</c> or empty value.</summary>
    public bool IsNull => IsPlain && (Value.Length == 0 || Value is "~" or "null" or "Null" or "NULL");
}
