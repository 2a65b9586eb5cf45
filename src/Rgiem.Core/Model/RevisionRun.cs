using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Model;

/// <summary>
/// A tracked change written in CriticMarkup: <c>{++inserted++}</c> or <c>{--deleted--}</c> (a substitution
/// <c>{~~old~&gt;new~~}</c> is a deletion followed by an insertion with the same attribution and
/// <see cref="Substitution"/> set on both). The checks read the text as it reads once every change is accepted
/// (<see cref="BlockWalker.Leaves"/>): inserted text is read, deleted text is not.
/// </summary>
public sealed record RevisionRun(RevisionKind Kind, Attribution Attribution, IReadOnlyList<Inline> Children, SourceLocation? Location) : Inline
{
    /// <summary>True for the two halves of a <c>{~~old~&gt;new~~}</c>.</summary>
    public bool Substitution { get; init; }
}
