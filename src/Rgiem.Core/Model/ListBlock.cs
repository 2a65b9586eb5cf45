using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Model;

/// <summary>A bullet list or an ordered list starting at <see cref="Start"/>.</summary>
public sealed record ListBlock(bool Ordered, int Start, IReadOnlyList<ListItemBlock> Items, SourceLocation Location) : Block(Location)
{
    /// <summary>Bullets and Word numbering, or the ITU forms written as text ("–", "1)", "a)") in the enumlev styles.</summary>
    public ListStyle Style { get; init; }
}
