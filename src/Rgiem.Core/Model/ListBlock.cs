using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Model;

/// <summary>A bullet list or an ordered list starting at <see cref="Start"/>.</summary>
public sealed record ListBlock(bool Ordered, int Start, IReadOnlyList<ListItemBlock> Items, SourceLocation Location) : Block(Location);
