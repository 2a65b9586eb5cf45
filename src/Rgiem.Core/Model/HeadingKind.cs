namespace Rgiem.Core.Model;

public enum HeadingKind
{
    /// <summary>A numbered clause of the main body (<c>2.1</c>) or of an annex (<c>A.1</c>).</summary>
    Clause,

    /// <summary>An annex heading (<c>Annex A: Title</c>), started on a new page.</summary>
    Annex,

    /// <summary>A heading without a number (<c># Title {-}</c>).</summary>
    Unnumbered,
}
