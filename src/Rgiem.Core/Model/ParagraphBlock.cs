using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Model;

public sealed record ParagraphBlock(IReadOnlyList<Inline> Inlines, SourceLocation Location) : Block(Location)
{
    /// <summary>Body text, or an ITU note, run-in heading or call paragraph.</summary>
    public ParagraphKind Kind { get; init; }
}
