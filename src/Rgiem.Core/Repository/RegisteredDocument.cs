namespace Rgiem.Core.Repository;

/// <summary>One document of the document register (<c>rgiem refs</c>).</summary>
/// <param name="Number">The canonical number without revision: <c>TSAG-TD624</c>, <c>WTSA-20 C103</c>, <c>DOC5 (230131)</c>.</param>
/// <param name="Title">From the registry, else the first <c>documents:</c> list that gives one, else the record that is the document.</param>
/// <param name="Source">As <paramref name="Title"/>, for who submitted it.</param>
/// <param name="Known">True when the registry or a record's <c>documents:</c> list lists it, or a record of the project is it.</param>
/// <param name="LatestKnownRevision">The latest revision the registry or the lists know, 0 for the original; null for a meeting document or an unlisted one.</param>
/// <param name="FirstRevisionCited">The lowest revision cited (0 for the original); null when it is not cited or is a meeting document.</param>
/// <param name="LastRevisionCited">The highest revision cited.</param>
/// <param name="ListedIn">Display paths of the registry and the records whose <c>documents:</c> list it, in path order.</param>
/// <param name="Citations">Every place it is cited, by path, line and column.</param>
public sealed record RegisteredDocument(
    string Number,
    string? Title,
    string? Source,
    bool Known,
    int? LatestKnownRevision,
    int? FirstRevisionCited,
    int? LastRevisionCited,
    IReadOnlyList<string> ListedIn,
    IReadOnlyList<DocumentCitation> Citations)
{
    public bool IsCited => Citations.Count > 0;

    public bool IsListed => ListedIn.Count > 0;

    /// <summary>Listed in the registry or a <c>documents:</c> list but cited nowhere (<c>--unused</c>).</summary>
    public bool IsUnused => IsListed && !IsCited;

    /// <summary>Cited but known nowhere in the project (<c>--unknown</c>).</summary>
    public bool IsUnknown => IsCited && !Known;

    /// <summary>True for a rapporteur-group meeting document (<c>DOC5 (230131)</c>).</summary>
    public bool IsMeetingDocument => Number.StartsWith("DOC", StringComparison.Ordinal);
}
