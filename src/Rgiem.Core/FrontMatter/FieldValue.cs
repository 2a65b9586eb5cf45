using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.FrontMatter;

/// <summary>A validated front matter value with the location of its YAML node.</summary>
public abstract record FieldValue(SourceLocation Location);
