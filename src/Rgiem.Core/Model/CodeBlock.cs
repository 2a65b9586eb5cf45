using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Model;

/// <summary>A fenced or indented code block, rendered verbatim.</summary>
public sealed record CodeBlock(string Text, SourceLocation Location) : Block(Location);
