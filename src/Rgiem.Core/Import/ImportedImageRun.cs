using Rgiem.Core.Model;

namespace Rgiem.Core.Import;

/// <summary>
/// A picture of an imported document: the file it is extracted to, its alternative text, its caption (the figure's
/// title) and the figure's cross-reference id (<c>fig:participation</c>) when something cites it.
/// </summary>
public sealed record ImportedImageRun(string FileName, string Alt, string? Caption) : Inline
{
    public string? Id { get; init; }
}
