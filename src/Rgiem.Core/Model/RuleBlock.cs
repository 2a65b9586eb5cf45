using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Model;

/// <summary>A thematic break (<c>---</c> in the body), rendered as a horizontal rule.</summary>
public sealed record RuleBlock(SourceLocation Location) : Block(Location);
