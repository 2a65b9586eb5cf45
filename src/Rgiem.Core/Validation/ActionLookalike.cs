using Rgiem.Core.Model;

namespace Rgiem.Core.Validation;

/// <summary>
/// A paragraph that starts like an action but is not one (<c>RG-IEM-4 to request…</c>, <c>Action 4 –</c>,
/// <c>RG-IEM-4.</c>): the action it was meant to be, and where its label is.
/// </summary>
/// <param name="Segment">The paragraph's prose.</param>
/// <param name="Length">The length of the label as written, separator included.</param>
/// <param name="Style">Prefixed or numbered.</param>
/// <param name="Prefix">The prefix written, for a prefixed label.</param>
/// <param name="Number">The action number written.</param>
/// <param name="InSummary">True in clause 0.</param>
public sealed record ActionLookalike(ProseSegment Segment, int Length, ActionStyle Style, string? Prefix, int Number, bool InSummary)
{
    /// <summary>The identifier it was meant to have: <c>RG-IEM-4</c> or <c>Action 4</c>.</summary>
    public string Id => Style == ActionStyle.Prefixed ? $"{Prefix}-{Number}" : $"Action {Number}";
}
