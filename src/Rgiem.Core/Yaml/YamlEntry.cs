namespace Rgiem.Core.Yaml;

/// <summary>One <c>key: value</c> pair of a mapping; keys are always scalars.</summary>
public sealed record YamlEntry(YamlScalar Key, YamlNode Value);
