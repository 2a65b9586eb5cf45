using Rgiem.Core.Diagnostics;
using Rgiem.Core.Yaml;

namespace Rgiem.Core.FrontMatter;

/// <summary>A text value; <see cref="Node"/> is kept to map Markdown positions back into the YAML.</summary>
public sealed record ScalarValue(string Text, YamlScalar Node, SourceLocation Location) : FieldValue(Location);
