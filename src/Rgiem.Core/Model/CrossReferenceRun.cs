using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Model;

/// <summary>
/// A cross-reference written <c>@fig:participation</c>, <c>@tbl:meetings</c> or <c>@sec:terms</c> (pandoc-crossref's
/// syntax): <see cref="Id"/> is the id cited (<c>fig:participation</c>), which a figure, a table caption or a heading
/// carries (<c>{#fig:participation}</c>). The text it shows ("Figure 3", "clause 2.1", "Annex A") is that of its
/// target (<see cref="CrossReferences"/>); <see cref="Capitalized"/> is true for <c>@Sec:terms</c>, which starts a
/// sentence ("Clause 2.1").
/// </summary>
public sealed record CrossReferenceRun(string Id, bool Capitalized, SourceLocation? Location) : Inline
{
    /// <summary>What the author wrote, <c>@fig:participation</c>: the text shown when the id has no target.</summary>
    public string Written => "@" + (Capitalized ? char.ToUpperInvariant(Id[0]) + Id[1..] : Id);
}
