using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Yaml;

/// <summary>The root node (null when the text could not be read) and the problems found.</summary>
public sealed record YamlReadResult(YamlNode? Root, IReadOnlyList<Diagnostic> Diagnostics);
