using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Core.Yaml;

namespace Rgiem.Core.FrontMatter;

/// <summary>A text value; <see cref="Node"/> is kept to map Markdown positions back into the YAML.</summary>
public sealed record ScalarValue(string Text, YamlScalar Node, SourceLocation Location) : FieldValue(Location)
{
    /// <summary>
    /// The value's CriticMarkup as inlines (text, <see cref="RevisionRun"/>, <see cref="CommentRun"/>) when it has any; then
    /// <see cref="Text"/> is the value with every change accepted.
    /// </summary>
    public IReadOnlyList<Inline>? Review { get; init; }
}
