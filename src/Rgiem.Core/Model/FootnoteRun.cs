using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Model;

/// <summary>
/// A footnote: where it is cited (<c>[^label]</c>, or <c>^[text]</c> for an inline note, whose
/// <see cref="Label"/> is null) and its text as blocks. Word numbers footnotes 1..n in the order they are cited.
/// </summary>
public sealed record FootnoteRun(string? Label, IReadOnlyList<Block> Blocks, SourceLocation? Location) : Inline
{
    /// <summary>
    /// True for a second citation of the same <c>[^label]</c>: it becomes a note of its own (as in pandoc), whose text
    /// the checks have already read at the first citation.
    /// </summary>
    public bool Repeat { get; init; }
}
