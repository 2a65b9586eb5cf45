using Rgiem.Core.Model;

namespace Rgiem.Core.Import;

/// <summary>A picture of an imported document: the file it is extracted to, its alternative text and its caption (the figure's title).</summary>
public sealed record ImportedImageRun(string FileName, string Alt, string? Caption) : Inline;
