using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Model;

/// <summary>
/// A heading. <see cref="Number"/> is the clause number (<c>2.1</c>, <c>A.1</c>) or, for an annex, its
/// label (<c>A</c>). <see cref="NumberWritten"/> tells whether the author wrote it or rgiem assigned it.
/// </summary>
public sealed record HeadingBlock(
    int Level,
    HeadingKind Kind,
    string? Number,
    bool NumberWritten,
    IReadOnlyList<Inline> Title,
    SourceLocation Location) : Block(Location)
{
    /// <summary>The cross-reference id written after the title (<c>{#sec:terms}</c>), or null.</summary>
    public string? Id { get; init; }

    /// <summary>The heading as it reads in the document, e.g. "2.1\tTitle" or "Annex A: Title".</summary>
    public string DisplayPrefix => Kind switch
    {
        HeadingKind.Annex => $"Annex {Number}",
        HeadingKind.Clause when Number is not null => Number,
        _ => string.Empty,
    };
}
