using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Model;

/// <summary>
/// A figure, table, clause or annex that has an id. <see cref="Label"/> is the text the document holds in a bookmark
/// ("Figure 3", "Annex A"; for a clause only its number, "2.1", as in Word's own cross-references), and
/// <see cref="Text"/> what a citation of it reads ("Figure 3", "clause 2.1").
/// </summary>
public sealed record CrossReferenceTarget(string Id, CrossReferenceKind Kind, string Label, SourceLocation Location)
{
    /// <summary>The words before the bookmarked label: "clause " for a clause, nothing for the others.</summary>
    public string Prefix(bool capitalized) => Kind == CrossReferenceKind.Clause ? (capitalized ? "Clause " : "clause ") : string.Empty;

    /// <summary>What a citation reads: "Figure 3", "Table A.1", "clause 2.1" ("Clause 2.1" capitalized), "Annex A".</summary>
    public string Text(bool capitalized) => Prefix(capitalized) + Label;
}
