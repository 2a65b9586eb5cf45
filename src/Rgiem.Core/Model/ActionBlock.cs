using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Model;

/// <summary>
/// An action item: a paragraph that starts with <c>RG-IEM-5:</c> or <c>Action 3:</c>.
/// <see cref="Inlines"/> is the text after the label. <see cref="InSummary"/> is true inside clause 0.
/// <see cref="LabelLocation"/> spans the label (for renumbering with <c>--fix</c>).
/// </summary>
public sealed record ActionBlock(
    ActionStyle Style,
    string? Prefix,
    int Number,
    IReadOnlyList<Inline> Inlines,
    bool InSummary,
    SourceLocation LabelLocation,
    SourceLocation Location) : Block(Location)
{
    /// <summary>The identifier as written: <c>RG-IEM-5</c> or <c>Action 3</c>.</summary>
    public string Id => Style == ActionStyle.Prefixed ? $"{Prefix}-{Number}" : $"Action {Number}";

    /// <summary>The label as rendered, with its colon: <c>RG-IEM-5:</c>.</summary>
    public string Label => Id + ":";
}
