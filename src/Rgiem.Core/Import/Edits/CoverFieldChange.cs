namespace Rgiem.Core.Import.Edits;

/// <summary>
/// A cover field changed by tracked changes: its front matter <see cref="Path"/> (<c>title</c>, <c>meeting.from</c>,
/// <c>contacts[1].email</c>), its text before and after as the cover shows it, and its new value as YAML items
/// (one for a scalar, the items of a list).
/// </summary>
internal sealed record CoverFieldChange(string Path, string Old, string New, IReadOnlyList<string> NewItems, bool IsList, bool IsDate);
